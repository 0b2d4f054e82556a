//! Thank you: what happens next and who to talk to. Nothing of the answers is shown, so the
//! screen is safe to leave for the next person; "Finish" clears the kiosk.

use crate::kiosk::layout::KioskLayout;
use crate::i18n::{Msg, say, t};
use crate::kiosk::frame::listen_control;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ThanksPage() -> impl IntoView {
    // After feedback the words change; the help below stays the same.
    let feedback = use_query_map().with_untracked(|q| q.get("after").as_deref() == Some("feedback"));
    let (sent, next) = if feedback { ("thanks-feedback-sent", "thanks-feedback-next") } else { ("thanks-sent", "thanks-next") };
    let listen = ["thanks-title", sent, "thanks-next-heading", next, "thanks-talk-heading", "thanks-childline", "thanks-danger", "thanks-trusted-adult"];
    view! {
        <Title text=t("thanks-title")/>
        <KioskLayout guard=true>
            <div class="app-screen-top">{listen_control(listen.map(Msg::new).to_vec())}</div>
            <div class="app-panel" role="status">
                <h1 class="app-panel__title">{say("thanks-title")}</h1>
                <p class="app-panel__body">{say(sent)}</p>
            </div>
            <h2 class="app-heading-m">{say("thanks-next-heading")}</h2>
            <p class="app-body">{say(next)}</p>
            <h2 class="app-heading-m">{say("thanks-talk-heading")}</h2>
            <ul class="app-list app-list--spaced">
                <li>{say("thanks-childline")}" "<strong class="app-phone" dir="ltr">"0800 1111"</strong></li>
                <li>{say("thanks-danger")}" "<strong class="app-phone" dir="ltr">"999"</strong></li>
                <li>{say("thanks-trusted-adult")}</li>
            </ul>
            <form method="post" action="/fn/exit">
                <button type="submit" class="app-button">{say("finish")}</button>
            </form>
        </KioskLayout>
    }
}
