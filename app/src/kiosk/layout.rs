//! The frame of every kiosk screen (exit control, guard, main content) and the GOV.UK-style
//! error summary; the words the kiosk's islands are given, formatted here on the server.

use crate::api::AppError;
use crate::i18n::{say, t, use_lang};
use crate::kiosk::pictures::Picture;
use crate::islands::{IdleWords, KioskGuard, SendWords};
use leptos::prelude::*;

/// "There is a problem" at the top of a form. It takes focus so a screen reader reads it first.
#[component]
pub fn ErrorSummary(error: AppError, #[prop(into)] field: String) -> impl IntoView {
    view! {
        <div class="app-error-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="app-error-summary__title">{say("error-summary-title")}</h2>
            <ul class="app-error-summary__list">
                <li><a href=format!("#{field}")>{say(&error.message_id())}</a></li>
            </ul>
        </div>
    }
}

/// "Exit this page": a button on every kiosk screen (and Shift three times). A plain form, so
/// it works without JavaScript and leaves nothing of the page in the browser's state.
#[component]
pub fn ExitControl() -> impl IntoView {
    view! {
        <div class="app-exit">
            <form method="post" action="/fn/exit" id="exit-form">
                <button type="submit" class="app-exit__button">{say("exit-this-page")}</button>
            </form>
            <p class="app-exit__hint">{say("exit-hint")}</p>
        </div>
    }
}

/// The idle warning's words for the guard island: every plural form of the countdown that
/// the page's language uses for 0 to `reset_secs` seconds, formatted here by Fluent, so the
/// browser needs neither Fluent nor the language's plural rules.
pub fn idle_words(reset_secs: u32) -> IdleWords {
    let mut words = IdleWords { title: t("idle-title"), still_here: t("idle-still-here"), ..Default::default() };
    for n in 0..=reset_secs.min(600) {
        let sentence = crate::i18n::t_args("idle-text", &[("seconds", crate::i18n::Value::from(n))]);
        // Fluent sets each number apart with isolation marks; where it stands, `{}` goes.
        // (A form that does not say the number, "in one second", has no mark to replace.)
        let form = sentence.replace(&format!("\u{2068}{n}\u{2069}"), "\u{2068}{}\u{2069}");
        let which = match words.countdown.iter().position(|f| *f == form) {
            Some(i) => i,
            None => {
                words.countdown.push(form);
                words.countdown.len() - 1
            }
        };
        words.by_second.push(u8::try_from(which).unwrap_or(u8::MAX));
    }
    words
}

/// What a kiosk form may need to say while it sends (see `islands::SendingForm`); `sending`
/// is the message id said at once, if any.
pub fn send_words(sending: Option<&str>) -> SendWords {
    let errors = [AppError::SessionEnded, AppError::MeetingStarted, AppError::TooManySends, AppError::Busy, AppError::Invalid, AppError::Internal]
        .iter()
        .map(|e| (e.code().to_string(), t(&e.message_id())))
        .collect();
    SendWords { sending: sending.map(t).unwrap_or_default(), retrying: t("sending-retry"), network: t("error-network"), errors }
}

/// The way back to the language screen, from every kiosk screen but the language screens
/// themselves: the language's own name with a picture, so a family that reads neither
/// English nor the language on screen can still find it. It comes back to this screen.
fn language_link() -> Option<AnyView> {
    let parts = use_context::<http::request::Parts>()?;
    let path = parts.uri.path();
    if path == "/" || path == "/language" {
        return None;
    }
    let here = parts.uri.path_and_query().map_or(path, |p| p.as_str());
    let next: String = here
        .chars()
        .map(|c| match c {
            '%' => "%25".to_string(),
            '&' => "%26".to_string(),
            '#' => "%23".to_string(),
            '+' => "%2B".to_string(),
            c => c.to_string(),
        })
        .collect();
    let lang = use_lang();
    Some(
        view! {
            <a class="app-header__language" href=format!("/language?next={next}")>
                <span class="app-header__language-pic" inner_html=Picture::Language.svg()></span>
                <span lang=lang.tag() dir=lang.dir()>{lang.native_name()}</span>
                <span class="app-visually-hidden">" – "{t("change-language")}</span>
            </a>
        }
        .into_any(),
    )
}

/// The frame of every kiosk screen: exit control, guard, main content. A guarded screen
/// must be under one of `crate::ISLAND_PATHS`, or its guard gets no script to run it.
#[component]
pub fn KioskLayout(children: Children, #[prop(optional)] guard: bool) -> impl IntoView {
    view! {
        <div class="app-page">
            <header class="app-header">
                <span class="app-header__name">"Tiptoes"</span>
                {language_link()}
                <ExitControl/>
            </header>
            {guard.then(|| {
                let s = crate::api::ssr::settings();
                view! { <KioskGuard warn_secs=s.idle_warn_secs reset_secs=s.idle_reset_secs words=idle_words(s.idle_reset_secs)/> }
            })}
            <main class="app-main" id="main-content">{children()}</main>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::idle_words;
    use crate::i18n::Lang;
    use leptos::prelude::{Owner, provide_context};

    fn words_in(lang: Lang, reset_secs: u32) -> crate::islands::IdleWords {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(lang);
            idle_words(reset_secs)
        })
    }

    #[test]
    fn the_countdown_carries_each_plural_form_once_and_picks_it_by_number() {
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let en = words_in(Lang::EnGb, 60);
        assert_eq!(en.countdown.len(), 2, "English: one and other");
        assert_eq!(en.by_second.len(), 61);
        assert_eq!(plain(en.countdown_text(1)), "To keep your answers private, this screen will clear in 1 second.");
        assert_eq!(plain(en.countdown_text(42)), "To keep your answers private, this screen will clear in 42 seconds.");
        // Arabic says "one second" in words, with no number to fill in.
        let ar = words_in(Lang::Ar, 60);
        assert!(!ar.countdown_text(1).contains('1'));
        assert!(ar.countdown_text(7).contains('7'));
    }
}
