//! Changing one's own password.

use super::layout::*;
use super::*;
use crate::i18n::{Value, t, t_args};
use leptos_meta::Title;

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
