//! Recording what happened at a meeting: held or cancelled, who attended, how views came.

use super::layout::*;
use super::*;
use crate::i18n::t;

#[component]
pub fn OutcomePage() -> impl IntoView {
    let meeting = people_resource();
    let error = query_error();
    staff_page(t("staff-record-outcome"), meeting, move |m| {
        let user = m.user.clone();
        let form = outcome_form(m, error.clone());
        view! { <StaffLayout user=user>{form}</StaffLayout> }
    })
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
