//! The feedback screens after the meeting: five faces, the yes / a bit / no questions (more
//! for parents and carers), one idea, then "check your answers" and send. The same frame,
//! forms and send button as the views before the meeting.

use super::frame::{AnswerBox, Ctx, choices_screen, frame, radios_screen, send_form, summary, text_screen};
use crate::i18n::{Msg, say, t};
use crate::model::*;
use leptos::prelude::*;

pub(super) fn screen(ctx: &Ctx) -> AnyView {
    let f = &ctx.state.feedback;
    let reply = |id: &str, current: Option<Reply>| {
        let options = Reply::ALL.into_iter().map(|r| (r.as_str(), Msg::new(reply_label(r)), None)).collect();
        radios_screen(ctx, Msg::new(format!("feedback-{id}-title")), None, options, current.map(Reply::as_str))
    };
    match ctx.step {
        Step::Rating => rating(ctx),
        Step::Listened => reply("listened", f.listened),
        Step::Understood => reply("understood", f.understood),
        Step::SaidWanted => reply("said-what-wanted", f.said_what_wanted),
        Step::ReportInTime => reply("report-in-time", f.report_in_time),
        Step::Decisions => reply("understood-decisions", f.understood_decisions),
        Step::MetChair => {
            let options = YesNo::ALL.into_iter().map(|r| (r.as_str(), Msg::new(format!("reply-{}", r.as_str())), None)).collect();
            radios_screen(ctx, Msg::new("feedback-met-chair-before-title"), None, options, f.met_chair_before.map(YesNo::as_str))
        }
        Step::InterpreterThere => {
            let options = InterpreterReply::ALL.into_iter().map(|r| (r.as_str(), Msg::new(interpreter_label(r)), None)).collect();
            radios_screen(ctx, Msg::new("feedback-interpreter-title"), None, options, f.interpreter.map(InterpreterReply::as_str))
        }
        Step::Idea => idea(ctx),
        _ => check(ctx),
    }
}

pub fn reply_label(r: Reply) -> String {
    format!("reply-{}", r.as_str().replace('_', "-"))
}

pub fn interpreter_label(r: InterpreterReply) -> String {
    format!("interpreter-reply-{}", r.as_str().replace('_', "-"))
}

/// The Fluent id of a face's word ("really bad" … "really good").
pub fn face_word(n: u8) -> String {
    format!("face-{n}")
}

/// A face drawn in SVG: the mouth turns from a deep frown (1) to a wide smile (5). Always
/// beside its word, never alone; hidden from screen readers, which read the word.
pub fn face(n: u8) -> impl IntoView {
    let curve = (i32::from(n) - 3) * 9;
    let mouth = format!("M30 66 Q50 {} 70 66", 66 + curve);
    view! {
        <svg class=format!("app-face app-face--{n}") viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <circle cx="50" cy="50" r="46"></circle>
            <circle class="app-face__eye" cx="35" cy="40" r="6"></circle>
            <circle class="app-face__eye" cx="65" cy="40" r="6"></circle>
            <path class="app-face__mouth" d=mouth></path>
        </svg>
    }
}

/// Five faces in a row that runs in the reading direction (right to left in Arabic), each a
/// big radio button with its word under it.
fn rating(ctx: &Ctx) -> AnyView {
    let current = ctx.state.feedback.overall.map(FaceScale::get);
    let items = FaceScale::all()
        .map(FaceScale::get)
        .map(|n| {
            let id = if n == 1 { "answer".to_string() } else { format!("face-{n}") };
            view! {
                <div class="app-faces__item">
                    <input class="app-faces__input" type="radio" id=id.clone() name="choice" value=n.to_string()
                        checked=current == Some(n) prop:checked=current == Some(n)/>
                    <label class="app-faces__label" for=id>{face(n)}<span class="app-faces__word">{say(&face_word(n))}</span></label>
                </div>
            }
        })
        .collect_view();
    let spoken = FaceScale::all().map(|n| Msg::new(face_word(n.get()))).collect();
    choices_screen(ctx, Msg::new("feedback-overall-title"), Some(Msg::new("feedback-overall-hint")), "app-faces", items.into_any(), spoken, None)
}

fn idea(ctx: &Ctx) -> AnyView {
    let (title, hint) = (Msg::new("feedback-idea-title"), Msg::new("feedback-idea-hint"));
    let value = ctx.state.feedback.idea.clone().unwrap_or_default();
    text_screen(ctx, title, hint, AnswerBox::Lines(5), value, Vec::new(), None, None)
}

fn check(ctx: &Ctx) -> AnyView {
    let f = &ctx.state.feedback;
    let reply = |step: Step, id: &str, r: Option<Reply>| (step, Msg::new(format!("feedback-{id}-title")), r.map(|r| t(&reply_label(r))));
    let mut rows = vec![
        (Step::Rating, Msg::new("feedback-overall-title"), f.overall.map(|n| t(&face_word(n.get())))),
        reply(Step::Listened, "listened", f.listened),
        reply(Step::Understood, "understood", f.understood),
        reply(Step::SaidWanted, "said-what-wanted", f.said_what_wanted),
    ];
    if !ctx.state.role.is_child() {
        rows.push(reply(Step::ReportInTime, "report-in-time", f.report_in_time));
        rows.push((Step::MetChair, Msg::new("feedback-met-chair-before-title"), f.met_chair_before.map(|r| t(&format!("reply-{}", r.as_str())))));
        rows.push((Step::InterpreterThere, Msg::new("feedback-interpreter-title"), f.interpreter.map(|r| t(&interpreter_label(r)))));
        rows.push(reply(Step::Decisions, "understood-decisions", f.understood_decisions));
    }
    rows.push((Step::Idea, Msg::new("feedback-idea-title"), f.idea.clone()));
    let title = Msg::new("check-title");
    let submission_id = ctx.state.submission_id.clone();
    frame(
        ctx,
        &title,
        vec![title.clone(), Msg::new("feedback-send-text")],
        view! {
            <h1 class="app-heading-l">{title.show()}</h1>
            {summary(rows.into_iter().map(|(step, q, a)| (step, q, a, None)).collect())}
            <p class="app-body">{say("feedback-send-text")}</p>
            {send_form(submission_id, true)}
        }
        .into_any(),
    )
}
