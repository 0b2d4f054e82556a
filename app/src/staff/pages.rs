//! The chair's pages. Forms are plain posts to the server functions, so every page works
//! without JavaScript; an error comes back to the form as an error summary.

use super::*;
use crate::i18n::{Lang, Value, meeting_time, t, t_args, use_lang};
use crate::model::{ChildAnswers, ChildText, ParentAnswers, Visibility};
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The frame of every staff page: who is signed in, the way around, sign out.
#[component]
pub(super) fn StaffLayout(children: Children, #[prop(optional)] user: Option<StaffUser>) -> impl IntoView {
    view! {
        <div class="app-page app-page--staff">
            <header class="app-header staff-header">
                <a class="app-header__name" href="/staff">"Tiptoes"</a>
                {user.map(|u| view! {
                    <nav class="staff-nav" aria-label=t("staff-nav-label")>
                        <a class="app-link" href="/staff">{t("staff-nav-meetings")}</a>
                        <a class="app-link" href="/staff/meetings/new">{t("staff-nav-new-meeting")}</a>
                        <a class="app-link" href="/staff/figures">{t("staff-nav-figures")}</a>
                        <a class="app-link" href="/staff/feedback">{t("staff-nav-feedback")}</a>
                        {u.manager.then(|| view! {
                            <a class="app-link" href="/staff/users">{t("staff-nav-users")}</a>
                            <a class="app-link" href="/staff/audit">{t("staff-nav-audit")}</a>
                            <a class="app-link" href="/staff/notices">{t("staff-nav-notices")}</a>
                        })}
                        <a class="app-link" href="/staff/password">{t("staff-nav-password")}</a>
                        <span class="staff-nav__user">{u.name}</span>
                        <form method="post" action="/fn/staff_sign_out">
                            <button type="submit" class="app-button app-button--secondary">{t("staff-sign-out")}</button>
                        </form>
                    </nav>
                })}
            </header>
            <main class="app-main staff-main" id="main-content">{children()}</main>
        </div>
    }
}

/// The error summary for a staff form.
#[component]
pub(super) fn StaffErrorSummary(error: StaffError) -> impl IntoView {
    let message = match &error {
        StaffError::Locked { minutes } => t_args("staff-error-locked", &[("minutes", Value::from(*minutes))]),
        e => t(&e.message_id()),
    };
    view! {
        <div class="app-error-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="app-error-summary__title">{t("error-summary-title")}</h2>
            <ul class="app-error-summary__list">
                <li><a href=format!("#{}", error.field())>{message}</a></li>
            </ul>
        </div>
    }
}

pub(super) fn query_error() -> Option<StaffError> {
    let q = use_query_map();
    q.with_untracked(|q| {
        q.get("error").map(|code| StaffError::from_query(&code, q.get("field"), q.get("minutes").and_then(|m| m.parse().ok())))
    })
}

/// Shown when loading failed: signed out goes to sign in; anything else says what happened.
pub(super) fn failed(e: StaffError) -> AnyView {
    match e {
        StaffError::Unauthenticated => view! { <Redirect path="/staff/sign-in"/> }.into_any(),
        StaffError::Conflict { code } if code == "password_change_required" => view! { <Redirect path="/staff/password"/> }.into_any(),
        StaffError::NotFound => {
            #[cfg(feature = "ssr")]
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(http::StatusCode::NOT_FOUND);
            }
            view! {
                <h1 class="app-heading-l">{t("not-found-title")}</h1>
                <p class="app-body"><a class="app-link" href="/staff">{t("staff-back-to-meetings")}</a></p>
            }
            .into_any()
        }
        e => view! { <StaffErrorSummary error=e/> }.into_any(),
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let error = query_error();
    let signed_out = use_query_map().with_untracked(|q| q.get("signed_out").is_some());
    let group = if error.is_some() { "app-form-group app-form-group--error" } else { "app-form-group" };
    view! {
        <Title text=t("staff-sign-in-title")/>
        <StaffLayout>
            {error.map(|e| view! { <StaffErrorSummary error=e/> })}
            {signed_out.then(|| view! { <p class="app-inset" role="status">{t("staff-signed-out")}</p> })}
            <h1 class="app-heading-l">{t("staff-sign-in-title")}</h1>
            <form method="post" action="/fn/staff_sign_in" class="app-form staff-form">
                <div class=group>
                    <label class="app-label" for="email">{t("staff-email")}</label>
                    <input class="app-input" id="email" name="email" type="email" autocomplete="username" required=true/>
                </div>
                <div class=group>
                    <label class="app-label" for="password">{t("staff-password")}</label>
                    <input class="app-input" id="password" name="password" type="password" autocomplete="current-password" required=true/>
                </div>
                <button type="submit" class="app-button">{t("staff-sign-in")}</button>
            </form>
        </StaffLayout>
    }
}

fn kind_name(kind: MeetingKind) -> String {
    t(&format!("staff-kind-{}", kind.as_str().replace('_', "-")))
}

fn when(at: &LocalTime) -> String {
    meeting_time(use_lang(), at)
}

