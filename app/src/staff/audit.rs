//! The audit log (managers).

use super::layout::*;
use super::*;
use crate::i18n::t;
use leptos_router::hooks::use_query_map;

/// The audit log (managers): who opened whose views, printed codes, recorded an outcome.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || query.with(|q| (q.get("meeting"), q.get("user"), q.get("action")));
    let page = Resource::new(filter, |(meeting, user, action)| load_audit(meeting, user, action));
    staff_page(t("staff-audit-title"), page, move |p| {
        let (meeting, by, action) = filter();
        audit_view(p, meeting.unwrap_or_default(), by.unwrap_or_default(), action.unwrap_or_default())
    })
}

/// An action's name in the reader's language.
fn action_name(action: &str) -> String {
    t(&format!("staff-audit-{}", action.replace('_', "-")))
}

fn audit_view(p: AuditPage, meeting: String, by: String, action: String) -> impl IntoView {
    let empty = p.entries.is_empty();
    let rows = p
        .entries
        .into_iter()
        .map(|e| {
            let action = action_name(&e.action);
            view! {
                <tr>
                    <td>{when(&e.at)}</td>
                    <td>{e.user_name.unwrap_or_else(|| t("staff-audit-by-tiptoes"))}</td>
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
                    <label class="app-label" for="action">{t("staff-audit-action")}</label>
                    <select class="app-select" id="action" name="action">
                        <option value="" selected=action.is_empty()>{t("staff-audit-any-action")}</option>
                        {p.actions.into_iter().map(|a| {
                            let selected = a == action;
                            let name = action_name(&a);
                            view! { <option value=a selected=selected>{name}</option> }
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
