//! Staff accounts (managers).

use super::layout::*;
use super::*;
use crate::i18n::t;
use leptos_router::hooks::use_query_map;

/// Staff accounts (managers): add with a one-time password, disable, reset a password.
#[component]
pub fn UsersPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| load_users());
    let error = query_error();
    let notice = use_query_map().with_untracked(|q| {
        ["added", "saved", "reset"].into_iter().find(|k| q.get(k).is_some()).map(|k| t(&format!("staff-users-done-{k}")))
    });
    staff_page(t("staff-users-title"), page, move |p| users_view(p, error.clone(), notice.clone()))
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
