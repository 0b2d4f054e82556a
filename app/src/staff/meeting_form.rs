//! A new meeting, or a change to one still to come: its details and its people.

use super::layout::*;
use super::*;
use crate::i18n::{Lang, Value, t, t_args};

const AGE_BANDS: [&str; 5] = ["0-4", "5-9", "10-12", "13-15", "16-17"];
const GENDERS: [&str; 4] = ["female", "male", "other", "not_recorded"];
/// Rows of people on the new-meeting form (a child, a parent, and room for two more).
const PEOPLE_ROWS: usize = 4;

#[component]
pub fn NewMeetingPage() -> impl IntoView {
    let me = Resource::new(|| (), |_| staff_me());
    let error = query_error();
    staff_page(t("staff-new-meeting-title"), me, move |user| {
        let form = meeting_form(None, error.clone());
        view! { <StaffLayout user=user>{form}</StaffLayout> }
    })
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
                        {Lang::ALL.into_iter().map(|l| option(l.tag(), l.staff_name(), &row.language)).collect_view()}
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
    staff_page(t("staff-edit-meeting-title"), meeting, move |m| {
        let user = m.user.clone();
        if m.status == MeetingStatus::Scheduled && !m.started {
            let form = meeting_form(Some(m), error.clone());
            view! { <StaffLayout user=user>{form}</StaffLayout> }.into_any()
        } else {
            view! {
                <StaffLayout user=user>
                    <h1 class="app-heading-l">{t("staff-edit-meeting-title")}</h1>
                    <p class="app-body">{t("staff-error-meeting-closed")}</p>
                </StaffLayout>
            }
            .into_any()
        }
    })
}
