//! Thank you: what happens next and who to talk to. Nothing of the answers is shown, so the
//! screen is safe to leave for the next person; "Finish" clears the kiosk.

use crate::kiosk::layout::KioskLayout;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ThanksPage() -> impl IntoView {
    // After feedback the words change; the help below stays the same.
    let feedback = use_query_map().with_untracked(|q| q.get("after").as_deref() == Some("feedback"));
    let (sent, next) = if feedback { ("thanks-feedback-sent", "thanks-feedback-next") } else { ("thanks-sent", "thanks-next") };
    view! {
        <Title text=t("thanks-title")/>
        <KioskLayout guard=true>
            <div class="app-panel" role="status">
                <h1 class="app-panel__title">{t("thanks-title")}</h1>
                <p class="app-panel__body">{t(sent)}</p>
            </div>
            <h2 class="app-heading-m">{t("thanks-next-heading")}</h2>
            <p class="app-body">{t(next)}</p>
            <h2 class="app-heading-m">{t("thanks-talk-heading")}</h2>
            <ul class="app-list app-list--spaced">
                <li>{t("thanks-childline")}" "<strong class="app-phone" dir="ltr">"0800 1111"</strong></li>
                <li>{t("thanks-danger")}" "<strong class="app-phone" dir="ltr">"999"</strong></li>
                <li>{t("thanks-trusted-adult")}</li>
            </ul>
            <form method="post" action="/fn/exit">
                <button type="submit" class="app-button">{t("finish")}</button>
            </form>
        </KioskLayout>
    }
}
