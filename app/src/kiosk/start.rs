//! The neutral first screens: choose a language, type a code.

use crate::api::AppError;
use crate::kiosk::layout::{ErrorSummary, KioskLayout};
use crate::i18n::{Helping, Lang, Msg, say, t, use_lang};
use crate::kiosk::frame::listen_control;
use crate::kiosk::pictures::Picture;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Choose your language: the first screen, before a code.
#[component]
pub fn StartPage() -> impl IntoView {
    let query = use_query_map();
    let ended = move || query.with(|q| q.get("ended").is_some());
    view! {
        <Title text=t("start-title")/>
        <KioskLayout>
            <h1 class="app-heading-xl">{say("start-heading")}</h1>
            <Show when=ended>
                <p class="app-inset" role="status">{say("start-cleared")}</p>
            </Show>
            <p class="app-body-l">{say("start-intro")}</p>
            <LanguageChoices next="/code".to_string()/>
        </KioskLayout>
    }
}

/// The language screen again, from any kiosk screen (the link in the header): the same
/// choices, and back to the screen the family was on. Guarded like the screens it comes
/// from, since a kiosk session is open behind it.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let next = use_query_map().with_untracked(|q| q.get("next")).unwrap_or_default();
    // Only back into the kiosk (or its code screen): never somewhere else on the site.
    let next = if next.starts_with("/k/") || next.starts_with("/thanks") { crate::api::ssr::safe_local_path(&next).to_string() } else { "/code".to_string() };
    view! {
        <Title text=t("choose-language")/>
        <KioskLayout guard=true>
            <div class="app-screen-top">
                {listen_control(vec![Msg::new("choose-language"), Msg::new("helping-label"), Msg::new("helping-hint")])}
            </div>
            <LanguageChoices next=next heading=true/>
        </KioskLayout>
    }
}

/// Every language named in itself (with its own `lang` and `dir`, so it reads right in any
/// page), the current one marked, and "I am helping someone". One form: the button pressed
/// says the language, the box says whether to show English too.
#[component]
fn LanguageChoices(next: String, #[prop(optional)] heading: bool) -> impl IntoView {
    let current = use_lang();
    let helping = use_context::<Helping>().is_some_and(|h| h.0);
    let title = view! { <span id="choose-language">{say("choose-language")}</span> };
    view! {
        {if heading {
            view! { <h1 class="app-heading-xl">{title}</h1> }.into_any()
        } else {
            view! { <h2 class="app-heading-m">{title}</h2> }.into_any()
        }}
        <form method="post" action="/fn/set_language" class="app-form">
            <input type="hidden" name="next" value=next/>
            <div class="app-checkboxes app-checkboxes--single">
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id="helping" name="helping" value="1"
                        aria-describedby="helping-hint" checked=helping/>
                    <label class="app-checkboxes__label" for="helping">
                        <span class="app-pic-label" inner_html=Picture::HelpedInterpreter.svg()></span>
                        {say("helping-label")}
                    </label>
                    <p class="app-hint app-checkboxes__hint" id="helping-hint">{say("helping-hint")}</p>
                </div>
            </div>
            <ul class="app-language-list" aria-labelledby="choose-language">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        let cls = if l == current { "app-button app-button--language app-button--current" } else { "app-button app-button--language" };
                        view! {
                            <li>
                                <button type="submit" name="lang" value=l.tag() class=cls lang=l.tag() dir=l.dir()
                                    aria-current=(l == current).then_some("true")>{l.native_name()}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </form>
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
        // Guarded (a code typed and left is cleared) and with Listen: someone who reads little
        // is asked here for the first time.
        <KioskLayout guard=true>
            <div class="app-screen-top">{listen_control(vec![Msg::new("code-heading"), Msg::new("code-hint")])}</div>
            {error.clone().map(|e| view! { <ErrorSummary error=e field="code"/> })}
            <form method="post" action="/fn/enter_code" autocomplete="off" class="app-form">
                <div class=group>
                    <h1 class="app-heading-l"><label for="code">{say("code-heading")}</label></h1>
                    <p class="app-hint" id="code-hint">{say("code-hint")}</p>
                    {error.map(|e| view! {
                        <p class="app-error-message" id="code-error">
                            <span class="app-visually-hidden">{t("error-prefix")}" "</span>{say(&e.message_id())}
                        </p>
                    })}
                    <input class="app-input app-input--code" id="code" name="code" type="text"
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        maxlength="20" aria-describedby=described required=true/>
                </div>
                <button type="submit" class="app-button">{say("continue")}</button>
            </form>
            <p class="app-body"><a class="app-link" href="/">{say("change-language")}</a></p>
        </KioskLayout>
    }
}
