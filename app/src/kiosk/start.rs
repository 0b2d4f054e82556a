//! The neutral first screens: choose a language, type a code.

use crate::api::AppError;
use crate::kiosk::layout::{ErrorSummary, KioskLayout};
use crate::i18n::{Lang, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Choose your language. Each button names its language in that language.
#[component]
pub fn StartPage() -> impl IntoView {
    let query = use_query_map();
    let ended = move || query.with(|q| q.get("ended").is_some());
    let current = use_lang();
    view! {
        <Title text=t("start-title")/>
        <KioskLayout>
            <h1 class="app-heading-xl">{t("start-heading")}</h1>
            <Show when=ended>
                <p class="app-inset" role="status">{t("start-cleared")}</p>
            </Show>
            <p class="app-body-l">{t("start-intro")}</p>
            <h2 class="app-heading-m" id="choose-language">{t("choose-language")}</h2>
            <ul class="app-language-list" aria-labelledby="choose-language">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        let cls = if l == current { "app-button app-button--language app-button--current" } else { "app-button app-button--language" };
                        view! {
                            <li>
                                <form method="post" action="/fn/set_language">
                                    <input type="hidden" name="lang" value=l.tag()/>
                                    <input type="hidden" name="next" value="/code"/>
                                    <button type="submit" class=cls lang=l.tag() dir=l.dir()>{l.native_name()}</button>
                                </form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </KioskLayout>
    }
}

/// Type the code from your invite.
#[component]
pub fn CodePage() -> impl IntoView {
    let query = use_query_map();
    let error = query.with_untracked(|q| q.get("error")).and_then(|c| AppError::from_code(&c));
    let described = if error.is_some() { "code-hint code-error" } else { "code-hint" };
    let group = if error.is_some() { "app-form-group app-form-group--error" } else { "app-form-group" };
    view! {
        <Title text=t("code-title")/>
        <KioskLayout>
            {error.clone().map(|e| view! { <ErrorSummary error=e field="code"/> })}
            <form method="post" action="/fn/enter_code" autocomplete="off" class="app-form">
                <div class=group>
                    <h1 class="app-heading-l"><label for="code">{t("code-heading")}</label></h1>
                    <p class="app-hint" id="code-hint">{t("code-hint")}</p>
                    {error.map(|e| view! {
                        <p class="app-error-message" id="code-error">
                            <span class="app-visually-hidden">{t("error-prefix")}" "</span>{t(&e.message_id())}
                        </p>
                    })}
                    <input class="app-input app-input--code" id="code" name="code" type="text"
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        maxlength="20" aria-describedby=described required=true/>
                </div>
                <button type="submit" class="app-button">{t("continue")}</button>
            </form>
            <p class="app-body"><a class="app-link" href="/">{t("change-language")}</a></p>
        </KioskLayout>
    }
}
