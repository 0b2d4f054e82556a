//! The first screens: hello (or, after the meeting, the way into feedback) and what happens.

use super::frame::{Ctx, frame, next_link};
use crate::i18n::{meeting_time, t, t_args, use_lang};
use crate::model::*;
use leptos::prelude::*;

pub(super) fn welcome(ctx: &Ctx) -> AnyView {
    let lang = use_lang();
    let s = &ctx.state;
    let hello = match &s.first_name {
        Some(n) if !n.is_empty() => t_args("welcome-hello-name", &[("name", n.clone().into())]),
        _ => t("welcome-hello"),
    };
    let when_id = if s.meeting_started { "welcome-when-past" } else { "welcome-when" };
    let when = t_args(when_id, &[("when", meeting_time(lang, &s.starts_at).into())]);
    let kind = t(&format!("meeting-kind-{}", s.meeting_kind.as_str().replace('_', "-")));
    let intro = if s.role.is_child() { t("welcome-child-intro") } else { t("welcome-parent-intro") };
    // The read receipt: the chair has opened what they sent. It says when, and nothing else.
    let receipt = s.read_at.as_ref().map(|read| {
        let text = t_args("welcome-read-receipt", &[("when", meeting_time(lang, read).into())]);
        view! { <p class="app-panel app-receipt" role="status">{text}</p> }
    });
    let finish = || view! { <form method="post" action="/fn/exit"><button class="app-button app-button--secondary" type="submit">{t("finish")}</button></form> };
    let body = if s.feedback_open && s.feedback_sent {
        view! { <p class="app-inset" role="status">{t("welcome-feedback-sent")}</p> {finish()} }.into_any()
    } else if s.feedback_open {
        // After the meeting the same code asks how it went.
        let questions = feedback_flow(s.role).len() - 2;
        view! {
            <h2 class="app-heading-m">{t("welcome-feedback-heading")}</h2>
            <p class="app-body">{t_args("welcome-feedback-intro", &[("questions", questions.into())])}</p>
            <a class="app-button" href=Step::Rating.path() id="answer">{t("start-feedback")}</a>
            {finish()}
        }
        .into_any()
    } else if s.meeting_started {
        view! { <p class="app-inset">{t("welcome-started")}</p> {finish()} }.into_any()
    } else if s.read_at.is_some() {
        finish().into_any()
    } else {
        view! { <p class="app-body">{intro}</p> {next_link(ctx)} }.into_any()
    };
    frame(
        ctx,
        hello.clone(),
        view! {
            <h1 class="app-heading-xl">{hello}</h1>
            <p class="app-body-l">{kind}</p>
            <p class="app-body-l">{when}</p>
            {receipt}
            {body}
        }
        .into_any(),
    )
}

pub(super) fn about(ctx: &Ctx) -> AnyView {
    let (title, lines) = if ctx.state.role.is_child() {
        (t("about-title"), ["about-child-1", "about-child-2", "about-child-3", "about-child-4"])
    } else {
        (t("about-title-parent"), ["about-parent-1", "about-parent-2", "about-parent-3", "about-parent-4"])
    };
    frame(
        ctx,
        title.clone(),
        view! {
            <h1 class="app-heading-l">{title}</h1>
            <ul class="app-list app-list--spaced">
                {lines.into_iter().map(|id| view! { <li>{t(id)}</li> }).collect_view()}
            </ul>
            {next_link(ctx)}
        }
        .into_any(),
    )
}

