//! The frame every kiosk question screen shares: back link, progress, title and errors; the
//! question form and the send button (the islands that keep a dropped connection from
//! losing a word); the "who may see this" choice; the "check your answers" list.

use crate::api::AppError;
use crate::kiosk::layout::{ErrorSummary, send_words};
use crate::i18n::{Msg, say, t, use_lang};
use crate::islands::SendingForm;
use crate::kiosk::pictures::Picture;
use crate::model::*;
use leptos::prelude::*;
use leptos_meta::Title;

pub(super) struct Ctx {
    pub state: KioskState,
    pub step: Step,
    pub error: Option<AppError>,
    pub to_check: bool,
}

impl Ctx {
    pub(super) fn child(&self) -> ChildAnswers {
        match &self.state.answers {
            Answers::Child(c) => c.clone(),
            Answers::Parent(_) => ChildAnswers::default(),
        }
    }
    pub(super) fn parent(&self) -> ParentAnswers {
        match &self.state.answers {
            Answers::Parent(p) => p.clone(),
            Answers::Child(_) => ParentAnswers::default(),
        }
    }
    pub(super) fn key(&self) -> &'static str {
        self.step.slug()
    }
}

/// Back link, Listen, progress, title and errors around a screen. `listen` is what the
/// Listen control reads: the screen's question and its choices, never typed words.
pub(super) fn frame(ctx: &Ctx, title: &Msg, listen: Vec<Msg>, body: AnyView) -> AnyView {
    let role = ctx.state.role;
    let back = if ctx.to_check { Some(ctx.step.check()) } else { ctx.step.prev(role) };
    let (n, of) = ctx.step.progress(role);
    let progress = Msg::with("progress", &[("n", n.into()), ("total", of.into())]);
    view! {
        <Title text=format!("{} – Tiptoes", title.text())/>
        <div class="app-screen-top">
            {back.map(|b| view! { <a class="app-back-link" href=b.path()>{say("back")}</a> })}
            {listen_control(listen)}
        </div>
        <div class="app-progress">
            <span class="app-progress__text">{progress.show()}</span>
            // A native <progress> fills in the reading direction, so Arabic runs right to left.
            <progress class="app-progress__bar" max=of.to_string() value=n.to_string() aria-hidden="true"></progress>
        </div>
        {ctx.error.clone().map(|e| view! { <ErrorSummary error=e field="answer"/> })}
        {body}
    }
    .into_any()
}

/// The Listen control for these messages, in the page's language (see `crate::speech`): the
/// button, hidden until the guard island shows it, and the clips it plays, in order.
pub(crate) fn listen_control(msgs: Vec<Msg>) -> AnyView {
    let lang = use_lang();
    let clips = crate::speech::clips(lang, &msgs)
        .into_iter()
        .map(|c| view! { <li data-src=c.src>{c.text}</li> })
        .collect_view();
    view! {
        <div class="app-listen" data-lang=lang.tag() data-listen=t("listen") data-stop=t("listen-stop") data-no-voice=t("listen-no-voice")>
            <button type="button" class="app-listen__button" hidden=true>
                <span class="app-listen__pic" inner_html=Picture::Listen.svg()></span>
                <span class="app-listen__word">{t("listen")}</span>
            </button>
            <p class="app-listen__status" role="status"></p>
            // A template's content is not part of the page: no one reads it twice, nothing
            // finds it by its text; the player reads it from there.
            <template class="app-listen__clips">{clips}</template>
        </div>
    }
    .into_any()
}

/// A choice's words with its picture (for children who read little), the words always there.
pub(super) fn with_picture(picture: Option<Picture>, words: AnyView) -> AnyView {
    match picture {
        Some(p) => view! { <span class="app-choice"><span class="app-choice__pic" inner_html=p.svg()></span><span class="app-choice__words">{words}</span></span> }.into_any(),
        None => words,
    }
}

/// The form every question screen posts: one server function, the same with or without
/// JavaScript (with it, a dropped connection is tried again and the typed words stay).
pub(super) fn question_form(ctx: &Ctx, fields: AnyView) -> AnyView {
    let button = if ctx.to_check { say("save-and-check") } else { say("continue") };
    let (key, to_check) = (ctx.key(), ctx.to_check);
    view! {
        <SendingForm action="/fn/save_step".to_string() class="app-form".to_string() words=send_words(None)>
            <input type="hidden" name="step" value=key/>
            {to_check.then(|| view! { <input type="hidden" name="to_check" value="1"/> })}
            {fields}
            <button type="submit" class="app-button">{button}</button>
        </SendingForm>
    }
    .into_any()
}

pub(super) fn next_link(ctx: &Ctx) -> AnyView {
    let next = ctx.step.next(ctx.state.role).unwrap_or(Step::Check);
    view! { <a class="app-button" href=next.path() id="answer">{say("continue")}</a> }.into_any()
}


