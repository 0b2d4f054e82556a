//! What every staff page shares: the frame (who is signed in, the way around, sign out),
//! the error summary, and `staff_page`, the one way a page loads its data and says why it
//! could not.

use super::*;
use crate::i18n::{Value, meeting_time, t, t_args, use_lang};
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

/// A staff page that loads what it shows: its title at once, then, once `data` has loaded,
/// `show` with it; or, if loading failed, why, in the staff frame (`failed`). Every staff
/// page that reads from the server is written through this, so each says the same things
/// the same way (signed out, not found, an error) and none repeats the loading code.
pub(super) fn staff_page<T, V>(
    title: String,
    data: Resource<Result<T, StaffError>>,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + for<'de> Deserialize<'de> + 'static,
    V: IntoView + 'static,
{
    view! {
        <Title text=title/>
        <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(d) => show(d).into_any(),
                        Err(e) => view! { <StaffLayout>{failed(e)}</StaffLayout> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
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

pub(super) fn kind_name(kind: MeetingKind) -> String {
    t(&format!("staff-kind-{}", kind.as_str().replace('_', "-")))
}

pub(super) fn when(at: &LocalTime) -> String {
    meeting_time(use_lang(), at)
}

pub(super) fn status_name(status: MeetingStatus) -> String {
    t(&format!("staff-status-{status}"))
}

pub(super) fn meeting_id() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()))
}

/// The meeting and its people, none of their words: the edit and outcome forms need no one's
/// answers, so opening them is not a read (no audit entry, no read receipt for the child).
pub(super) fn people_resource() -> Resource<Result<MeetingPage, StaffError>> {
    let id = meeting_id();
    Resource::new(move || id.get(), load_meeting_people)
}

/// A person as the chair knows them: first name and role, or the role alone.
pub(super) fn person_name(p: &Person) -> String {
    let role = t(&format!("staff-role-{}", p.role.as_str()));
    match &p.first_name {
        Some(n) => format!("{n} ({role})"),
        None => role,
    }
}