fn status_name(status: MeetingStatus) -> String {
    t(&format!("staff-status-{status}"))
}

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let query = use_query_map();
    let chair = move || query.with(|q| q.get("chair"));
    let changed = query.with_untracked(|q| q.get("password_changed").is_some());
    let page = Resource::new(move || query.with(|q| (q.get("chair"), q.get("page"))), |(chair, page)| load_meetings(chair, page));
    view! {
        <Title text=t("staff-meetings-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => meetings_view(p, chair(), changed).into_any(),
                    Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn meetings_view(p: MeetingsPage, chair: Option<String>, password_changed: bool) -> impl IntoView {
    let manager = p.user.manager;
    let pager = pager(p.page, p.pages, p.total, chair.as_deref().unwrap_or_default());
    let rows = p.meetings.into_iter().map(|m| {
        let href = format!("/staff/meetings/{}", m.id);
        let views = t_args("staff-badge-views", &[("n", Value::from(m.views_received))]);
        let people = t_args("staff-people-count", &[("n", Value::from(m.participants))]);
        view! {
            <li class="staff-meeting" class:staff-meeting--past=!m.upcoming>
                <h2 class="app-heading-s staff-meeting__title">
                    <a class="app-link" href=href>{kind_name(m.kind)}</a>
                    {m.case_ref.map(|c| view! { <span class="staff-meeting__ref">{c}</span> })}
                </h2>
                <p class="app-body staff-meeting__when">{when(&m.starts_at)}</p>
                {manager.then(|| view! { <p class="app-hint">{t_args("staff-chaired-by", &[("name", Value::from(m.chair_name.clone()))])}</p> })}
                <p class="staff-badges">
                    <span class="app-tag">{people}</span>
                    <span class="app-tag app-tag--blue">{views}</span>
                    {(m.status != MeetingStatus::Scheduled).then(|| view! { <span class="app-tag app-tag--grey">{status_name(m.status)}</span> })}
                    {m.talk_soon.then(|| view! { <strong class="app-tag app-tag--red staff-flag">{t("staff-flag-talk-soon")}</strong> })}
                </p>
            </li>
        }
    }).collect_view();
    let empty = rows.is_empty();
    let empty_message = if p.total == 0 { t("staff-no-meetings") } else { t("staff-no-meetings-on-page") };
    let filter = manager.then(|| {
        let current = chair.unwrap_or_default();
        view! {
            <form method="get" action="/staff" class="staff-filter">
                <label class="app-label" for="chair">{t("staff-filter-chair")}</label>
                <select class="app-select" id="chair" name="chair">
                    <option value="" selected=current.is_empty()>{t("staff-filter-everyone")}</option>
                    {p.chairs.into_iter().map(|(id, name)| {
                        let selected = id == current;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="app-button app-button--secondary">{t("staff-filter-apply")}</button>
            </form>
        }
    });
    view! {
        <StaffLayout user=p.user>
            {password_changed.then(|| view! { <p class="app-inset" role="status">{t("staff-password-changed")}</p> })}
            <h1 class="app-heading-l">{t("staff-meetings-title")}</h1>
            <p><a class="app-button" href="/staff/meetings/new">{t("staff-nav-new-meeting")}</a></p>
            {filter}
            {empty.then(|| view! { <p class="app-body">{empty_message}</p> })}
            <ul class="staff-meetings">{rows}</ul>
            {pager}
        </StaffLayout>
    }
}

/// The pages to link to: the first, the last, and two either side of this one; `None` is a
/// gap ("…"). A manager's list can run to thousands of pages, so not every one is a link.
fn page_numbers(page: i64, pages: i64) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    for n in 1..=pages {
        if n == 1 || n == pages || (n - page).abs() <= 2 {
            out.push(Some(n));
        } else if out.last().is_some_and(|l| l.is_some()) {
            out.push(None);
        }
    }
    out
}

/// A query value for a link (chair ids are plain, but the address is the user's to type).
fn query_value(v: &str) -> String {
    v.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// Links to the other pages of the list: plain links, so they work without JavaScript; the
/// current page is marked for screen readers too (`aria-current`), not by colour alone.
fn pager(page: i64, pages: i64, total: i64, chair: &str) -> Option<impl IntoView + use<>> {
    if pages <= 1 && page <= 1 {
        return None;
    }
    let chair = (!chair.is_empty()).then(|| format!("&chair={}", query_value(chair)));
    let href = move |n: i64| format!("/staff?page={n}{}", chair.clone().unwrap_or_default());
    let numbers = page_numbers(page, pages)
        .into_iter()
        .map(|n| match n {
            Some(n) => {
                let current = (n == page).then_some("page");
                view! {
                    <li class="staff-pager__item">
                        <a class="app-link staff-pager__link" href=href(n) aria-current=current
                            aria-label=t_args("staff-page-n", &[("n", Value::from(n))])>{n}</a>
                    </li>
                }
                .into_any()
            }
            None => view! { <li class="staff-pager__item staff-pager__gap" aria-hidden="true">"…"</li> }.into_any(),
        })
        .collect_view();
    let prev = (page > 1).then(|| {
        view! { <li class="staff-pager__item"><a class="app-link staff-pager__link" href=href((page - 1).min(pages)) rel="prev">{t("staff-page-previous")}</a></li> }
    });
    let next = (page < pages).then(|| {
        view! { <li class="staff-pager__item"><a class="app-link staff-pager__link" href=href(page + 1) rel="next">{t("staff-page-next")}</a></li> }
    });
    let where_ = t_args("staff-pages-where", &[("page", Value::from(page)), ("pages", Value::from(pages)), ("total", Value::from(total))]);
    Some(view! {
        <nav class="staff-pager" aria-label=t("staff-pages-label")>
            <p class="app-hint">{where_}</p>
            <ul class="staff-pager__list">{prev}{numbers}{next}</ul>
        </nav>
    })
}

const AGE_BANDS: [&str; 5] = ["0-4", "5-9", "10-12", "13-15", "16-17"];
const GENDERS: [&str; 4] = ["female", "male", "other", "not_recorded"];
/// Rows of people on the new-meeting form (a child, a parent, and room for two more).
const PEOPLE_ROWS: usize = 4;

#[component]
pub fn NewMeetingPage() -> impl IntoView {
    let me = Resource::new(|| (), |_| staff_me());
    let error = query_error();
    view! {
        <Title text=t("staff-new-meeting-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match me.await {
                        Ok(user) => view! { <StaffLayout user=user>{meeting_form(None, error)}</StaffLayout> }.into_any(),
                        Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// One row of the people on the meeting form, blank or filled from someone already invited.
struct Row {
    id: Option<String>,
    role: String,
    first_name: String,
    language: String,
    age_band: String,
    gender: String,
    /// They sent views: they stay (and keep their role).
    has_views: bool,
}

impl Row {
    fn blank(role: &str) -> Row {
        Row { id: None, role: role.into(), first_name: String::new(), language: "en-GB".into(), age_band: String::new(), gender: String::new(), has_views: false }
    }
    fn of(p: &Person) -> Row {
        Row {
            id: Some(p.id.clone()),
            role: p.role.as_str().into(),
            first_name: p.first_name.clone().unwrap_or_default(),
            language: p.language.clone(),
            age_band: p.age_band.clone().unwrap_or_default(),
            gender: p.gender.clone().unwrap_or_default(),
            has_views: p.sent_views(),
        }
    }
}

fn person_row(i: usize, row: Row) -> impl IntoView {
    let name = |f: &str| format!("form[people][{i}][{f}]");
    let id = |f: &str| format!("people-{i}-{f}");
    let legend = t_args("staff-person-n", &[("n", Value::from(i + 1))]);
    let option = |value: &str, label: String, current: &str| {
        let selected = value == current;
        view! { <option value=value.to_string() selected=selected>{label}</option> }
    };
    let roles = ["child", "parent", "carer"];
    let role_options = if row.has_views {
        // Someone who sent views keeps their role: their answers are a child's or an adult's.
        vec![option(&row.role, t(&format!("staff-role-{}", row.role)), &row.role)]
    } else {
        let mut v = vec![option("", t(if row.id.is_some() { "staff-role-remove" } else { "staff-role-none" }), &row.role)];
        v.extend(roles.iter().map(|r| option(r, t(&format!("staff-role-{r}")), &row.role)));
        v
    };
    view! {
        <fieldset class="app-fieldset staff-person-row">
            <legend class="app-fieldset__legend app-heading-s">{legend}</legend>
            {row.id.clone().map(|pid| view! { <input type="hidden" name=name("id") value=pid/> })}
            {row.has_views.then(|| view! { <p class="app-hint">{t("staff-person-has-views")}</p> })}
            <div class="staff-row">
                <div class="app-form-group">
                    <label class="app-label" for=id("role")>{t("staff-role")}</label>
                    <select class="app-select" id=id("role") name=name("role")>{role_options}</select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=id("first_name")>{t("staff-first-name")}</label>
                    <input class="app-input" id=id("first_name") name=name("first_name") type="text" maxlength="100" autocomplete="off"
                        value=row.first_name.clone() prop:value=row.first_name/>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=id("language")>{t("staff-language")}</label>
                    <select class="app-select" id=id("language") name=name("language")>
                        {Lang::ALL.into_iter().map(|l| option(l.tag(), l.native_name().to_string(), &row.language)).collect_view()}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=id("age_band")>{t("staff-age-band")}</label>
                    <select class="app-select" id=id("age_band") name=name("age_band")>
                        {option("", t("staff-not-recorded"), &row.age_band)}
                        {AGE_BANDS.into_iter().map(|a| option(a, a.to_string(), &row.age_band)).collect_view()}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=id("gender")>{t("staff-gender")}</label>
                    <select class="app-select" id=id("gender") name=name("gender")>
                        {option("", t("staff-not-recorded"), &row.gender)}
                        {GENDERS[..3].iter().map(|g| option(g, t(&format!("staff-gender-{g}")), &row.gender)).collect_view()}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

/// The meeting form: empty for a new meeting, filled in to edit one (with two spare rows).
fn meeting_form(existing: Option<MeetingPage>, error: Option<StaffError>) -> impl IntoView {
    let (title, action, button, kind, date, time, case_ref, rows) = match &existing {
        None => (
            t("staff-new-meeting-title"),
            "/fn/create_meeting",
            t("staff-create-meeting"),
            MeetingKind::Icpc,
            String::new(),
            String::new(),
            String::new(),
            (0..PEOPLE_ROWS).map(|i| Row::blank(["child", "parent"].get(i).copied().unwrap_or(""))).collect::<Vec<_>>(),
        ),
        Some(m) => {
            let at = &m.starts_at;
            let mut rows: Vec<Row> = m.people.iter().map(Row::of).collect();
            rows.extend((0..2).map(|_| Row::blank("")));
            (
                t("staff-edit-meeting-title"),
                "/fn/update_meeting",
                t("staff-save-changes"),
                m.kind,
                format!("{:04}-{:02}-{:02}", at.year, at.month, at.day),
                format!("{:02}:{:02}", at.hour, at.minute),
                m.case_ref.clone().unwrap_or_default(),
                rows,
            )
        }
    };
    let back = existing.as_ref().map(|m| format!("/staff/meetings/{}", m.id));
    let people = rows.into_iter().enumerate().map(|(i, r)| person_row(i, r)).collect_view();
    view! {
        {error.map(|e| view! { <StaffErrorSummary error=e/> })}
        {back.map(|b| view! { <a class="app-back-link" href=b>{t("back")}</a> })}
        <h1 class="app-heading-l">{title}</h1>
        <form method="post" action=action class="app-form staff-form" autocomplete="off">
            {existing.as_ref().map(|m| view! { <input type="hidden" name="id" value=m.id.clone()/> })}
            <div class="app-form-group">
                <label class="app-label" for="kind">{t("staff-meeting-kind")}</label>
                <select class="app-select" id="kind" name="form[kind]">
                    {MeetingKind::ALL.into_iter().map(|k| view! { <option value=k.as_str() selected=k == kind>{kind_name(k)}</option> }).collect_view()}
                </select>
            </div>
            <div class="staff-row">
                <div class="app-form-group">
                    <label class="app-label" for="date">{t("staff-date")}</label>
                    <input class="app-input" id="date" name="form[date]" type="date" required=true value=date.clone() prop:value=date/>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="time">{t("staff-time")}</label>
                    <p class="app-hint" id="time-hint">{t("staff-time-hint")}</p>
                    <input class="app-input" id="time" name="form[time]" type="time" required=true aria-describedby="time-hint" value=time.clone() prop:value=time/>
                </div>
            </div>
            <div class="app-form-group">
                <label class="app-label" for="case_ref">{t("staff-case-ref")}</label>
                <p class="app-hint" id="case-ref-hint">{t("staff-case-ref-hint")}</p>
                <input class="app-input" id="case_ref" name="form[case_ref]" type="text" maxlength="100" aria-describedby="case-ref-hint"
                    value=case_ref.clone() prop:value=case_ref/>
            </div>
            <h2 class="app-heading-m">{t("staff-people")}</h2>
            <p class="app-hint">{t("staff-people-hint")}</p>
            {people}
            <button type="submit" class="app-button">{button}</button>
        </form>
    }
}

/// Edit a meeting that is still to come: its details and its people.
#[component]
pub fn EditMeetingPage() -> impl IntoView {
    let meeting = people_resource();
    let error = query_error();
    view! {
        <Title text=t("staff-edit-meeting-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match meeting.await {
                        Ok(m) if m.status == MeetingStatus::Scheduled && !m.started => {
                            view! { <StaffLayout user=m.user.clone()>{meeting_form(Some(m), error)}</StaffLayout> }.into_any()
                        }
                        Ok(m) => view! {
                            <StaffLayout user=m.user.clone()>
                                <h1 class="app-heading-l">{t("staff-edit-meeting-title")}</h1>
                                <p class="app-body">{t("staff-error-meeting-closed")}</p>
                            </StaffLayout>
                        }.into_any(),
                        Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn meeting_id() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()))
}

/// The meeting and its people, none of their words: the edit and outcome forms need no one's
/// answers, so opening them is not a read (no audit entry, no read receipt for the child).
fn people_resource() -> Resource<Result<MeetingPage, StaffError>> {
    let id = meeting_id();
    Resource::new(move || id.get(), load_meeting_people)
}

#[component]
pub fn MeetingPage() -> impl IntoView {
    let id = meeting_id();
    let meeting = Resource::new(move || id.get(), load_meeting);
    let query = use_query_map();
    let error = query_error();
    view! {
        <Title text=t("staff-meeting-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
            let error = error.clone();
            Suspend::new(async move {
                let flags = query.with(|q| Flags {
                    created: q.get("created").is_some(),
                    saved: q.get("saved").is_some(),
                    edited: q.get("edited").is_some(),
                    confirm_cancel: q.get("confirm_cancel").is_some(),
                });
                match meeting.await {
                    Ok(m) => meeting_view(m, flags, error).into_any(),
                    Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                }
            })
            }}
        </Suspense>
    }
}

/// What the address asks of the meeting page: a message after a change, or the cancel question.
struct Flags {
    created: bool,
    saved: bool,
    edited: bool,
    confirm_cancel: bool,
}

fn meeting_view(page: MeetingViewsPage, flags: Flags, error: Option<StaffError>) -> impl IntoView {
    let Flags { created, saved, edited, confirm_cancel } = flags;
    let MeetingViewsPage { meeting: m, views } = page;
    let open = m.status == MeetingStatus::Scheduled && !m.started;
    let id = m.id.clone();
    let actions = view! {
        <div class="staff-actions">
            {open.then(|| view! {
                <form method="post" action=format!("/staff/meetings/{id}/invites") target="_blank">
                    <button type="submit" class="app-button">{t("staff-print-invites")}</button>
                </form>
            })}
            {open.then(|| view! { <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/edit")>{t("staff-edit-meeting")}</a> })}
            <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/print")>{t("staff-print-for-meeting")}</a>
            {(m.started || m.status != MeetingStatus::Scheduled).then(|| view! {
                <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/outcome")>{t("staff-record-outcome")}</a>
            })}
        </div>
        {open.then(|| view! { <p class="app-hint">{t("staff-print-invites-hint")}</p> })}
    };
    // Cancelling cannot be undone, so it takes a second, deliberate step.
    let cancel = open.then(|| {
        if confirm_cancel {
            view! {
                <div class="app-inset app-inset--warning staff-cancel" id="cancel">
                    <p class="app-body">{t("staff-cancel-confirm")}</p>
                    <form method="post" action="/fn/cancel_meeting">
                        <input type="hidden" name="id" value=m.id.clone()/>
                        <button type="submit" class="app-button app-button--warning">{t("staff-cancel-meeting-yes")}</button>
                    </form>
                    <a class="app-link" href=format!("/staff/meetings/{}", m.id)>{t("staff-cancel-keep")}</a>
                </div>
            }
            .into_any()
        } else {
            view! {
                <p class="staff-cancel"><a class="app-link" href=format!("/staff/meetings/{}?confirm_cancel=1#cancel", m.id)>{t("staff-cancel-meeting")}</a></p>
            }
            .into_any()
        }
    });
    let people = m.people.into_iter().zip(views).map(|(p, v)| person_view(p, v, false)).collect_view();
    view! {
        <StaffLayout user=m.user>
            {error.map(|e| view! { <StaffErrorSummary error=e/> })}
            {created.then(|| view! { <p class="app-inset" role="status">{t("staff-meeting-created")}</p> })}
            {saved.then(|| view! { <p class="app-inset" role="status">{t("staff-outcome-saved")}</p> })}
            {edited.then(|| view! { <p class="app-inset" role="status">{t("staff-meeting-saved")}</p> })}
            <a class="app-back-link" href="/staff">{t("staff-back-to-meetings")}</a>
            <h1 class="app-heading-l">{kind_name(m.kind)}</h1>
            <dl class="app-summary-list">
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-when")}</dt><dd class="app-summary-list__value">{when(&m.starts_at)}</dd></div>
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-chair")}</dt><dd class="app-summary-list__value">{m.chair_name}</dd></div>
                {m.case_ref.map(|c| view! { <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-case-ref-short")}</dt><dd class="app-summary-list__value">{c}</dd></div> })}
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-status")}</dt><dd class="app-summary-list__value">{status_name(m.status)}</dd></div>
            </dl>
            {actions}
            <h2 class="app-heading-m">{t("staff-views-heading")}</h2>
            {people}
            {cancel}
        </StaffLayout>
    }
}

fn person_name(p: &Person) -> String {
    let role = t(&format!("staff-role-{}", p.role.as_str()));
    match &p.first_name {
        Some(n) => format!("{n} ({role})"),
        None => role,
    }
}

/// One person's views. `shared_only` (printing for the meeting) leaves out every answer the
/// child kept for the chair or wants to talk about first.
fn person_view(p: Person, views: Option<SentViews>, shared_only: bool) -> impl IntoView {
    let lang_name = Lang::parse(&p.language).map(|l| l.native_name()).unwrap_or("?");
    let mut facts = vec![t_args("staff-fact-language", &[("language", Value::from(lang_name))])];
    if let Some(a) = &p.age_band {
        facts.push(t_args("staff-fact-age", &[("band", Value::from(a.clone()))]));
    }
    let printed = (!shared_only).then(|| match &p.invite_printed {
        Some(at) => t_args("staff-invite-printed", &[("when", Value::from(when(at)))]),
        None => t("staff-invite-not-printed"),
    });
    let name = person_name(&p);
    let label = name.clone();
    let body = match views {
        None => view! { <p class="app-body">{t("staff-no-views")}</p> }.into_any(),
        Some(v) => {
            let sent = t_args("staff-views-sent", &[("when", Value::from(when(&v.at))), ("n", Value::from(p.submissions))]);
            let answers = match v.answers {
                Answers::Child(c) => child_views(c, shared_only).into_any(),
                Answers::Parent(a) => parent_views(a).into_any(),
            };
            view! { <p class="app-hint">{sent}</p> {answers} }.into_any()
        }
    };
    let outcome = (!shared_only).then_some(p.outcome).flatten().map(outcome_summary);
    view! {
        <section class="staff-person" aria-label=label>
            <h3 class="app-heading-m">{name}</h3>
            <p class="app-hint">{facts.join(" · ")}</p>
            {printed.map(|s| view! { <p class="app-hint">{s}</p> })}
            {body}
            {outcome}
        </section>
    }
}

fn visibility_words(v: Visibility) -> (String, &'static str) {
    match v {
        Visibility::Everyone => (t("staff-visibility-everyone"), "everyone"),
        Visibility::ChairOnly => (t("staff-visibility-chair-only"), "chair-only"),
        Visibility::TalkFirst => (t("staff-visibility-talk-first"), "talk-first"),
    }
}

fn child_text_view(key: &'static str, title: String, answer: Option<ChildText>, shared_only: bool) -> Option<AnyView> {
    let a = answer.filter(|a| !a.text.trim().is_empty())?;
    if shared_only && a.visibility != Visibility::Everyone {
        return None;
    }
    let (words, cls) = visibility_words(a.visibility);
    Some(
        view! {
            <div class=format!("staff-house staff-house--{key}")>
                <h4 class="app-heading-s">{title}</h4>
                <p class="staff-answer">{a.text}</p>
                <p class=format!("staff-visibility staff-visibility--{cls}")>{words}</p>
            </div>
        }
        .into_any(),
    )
}

fn child_views(c: ChildAnswers, shared_only: bool) -> impl IntoView {
    // The safety scale says who may hear it, in the same plain words as the other answers.
    let (safety_words, safety_cls) = visibility_words(c.safety_visibility());
    let houses = [
        child_text_view("good-things", t("good-things-house"), c.good_things, shared_only),
        child_text_view("worries", t("worries-house"), c.worries, shared_only),
        child_text_view("wishes", t("wishes-house"), c.wishes, shared_only),
    ];
    let more = [
        child_text_view("supporter", t("staff-supporter"), c.supporter, shared_only),
        child_text_view("anything-else", t("staff-anything-else"), c.anything_else, shared_only),
    ];
    let taking_part = c.taking_part.filter(|ways| !ways.is_empty()).map(|ways| {
        ways.iter().map(|w| t(&format!("taking-part-{}", w.as_str().replace('_', "-")))).collect::<Vec<_>>().join("; ")
    });
    let safety = c.safety_scale.map(|n| view! {
        <div class="app-summary-list__row">
            <dt class="app-summary-list__key">{t("staff-safety")}</dt>
            <dd class="app-summary-list__value">
                <p class="app-body staff-safety">{t_args("staff-safety-value", &[("n", Value::from(n.get()))])}</p>
                <p class=format!("staff-visibility staff-visibility--{safety_cls}")>{safety_words}</p>
            </dd>
        </div>
    });
    let helped = c.helped_by.map(|h| t(&format!("helped-by-{}", h.as_str().replace('_', "-"))));
    let talk_soon = (c.talk_soon == Some(true) && !shared_only)
        .then(|| view! { <p class="app-inset app-inset--warning staff-flag"><strong>{t("staff-flag-talk-soon-long")}</strong></p> });
    let row = |key: String, value: Option<String>| {
        value.map(|v| view! { <div class="app-summary-list__row"><dt class="app-summary-list__key">{key}</dt><dd class="app-summary-list__value">{v}</dd></div> })
    };
    view! {
        {talk_soon}
        <div class="staff-houses">{houses.into_iter().flatten().collect_view()}</div>
        {more.into_iter().flatten().collect_view()}
        <dl class="app-summary-list">
            {row(t("staff-taking-part"), taking_part)}
            {safety}
            {row(t("staff-helped-by"), helped)}
        </dl>
    }
}

fn parent_views(a: ParentAnswers) -> impl IntoView {
    let row = |key: String, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|v| view! {
            <div class="app-summary-list__row"><dt class="app-summary-list__key">{key}</dt><dd class="app-summary-list__value staff-answer">{v}</dd></div>
        })
    };
    view! {
        <dl class="app-summary-list">
            {row(t("parent-going-well-title"), a.going_well)}
            {row(t("parent-worries-title"), a.worries)}
            {row(t("parent-would-help-title"), a.would_help)}
            {row(t("coming-title"), a.coming.map(|c| t(&format!("coming-{}", c.as_str().replace('_', "-")))))}
            {row(t("parent-interpreter-title"), a.interpreter_language)}
            {row(t("parent-access-title"), a.access_needs)}
        </dl>
    }
}

fn outcome_summary(o: PersonOutcome) -> impl IntoView {
    let attended = if o.not_able {
        t("staff-outcome-not-able")
    } else if o.attended {
        t("staff-outcome-attended")
    } else {
        t("staff-outcome-not-attended")
    };
    let shared = o.shared_by.iter().map(|s| t(&format!("staff-shared-{}", s.as_str()))).collect::<Vec<_>>().join("; ");
    view! {
        <p class="app-body staff-outcome">
            <strong>{t("staff-outcome-heading")}": "</strong>{attended}
            {(!shared.is_empty()).then(|| format!(" · {shared}"))}
        </p>
    }
}

/// "Print for the meeting": only what the child wants everyone to hear.
#[component]
pub fn PrintForMeetingPage() -> impl IntoView {
    let id = meeting_id();
    let meeting = Resource::new(move || id.get(), load_meeting_shared);
    view! {
        <Title text=t("staff-print-for-meeting")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match meeting.await {
                    Ok(MeetingViewsPage { meeting: m, views }) => {
                        let back = format!("/staff/meetings/{}", m.id);
                        let people = m.people.into_iter().zip(views).map(|(p, v)| person_view(p, v, true)).collect_view();
                        view! {
                            <StaffLayout user=m.user.clone()>
                                <a class="app-back-link staff-no-print" href=back>{t("back")}</a>
                                <h1 class="app-heading-l">{kind_name(m.kind)}" – "{when(&m.starts_at)}</h1>
                                <p class="app-inset">{t("staff-print-for-meeting-note")}</p>
                                <p class="app-hint staff-no-print">{t("staff-print-how")}</p>
                                <h2 class="app-heading-m">{t("staff-views-heading")}</h2>
                                {people}
                            </StaffLayout>
                        }.into_any()
                    }
                    Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn OutcomePage() -> impl IntoView {
    let meeting = people_resource();
    let error = query_error();
    view! {
        <Title text=t("staff-record-outcome")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match meeting.await {
                        Ok(m) => view! { <StaffLayout user=m.user.clone()>{outcome_form(m, error)}</StaffLayout> }.into_any(),
                        Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn checkbox(id: String, name: String, label: String, checked: bool) -> impl IntoView {
    view! {
        <div class="app-checkboxes__item">
            <input class="app-checkboxes__input" type="checkbox" id=id.clone() name=name value="yes" checked=checked prop:checked=checked/>
            <label class="app-checkboxes__label" for=id>{label}</label>
        </div>
    }
}

fn outcome_form(m: MeetingPage, error: Option<StaffError>) -> impl IntoView {
    let back = format!("/staff/meetings/{}", m.id);
    if !m.started && m.status == MeetingStatus::Scheduled {
        return view! {
            <a class="app-back-link" href=back>{t("back")}</a>
            <h1 class="app-heading-l">{t("staff-record-outcome")}</h1>
            <p class="app-body">{t("staff-error-meeting-not-started")}</p>
        }
        .into_any();
    }
    let held = m.status != MeetingStatus::Cancelled;
    let people = m.people.into_iter().enumerate().map(|(i, p)| {
        let o = p.outcome.clone().unwrap_or_default();
        let name = |f: &str| format!("form[people][{i}][{f}]");
        let id = |f: &str| format!("people-{i}-{f}");
        let has_views = p.sent_views();
        let child_part = p.role.is_child().then(|| view! {
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend">{t("staff-shared-before")}</legend>
                {has_views.then(|| view! { <p class="app-hint">{t("staff-shared-kiosk-auto")}</p> })}
                <div class="app-checkboxes">
                    {checkbox(id("written"), name("written"), t("staff-shared-written"), o.shared_by.contains(&SharedBy::Written))}
                    {checkbox(id("someone"), name("someone"), t("staff-shared-someone"), o.shared_by.contains(&SharedBy::Someone))}
                    {checkbox(id("phone"), name("phone"), t("staff-shared-phone"), o.shared_by.contains(&SharedBy::Phone))}
                </div>
            </fieldset>
            <div class="app-checkboxes">
                {checkbox(id("not_able"), name("not_able"), t("staff-outcome-not-able"), o.not_able)}
            </div>
            <div class="app-form-group">
                <label class="app-label" for=id("not_able_reason")>{t("staff-not-able-reason")}</label>
                <input class="app-input" id=id("not_able_reason") name=name("not_able_reason") type="text" maxlength="500"
                    value=o.not_able_reason.clone().unwrap_or_default()/>
            </div>
        });
        let adult_part = (!p.role.is_child()).then(|| view! {
            <div class="app-checkboxes">
                {checkbox(id("interpreter_needed"), name("interpreter_needed"), t("staff-interpreter-needed"), o.interpreter_needed)}
                {checkbox(id("interpreter_present"), name("interpreter_present"), t("staff-interpreter-present"), o.interpreter_present)}
            </div>
        });
        view! {
            <fieldset class="app-fieldset staff-person-row">
                <legend class="app-fieldset__legend app-heading-s">{person_name(&p)}</legend>
                <input type="hidden" name=name("id") value=p.id.clone()/>
                <div class="app-checkboxes">
                    {checkbox(id("attended"), name("attended"), t("staff-outcome-attended"), o.attended)}
                </div>
                {child_part}
                {adult_part}
            </fieldset>
        }
    }).collect_view();
    view! {
        {error.map(|e| view! { <StaffErrorSummary error=e/> })}
        <a class="app-back-link" href=back>{t("back")}</a>
        <h1 class="app-heading-l">{t("staff-record-outcome")}</h1>
        <p class="app-body">{kind_name(m.kind)}" – "{when(&m.starts_at)}</p>
        <form method="post" action="/fn/record_outcome" class="app-form staff-form">
            <input type="hidden" name="id" value=m.id.clone()/>
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend app-heading-m">{t("staff-was-held")}</legend>
                <div class="app-radios">
                    <div class="app-radios__item">
                        <input class="app-radios__input" type="radio" id="held-yes" name="form[held]" value="yes" checked=held prop:checked=held/>
                        <label class="app-radios__label" for="held-yes">{t("staff-held-yes")}</label>
                    </div>
                    <div class="app-radios__item">
                        <input class="app-radios__input" type="radio" id="held-no" name="form[held]" value="no" checked=!held prop:checked=!held/>
                        <label class="app-radios__label" for="held-no">{t("staff-held-no")}</label>
                    </div>
                </div>
            </fieldset>
            {people}
            <button type="submit" class="app-button">{t("staff-save-outcome")}</button>
        </form>
    }
    .into_any()
}

/// The audit log (managers): who opened whose views, printed codes, recorded an outcome.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || query.with(|q| (q.get("meeting"), q.get("user")));
    let page = Resource::new(filter, |(meeting, user)| load_audit(meeting, user));
    view! {
        <Title text=t("staff-audit-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                let (meeting, by) = filter();
                match page.await {
                    Ok(p) => audit_view(p, meeting.unwrap_or_default(), by.unwrap_or_default()).into_any(),
                    Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn audit_view(p: AuditPage, meeting: String, by: String) -> impl IntoView {
    let empty = p.entries.is_empty();
    let rows = p
        .entries
        .into_iter()
        .map(|e| {
            let action = t(&format!("staff-audit-{}", e.action.replace('_', "-")));
            view! {
                <tr>
                    <td>{when(&e.at)}</td>
                    <td>{e.user_name}</td>
                    <td>{action}</td>
                    <td>{e.meeting_id.map(|id| view! { <a class="app-link" href=format!("/staff/audit?meeting={id}")>{id.chars().take(8).collect::<String>()}</a> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <StaffLayout user=p.user>
            <h1 class="app-heading-l">{t("staff-audit-title")}</h1>
            <p class="app-body">{t("staff-audit-intro")}</p>
            <form method="get" action="/staff/audit" class="staff-filter">
                <div>
                    <label class="app-label" for="user">{t("staff-audit-by")}</label>
                    <select class="app-select" id="user" name="user">
                        <option value="" selected=by.is_empty()>{t("staff-filter-everyone")}</option>
                        {p.users.into_iter().map(|(id, name)| {
                            let selected = id == by;
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label class="app-label" for="meeting">{t("staff-audit-meeting")}</label>
                    <input class="app-input" id="meeting" name="meeting" type="text" value=meeting autocomplete="off"/>
                </div>
                <button type="submit" class="app-button app-button--secondary">{t("staff-filter-apply")}</button>
            </form>
            {empty.then(|| view! { <p class="app-body">{t("staff-audit-empty")}</p> })}
            <table class="staff-table">
                <caption class="app-visually-hidden">{t("staff-audit-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("staff-when")}</th>
                    <th scope="col">{t("staff-audit-who")}</th>
                    <th scope="col">{t("staff-audit-what")}</th>
                    <th scope="col">{t("staff-audit-meeting")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </StaffLayout>
    }
}

/// Change your own password (and, after a one-time password, the only page open).
#[component]
pub fn PasswordPage() -> impl IntoView {
    let error = query_error();
    let field = error.as_ref().map(|e| e.field()).unwrap_or_default();
    let group = move |id: &str| if field == id { "app-form-group app-form-group--error" } else { "app-form-group" };
    let min = t_args("staff-password-hint", &[("n", Value::from(12))]);
    view! {
        <Title text=t("staff-password-title")/>
        <StaffLayout>
            {error.clone().map(|e| view! { <StaffErrorSummary error=e/> })}
            <h1 class="app-heading-l">{t("staff-password-title")}</h1>
            <p class="app-body">{t("staff-password-intro")}</p>
            <form method="post" action="/fn/change_password" class="app-form staff-form">
                <div class=group("current")>
                    <label class="app-label" for="current">{t("staff-password-current")}</label>
                    <input class="app-input" id="current" name="current" type="password" autocomplete="current-password" required=true/>
                </div>
                <div class=group("new")>
                    <label class="app-label" for="new">{t("staff-password-new")}</label>
                    <p class="app-hint" id="new-hint">{min}</p>
                    <input class="app-input" id="new" name="new" type="password" autocomplete="new-password" minlength="12" required=true aria-describedby="new-hint"/>
                </div>
                <div class=group("confirm")>
                    <label class="app-label" for="confirm">{t("staff-password-confirm")}</label>
                    <input class="app-input" id="confirm" name="confirm" type="password" autocomplete="new-password" minlength="12" required=true/>
                </div>
                <button type="submit" class="app-button">{t("staff-password-save")}</button>
            </form>
            <form method="post" action="/fn/staff_sign_out">
                <button type="submit" class="app-button app-button--secondary">{t("staff-sign-out")}</button>
            </form>
        </StaffLayout>
    }
}

/// Staff accounts (managers): add with a one-time password, disable, reset a password.
#[component]
pub fn UsersPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| load_users());
    let error = query_error();
    let notice = use_query_map().with_untracked(|q| {
        ["added", "saved", "reset"].into_iter().find(|k| q.get(k).is_some()).map(|k| t(&format!("staff-users-done-{k}")))
    });
    view! {
        <Title text=t("staff-users-title")/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
                let (error, notice) = (error.clone(), notice.clone());
                Suspend::new(async move {
                    match page.await {
                        Ok(p) => users_view(p, error, notice).into_any(),
                        Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn users_view(p: UsersPage, error: Option<StaffError>, notice: Option<String>) -> impl IntoView {
    let me = p.user.id.clone();
    let suggested = p.suggested_password.clone();
    let rows = p.accounts.into_iter().map(|a| {
        let role = if a.manager { t("staff-users-role-manager") } else { t("staff-users-role-chair") };
        let state = if a.disabled {
            t("staff-users-disabled")
        } else if a.must_change_password {
            t("staff-users-one-time")
        } else {
            t("staff-users-active")
        };
        let own = a.id == me;
        let toggle = (!own).then(|| {
            let (value, label) = if a.disabled { ("no", t("staff-users-enable")) } else { ("yes", t("staff-users-disable")) };
            view! {
                <form method="post" action="/fn/set_user_disabled">
                    <input type="hidden" name="id" value=a.id.clone()/>
                    <input type="hidden" name="disabled" value=value/>
                    <button type="submit" class="app-button app-button--secondary">{label}" "<span class="app-visually-hidden">{a.name.clone()}</span></button>
                </form>
            }
        });
        let reset_id = format!("password-{}", a.id);
        view! {
            <tr>
                <td>{a.name.clone()}<br/><span class="app-hint">{a.email}</span></td>
                <td>{role}</td>
                <td>{state}</td>
                <td class="staff-users__actions">
                    {toggle}
                    <form method="post" action="/fn/reset_user_password" class="staff-users__reset">
                        <input type="hidden" name="id" value=a.id.clone()/>
                        <label class="app-label" for=reset_id.clone()>{t("staff-users-reset-label")}<span class="app-visually-hidden">" "{a.name}</span></label>
                        <input class="app-input" id=reset_id name="password" type="text" autocomplete="off" minlength="12" value=suggested.clone()/>
                        <button type="submit" class="app-button app-button--secondary">{t("staff-users-reset")}</button>
                    </form>
                </td>
            </tr>
        }
    }).collect_view();
    view! {
        <StaffLayout user=p.user>
            {error.map(|e| view! { <StaffErrorSummary error=e/> })}
            {notice.map(|n| view! { <p class="app-inset" role="status">{n}</p> })}
            <h1 class="app-heading-l">{t("staff-users-title")}</h1>
            <table class="staff-table">
                <caption class="app-visually-hidden">{t("staff-users-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("staff-users-name")}</th>
                    <th scope="col">{t("staff-role")}</th>
                    <th scope="col">{t("staff-status")}</th>
                    <th scope="col">{t("staff-users-actions")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h2 class="app-heading-m">{t("staff-users-add")}</h2>
            <form method="post" action="/fn/add_user" class="app-form staff-form" autocomplete="off">
                <div class="staff-row">
                    <div class="app-form-group">
                        <label class="app-label" for="name">{t("staff-users-name")}</label>
                        <input class="app-input" id="name" name="name" type="text" maxlength="100" required=true/>
                    </div>
                    <div class="app-form-group">
                        <label class="app-label" for="email">{t("staff-email")}</label>
                        <input class="app-input" id="email" name="email" type="email" required=true/>
                    </div>
                    <div class="app-form-group">
                        <label class="app-label" for="role">{t("staff-role")}</label>
                        <select class="app-select" id="role" name="role">
                            <option value="chair">{t("staff-users-role-chair")}</option>
                            <option value="manager">{t("staff-users-role-manager")}</option>
                        </select>
                    </div>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="password">{t("staff-users-one-time-label")}</label>
                    <p class="app-hint" id="password-hint">{t("staff-users-one-time-hint")}</p>
                    <input class="app-input staff-users__password" id="password" name="password" type="text" autocomplete="off" minlength="12"
                        required=true value=suggested aria-describedby="password-hint"/>
                </div>
                <button type="submit" class="app-button">{t("staff-users-add")}</button>
            </form>
        </StaffLayout>
    }
}

#[cfg(test)]
mod tests {
    use super::{page_numbers, query_value};

    #[test]
    fn a_long_list_links_the_ends_and_the_pages_near_this_one() {
        assert_eq!(page_numbers(1, 1), vec![Some(1)]);
        assert_eq!(page_numbers(2, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(page_numbers(1, 20), vec![Some(1), Some(2), Some(3), None, Some(20)]);
        assert_eq!(page_numbers(10, 20), vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]);
        assert_eq!(page_numbers(4, 7), (1..=7).map(Some).collect::<Vec<_>>(), "a short list links every page");
        assert_eq!(page_numbers(25, 2), vec![Some(1), Some(2)], "past the end: the real pages");
    }

    #[test]
    fn a_typed_chair_cannot_add_to_a_page_link() {
        assert_eq!(query_value("2f1c-9a"), "2f1c-9a");
        assert_eq!(query_value("x&page=9 \""), "x%26page%3D9%20%22");
    }
}