/// Who may see an answer: the same three choices on every screen that asks. `legend` names
/// what is being shared when it is not the text just typed (the safety number).
#[component]
pub(super) fn VisibilityRadios(current: Visibility, #[prop(optional)] legend: Option<Msg>) -> impl IntoView {
    view! {
        <fieldset class="app-fieldset">
            <legend class="app-fieldset__legend app-heading-s">{legend.unwrap_or_else(|| Msg::new("visibility-legend")).show()}</legend>
            <div class="app-radios">
                {Visibility::ALL
                    .into_iter()
                    .map(|v| {
                        let id = format!("visibility-{}", v.as_str());
                        view! {
                            <div class="app-radios__item">
                                <input class="app-radios__input" type="radio" id=id.clone() name="visibility" value=v.as_str() checked=v == current prop:checked=v == current/>
                                <label class="app-radios__label" for=id>{say(&visibility_label(v))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

pub(super) fn visibility_label(v: Visibility) -> String {
    format!("visibility-{}", v.as_str().replace('_', "-"))
}


/// A one-answer question as radios, with the option chosen so far checked.
pub(super) fn radios_screen(ctx: &Ctx, title: Msg, hint: Option<Msg>, options: Vec<(&'static str, Msg, Option<Picture>)>, current: Option<&str>) -> AnyView {
    let spoken = options.iter().map(|(_, m, _)| m.clone()).collect();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, picture))| {
            let id = if i == 0 { "answer".to_string() } else { format!("choice-{value}") };
            view! {
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" id=id.clone() name="choice" value=value checked=current == Some(value) prop:checked=current == Some(value)/>
                    <label class="app-radios__label" for=id>{with_picture(picture, label.show())}</label>
                </div>
            }
        })
        .collect_view();
    choices_screen(ctx, title, hint, "app-radios", items.into_any(), spoken, None)
}

/// A question answered by choosing (radios, boxes, faces, the scale): the question is the
/// fieldset's legend and the page's heading, the hint describes the group, then the choices
/// in a `class` container, and anything that follows them inside the same form. Listen
/// reads the question, the hint and `spoken`, the choices' words.
pub(super) fn choices_screen(ctx: &Ctx, title: Msg, hint: Option<Msg>, class: &'static str, choices: AnyView, spoken: Vec<Msg>, after: Option<AnyView>) -> AnyView {
    let described = hint.is_some().then_some("choices-hint");
    let listen = std::iter::once(title.clone()).chain(hint.clone()).chain(spoken).collect();
    frame(
        ctx,
        &title,
        listen,
        question_form(
            ctx,
            view! {
                <fieldset class="app-fieldset" aria-describedby=described>
                    <legend class="app-fieldset__legend"><h1 class="app-heading-l">{title.show()}</h1></legend>
                    {hint.map(|h| view! { <p class="app-hint" id="choices-hint">{h.show()}</p> })}
                    <div class=class>{choices}</div>
                </fieldset>
                {after}
            }
            .into_any(),
        ),
    )
}


/// How a typed answer is asked for: a box for a few words, or a larger one for more.
pub(super) enum AnswerBox {
    Line,
    Lines(u8),
}

/// A question answered by typing: the question is the box's label and the page's heading,
/// the hint describes the box; `before` comes above them (a house), `after` below them
/// inside the same form (who may see it). Listen reads `listen`, then the question and hint.
///
/// The box sets its live `value` property as well as its content: moving between screens
/// without a reload reuses elements, and the markup alone would leave the previous screen's
/// typing in it.
pub(super) fn text_screen(ctx: &Ctx, title: Msg, hint: Msg, answer: AnswerBox, value: String, listen: Vec<Msg>, before: Option<AnyView>, after: Option<AnyView>) -> AnyView {
    let input = match answer {
        AnswerBox::Line => view! {
            <input class="app-input" id="answer" name="text" type="text" maxlength="200" autocomplete="off"
                aria-describedby="answer-hint" value=value.clone() prop:value=value/>
        }
        .into_any(),
        AnswerBox::Lines(rows) => {
            let shown = value.clone();
            view! {
                <textarea class="app-textarea" id="answer" name="text" rows=rows.to_string() maxlength=AnswerText::MAX_CHARS.to_string()
                    autocomplete="off" aria-describedby="answer-hint" prop:value=value>{shown}</textarea>
            }
            .into_any()
        }
    };
    let listen = listen.into_iter().chain([title.clone(), hint.clone()]).collect();
    frame(
        ctx,
        &title,
        listen,
        question_form(
            ctx,
            view! {
                {before}
                <div class="app-form-group">
                    <h1 class="app-heading-l"><label for="answer">{title.show()}</label></h1>
                    <p class="app-hint" id="answer-hint">{hint.show()}</p>
                    {input}
                </div>
                {after}
            }
            .into_any(),
        ),
    )
}

/// "Check your answers": a row per question with its answer and a link back to change it.
pub(super) fn summary(rows: Vec<(Step, Msg, Option<String>, Option<Visibility>)>) -> AnyView {
    let list = rows
        .into_iter()
        .map(|(step, question, answer, visibility)| {
            let change_href = format!("{}?to_check=1", step.path());
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{question.show()}</dt>
                    <dd class="app-summary-list__value">
                        {match answer {
                            Some(a) => view! { <span class="app-answer">{a}</span> }.into_any(),
                            None => view! { <span class="app-hint">{say("not-answered")}</span> }.into_any(),
                        }}
                        {visibility.map(|v| view! { <span class="app-tag">{say(&visibility_label(v))}</span> })}
                    </dd>
                    <dd class="app-summary-list__actions">
                        <a class="app-link" href=change_href>
                            {say("change")}<span class="app-visually-hidden">" "{question.text()}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="app-summary-list">{list}</dl> }.into_any()
}


/// The send button: a plain post without JavaScript; with it, a dropped connection is tried
/// again with the same submission id, so the answers arrive once.
pub(super) fn send_form(submission_id: String, feedback: bool) -> AnyView {
    let action = if feedback { "/fn/send_feedback" } else { "/fn/send_views" };
    view! {
        <SendingForm action=action.to_string() class="app-send".to_string() words=send_words(Some("sending"))>
            <input type="hidden" name="submission_id" value=submission_id/>
            <button type="submit" class="app-button app-button--send" id="answer">{say("send")}</button>
        </SendingForm>
    }
    .into_any()
}

