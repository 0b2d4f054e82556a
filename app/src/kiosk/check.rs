//! "Check your answers" before sending views.

use super::frame::{Ctx, frame, send_form, summary};
use crate::i18n::{Msg, say, t};
use crate::model::*;
use leptos::prelude::*;

/// One row of "check your answers".
struct Row {
    step: Step,
    question: Msg,
    answer: Option<String>,
    visibility: Option<Visibility>,
}

fn rows(s: &KioskState) -> Vec<Row> {
    let text = |step: Step, q: &str, v: Option<ChildText>| Row {
        step,
        question: Msg::new(q),
        answer: v.as_ref().map(|c| c.text.clone()).filter(|x| !x.trim().is_empty()),
        visibility: v.map(|c| c.visibility),
    };
    let plain = |step: Step, q: &str, v: Option<String>| Row {
        step,
        question: Msg::new(q),
        answer: v.filter(|x| !x.trim().is_empty()),
        visibility: None,
    };
    match &s.answers {
        Answers::Child(c) => vec![
            Row {
                step: Step::TakingPart,
                question: Msg::new("taking-part-title"),
                answer: c.taking_part.as_ref().filter(|v| !v.is_empty()).map(|v| {
                    v.iter().map(|o| t(&format!("taking-part-{}", o.as_str().replace('_', "-")))).collect::<Vec<_>>().join(", ")
                }),
                visibility: None,
            },
            text(Step::GoodThings, "good-things-title", c.good_things.clone()),
            text(Step::Worries, "worries-title", c.worries.clone()),
            text(Step::Wishes, "wishes-title", c.wishes.clone()),
            Row {
                step: Step::Safety,
                question: Msg::new("safety-title"),
                answer: c.safety_scale.map(|n| format!("{n} / 10")),
                visibility: c.safety_scale.map(|_| c.safety_visibility()),
            },
            text(Step::Supporter, "who-with-me-title", c.supporter.clone()),
            Row {
                step: Step::AnythingElse,
                question: Msg::new("anything-else-title"),
                answer: {
                    let mut parts = vec![];
                    if let Some(a) = c.anything_else.as_ref().filter(|a| !a.text.trim().is_empty()) {
                        parts.push(a.text.clone());
                    }
                    if c.talk_soon == Some(true) {
                        parts.push(t("talk-soon"));
                    }
                    (!parts.is_empty()).then(|| parts.join(" · "))
                },
                visibility: c.anything_else.as_ref().map(|a| a.visibility),
            },
            Row {
                step: Step::HelpedBy,
                question: Msg::new("helped-by-title"),
                answer: c.helped_by.map(|h| t(&format!("helped-by-{}", h.as_str().replace('_', "-")))),
                visibility: None,
            },
        ],
        Answers::Parent(p) => vec![
            plain(Step::GoingWell, "parent-going-well-title", p.going_well.clone()),
            plain(Step::Worries, "parent-worries-title", p.worries.clone()),
            plain(Step::WouldHelp, "parent-would-help-title", p.would_help.clone()),
            Row {
                step: Step::Coming,
                question: Msg::new("coming-title"),
                answer: p.coming.map(|c| t(&format!("coming-{}", c.as_str().replace('_', "-")))),
                visibility: None,
            },
            plain(Step::Interpreter, "parent-interpreter-title", p.interpreter_language.clone()),
            plain(Step::Access, "parent-access-title", p.access_needs.clone()),
        ],
    }
}


pub(super) fn check(ctx: &Ctx) -> AnyView {
    let title = Msg::new("check-title");
    let list = summary(rows(&ctx.state).into_iter().map(|r| (r.step, r.question, r.answer, r.visibility)).collect());
    let submission_id = ctx.state.submission_id.clone();
    // Listen reads what this screen asks, never the answers typed on the screens before.
    let listen = vec![title.clone(), Msg::new("check-send-heading"), Msg::new("check-send-text")];
    frame(
        ctx,
        &title,
        listen,
        view! {
            <h1 class="app-heading-l">{title.show()}</h1>
            {list}
            <h2 class="app-heading-m">{say("check-send-heading")}</h2>
            <p class="app-body">{say("check-send-text")}</p>
            {send_form(submission_id, false)}
        }
        .into_any(),
    )
}
