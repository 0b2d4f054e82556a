//! Signing in.

use super::layout::*;
use super::*;
use crate::i18n::t;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

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
