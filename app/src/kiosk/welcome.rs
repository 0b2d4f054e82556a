//! The first screens: hello (or, after the meeting, the way into feedback) and what happens.

use super::frame::{Ctx, frame, next_link};
use crate::i18n::{Lang, Msg, both, meeting_time, say, tr_args, use_lang};
use crate::model::*;
use leptos::prelude::*;

pub(super) fn welcome(ctx: &Ctx) -> AnyView {
    let lang = use_lang();
    let s = &ctx.state;
    let hello = match &s.first_name {
        Some(n) if !n.is_empty() => Msg::with("welcome-hello-name", &[("name", n.clone().into())]),
        _ => Msg::new("welcome-hello"),
    };
    let when_id = if s.meeting_started { "welcome-when-past" } else { "welcome-when" };
    // A date is words of the language itself: each language says its own.
    let when_in = |l: Lang| tr_args(l, when_id, &[("when", meeting_time(l, &s.starts_at).into())]);
    let when = both(when_in(lang), || when_in(Lang::EnGb));
    let kind = Msg::new(format!("meeting-kind-{}", s.meeting_kind.as_str().replace('_', "-")));
    let intro = Msg::new(if s.role.is_child() { "welcome-child-intro" } else { "welcome-parent-intro" });
    // The read receipt: the chair has opened what they sent. It says when, and nothing else.
    let receipt = s.read_at.as_ref().map(|read| {
        let text_in = |l: Lang| tr_args(l, "welcome-read-receipt", &[("when", meeting_time(l, read).into())]);
        view! { <p class="app-panel app-receipt" role="status">{both(text_in(lang), || text_in(Lang::EnGb))}</p> }
    });
    let finish = || view! { <form method="post" action="/fn/exit"><button class="app-button app-button--secondary" type="submit">{say("finish")}</button></form> };
    let mut listen = vec![hello.clone(), kind.clone(), Msg::with(when_id, &[("when", meeting_time(lang, &s.starts_at).into())])];
    let body = if s.feedback_open && s.feedback_sent {
        listen.push(Msg::new("welcome-feedback-sent"));
        view! { <p class="app-inset" role="status">{say("welcome-feedback-sent")}</p> {finish()} }.into_any()
    } else if s.feedback_open {
        // After the meeting the same code asks how it went.
        let questions = feedback_flow(s.role).len() - 2;
        let intro = Msg::with("welcome-feedback-intro", &[("questions", questions.into())]);
        listen.extend([Msg::new("welcome-feedback-heading"), intro.clone()]);
        view! {
            <h2 class="app-heading-m">{say("welcome-feedback-heading")}</h2>
            <p class="app-body">{intro.show()}</p>
            <a class="app-button" href=Step::Rating.path() id="answer">{say("start-feedback")}</a>
            {finish()}
        }
        .into_any()
    } else if s.meeting_started {
        listen.push(Msg::new("welcome-started"));
        view! { <p class="app-inset">{say("welcome-started")}</p> {finish()} }.into_any()
    } else if s.read_at.is_some() {
        finish().into_any()
    } else {
        listen.push(intro.clone());
        view! { <p class="app-body">{intro.show()}</p> {next_link(ctx)} }.into_any()
    };
    frame(
        ctx,
        &hello,
        listen,
        view! {
            <h1 class="app-heading-xl">{hello.show()}</h1>
            <p class="app-body-l">{kind.show()}</p>
            <p class="app-body-l">{when}</p>
            {receipt}
            {body}
        }
        .into_any(),
    )
}

pub(super) fn about(ctx: &Ctx) -> AnyView {
    let (title, lines) = if ctx.state.role.is_child() {
        (Msg::new("about-title"), ["about-child-1", "about-child-2", "about-child-3", "about-child-4"])
    } else {
        (Msg::new("about-title-parent"), ["about-parent-1", "about-parent-2", "about-parent-3", "about-parent-4"])
    };
    let listen = std::iter::once(title.clone()).chain(lines.map(Msg::new)).collect();
    frame(
        ctx,
        &title,
        listen,
        view! {
            <h1 class="app-heading-l">{title.show()}</h1>
            <ul class="app-list app-list--spaced">
                {lines.into_iter().map(|id| view! { <li>{say(id)}</li> }).collect_view()}
            </ul>
            {next_link(ctx)}
        }
        .into_any(),
    )
}
