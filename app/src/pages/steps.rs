//! The question screens, one question each, and "check your answers".

use crate::api::{AppError, load_kiosk};
use crate::components::{ErrorSummary, KioskLayout, send_words};
use crate::islands::SendingForm;
use crate::i18n::{meeting_time, t, t_args, use_lang};
use crate::model::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn StepPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.with(|p| p.get("step").unwrap_or_default());
    let state = Resource::new(slug, |_| load_kiosk());
    view! {
        <KioskLayout guard=true>
            <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
                {move || Suspend::new(async move {
                    let slug = slug();
                    let (error, to_check) = query.with(|q| {
                        (q.get("error").and_then(|c| AppError::from_code(&c)), q.get("to_check").is_some())
                    });
                    match state.await {
                        Ok(Some(s)) => screen(s, &slug, error, to_check).into_any(),
                        Ok(None) => view! { <Redirect path="/?ended=1"/> }.into_any(),
                        Err(_) => view! { <ErrorSummary error=AppError::Internal field="main-content"/> }.into_any(),
                    }
                })}
            </Suspense>
        </KioskLayout>
    }
}

fn screen(s: KioskState, slug: &str, error: Option<AppError>, to_check: bool) -> AnyView {
    let Some(step) = Step::from_slug(s.role, slug) else {
        return view! { <Redirect path="/k/welcome"/> }.into_any();
    };
    if step.is_feedback() {
        if !s.feedback_open {
            return view! { <Redirect path="/k/welcome"/> }.into_any();
        }
        if s.feedback_sent {
            return view! { <Redirect path=crate::api::THANKS_FEEDBACK/> }.into_any();
        }
        return super::feedback::screen(&Ctx { state: s, step, error, to_check });
    }
    if s.sent {
        return view! { <Redirect path="/thanks"/> }.into_any();
    }
    if s.meeting_started && step != Step::Welcome {
        return view! { <Redirect path="/k/welcome"/> }.into_any();
    }
    let ctx = Ctx { state: s, step, error, to_check };
    match step {
        Step::Welcome => welcome(&ctx),
        Step::About => about(&ctx),
        Step::TakingPart => taking_part(&ctx),
        Step::GoodThings | Step::Worries | Step::Wishes | Step::Supporter | Step::AnythingElse
            if ctx.state.role.is_child() =>
        {
            child_text(&ctx)
        }
        Step::Safety => safety(&ctx),
        Step::HelpedBy => helped_by(&ctx),
        Step::Coming => coming(&ctx),
        Step::Check => check(&ctx),
        _ => parent_text(&ctx),
    }
}

pub(super) struct Ctx {
    pub state: KioskState,
    pub step: Step,
    pub error: Option<AppError>,
    pub to_check: bool,
}

impl Ctx {
    fn child(&self) -> ChildAnswers {
        match &self.state.answers {
            Answers::Child(c) => c.clone(),
            Answers::Parent(_) => ChildAnswers::default(),
        }
    }
    fn parent(&self) -> ParentAnswers {
        match &self.state.answers {
            Answers::Parent(p) => p.clone(),
            Answers::Child(_) => ParentAnswers::default(),
        }
    }
    fn key(&self) -> &'static str {
        self.step.slug()
    }
}

/// Back link, progress, title and errors around a screen.
pub(super) fn frame(ctx: &Ctx, title: String, body: AnyView) -> AnyView {
    let role = ctx.state.role;
    let back = if ctx.to_check { Some(ctx.step.check()) } else { ctx.step.prev(role) };
    let (n, of) = ctx.step.progress(role);
    let progress = t_args("progress", &[("n", n.into()), ("total", of.into())]);
    view! {
        <Title text=format!("{title} – Tiptoes")/>
        {back.map(|b| view! { <a class="app-back-link" href=b.path()>{t("back")}</a> })}
        <div class="app-progress">
            <span class="app-progress__text">{progress}</span>
            // A native <progress> fills in the reading direction, so Arabic runs right to left.
            <progress class="app-progress__bar" max=of.to_string() value=n.to_string() aria-hidden="true"></progress>
        </div>
        {ctx.error.clone().map(|e| view! { <ErrorSummary error=e field="answer"/> })}
        {body}
    }
    .into_any()
}

/// The form every question screen posts: one server function, the same with or without
/// JavaScript (with it, a dropped connection is tried again and the typed words stay).
pub(super) fn question_form(ctx: &Ctx, fields: AnyView) -> AnyView {
    let button = if ctx.to_check { t("save-and-check") } else { t("continue") };
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

fn next_link(ctx: &Ctx) -> AnyView {
    let next = ctx.step.next(ctx.state.role).unwrap_or(Step::Check);
    view! { <a class="app-button" href=next.path() id="answer">{t("continue")}</a> }.into_any()
}

fn welcome(ctx: &Ctx) -> AnyView {
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

fn about(ctx: &Ctx) -> AnyView {
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

fn taking_part(ctx: &Ctx) -> AnyView {
    let chosen = ctx.child().taking_part.unwrap_or_default();
    let title = t("taking-part-title");
    let boxes = TakingPart::ALL
        .into_iter()
        .enumerate()
        .map(|(i, opt)| {
            let id = if i == 0 { "answer".to_string() } else { format!("taking-part-{}", opt.as_str()) };
            let label = t(&format!("taking-part-{}", opt.as_str().replace('_', "-")));
            view! {
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id=id.clone() name=opt.as_str() value="on" checked=chosen.contains(&opt) prop:checked=chosen.contains(&opt)/>
                    <label class="app-checkboxes__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    frame(
        ctx,
        title.clone(),
        question_form(
            ctx,
            view! {
                <fieldset class="app-fieldset" aria-describedby="taking-part-hint">
                    <legend class="app-fieldset__legend"><h1 class="app-heading-l">{title}</h1></legend>
                    <p class="app-hint" id="taking-part-hint">{t("choose-all")}</p>
                    <div class="app-checkboxes">{boxes}</div>
                </fieldset>
            }
            .into_any(),
        ),
    )
}

// Every form control sets its live `value`/`checked` property as well as the attribute: moving
// between screens without a reload reuses elements, and an attribute alone would leave the
// previous screen's typing in the box.
fn child_text(ctx: &Ctx) -> AnyView {
    let c = ctx.child();
    let current = match ctx.step {
        Step::GoodThings => c.good_things,
        Step::Worries => c.worries,
        Step::Wishes => c.wishes,
        Step::Supporter => c.supporter,
        _ => c.anything_else,
    };
    let key = ctx.key();
    let title = t(&format!("{key}-title"));
    let hint = t(&format!("{key}-hint"));
    let house = matches!(ctx.step, Step::GoodThings | Step::Worries | Step::Wishes)
        .then(|| view! { <p class=format!("app-house app-house--{key}")><span class="app-house__roof" aria-hidden="true"></span>{t(&format!("{key}-house"))}</p> });
    let vis = current.as_ref().map(|c| c.visibility).unwrap_or(ctx.state.meeting_kind.default_visibility());
    let text = current.map(|c| c.text).unwrap_or_default();
    let shown = text.clone();
    let talk_soon = (ctx.step == Step::AnythingElse).then(|| {
        let checked = c.talk_soon.unwrap_or(false);
        view! {
            <div class="app-checkboxes app-checkboxes--single">
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id="talk-soon" name="talk_soon" value="on" checked=checked prop:checked=checked/>
                    <label class="app-checkboxes__label" for="talk-soon">{t("talk-soon")}</label>
                </div>
            </div>
        }
    });
    frame(
        ctx,
        title.clone(),
        question_form(
            ctx,
            view! {
                {house}
                <div class="app-form-group">
                    <h1 class="app-heading-l"><label for="answer">{title}</label></h1>
                    <p class="app-hint" id="answer-hint">{hint}</p>
                    <textarea class="app-textarea" id="answer" name="text" rows="6" maxlength=MAX_TEXT_CHARS.to_string()
                        autocomplete="off" aria-describedby="answer-hint" prop:value=text>{shown}</textarea>
                </div>
                {talk_soon}
                <VisibilityRadios current=vis/>
            }
            .into_any(),
        ),
    )
}

/// Who may see an answer: the same three choices on every screen that asks. `legend` names
/// what is being shared when it is not the text just typed (the safety number).
#[component]
fn VisibilityRadios(current: Visibility, #[prop(optional)] legend: Option<String>) -> impl IntoView {
    view! {
        <fieldset class="app-fieldset">
            <legend class="app-fieldset__legend app-heading-s">{legend.unwrap_or_else(|| t("visibility-legend"))}</legend>
            <div class="app-radios">
                {Visibility::ALL
                    .into_iter()
                    .map(|v| {
                        let id = format!("visibility-{}", v.as_str());
                        view! {
                            <div class="app-radios__item">
                                <input class="app-radios__input" type="radio" id=id.clone() name="visibility" value=v.as_str() checked=v == current prop:checked=v == current/>
                                <label class="app-radios__label" for=id>{t(&visibility_label(v))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

fn visibility_label(v: Visibility) -> String {
    format!("visibility-{}", v.as_str().replace('_', "-"))
}

fn safety(ctx: &Ctx) -> AnyView {
    let current = ctx.child().safety_scale;
    // Not chosen is "only the chair", whatever the meeting: how safe a child feels can be
    // about someone in the room.
    let vis = ctx.child().safety_visibility();
    let title = t("safety-title");
    let options = (0u8..=10)
        .map(|n| {
            let id = if n == 0 { "answer".to_string() } else { format!("safety-{n}") };
            let word = match n {
                0 => Some(t("safety-0")),
                5 => Some(t("safety-5")),
                10 => Some(t("safety-10")),
                _ => None,
            };
            view! {
                <div class="app-scale__item">
                    <input class="app-scale__input" type="radio" id=id.clone() name="choice" value=n.to_string() checked=current == Some(n) prop:checked=current == Some(n)/>
                    <label class="app-scale__label" for=id>
                        <span class="app-scale__number">{n}</span>
                        {word.map(|w| view! { <span class="app-scale__word">{w}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    frame(
        ctx,
        title.clone(),
        question_form(
            ctx,
            view! {
                <fieldset class="app-fieldset" aria-describedby="safety-hint">
                    <legend class="app-fieldset__legend"><h1 class="app-heading-l">{title}</h1></legend>
                    <p class="app-hint" id="safety-hint">{t("safety-hint")}</p>
                    <div class="app-scale">{options}</div>
                </fieldset>
                <VisibilityRadios current=vis legend=t("safety-visibility-legend")/>
            }
            .into_any(),
        ),
    )
}

/// A one-answer question as radios, with the option chosen so far checked.
pub(super) fn radios_screen(ctx: &Ctx, title: String, hint: Option<String>, options: Vec<(&'static str, String)>, current: Option<&str>) -> AnyView {
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 { "answer".to_string() } else { format!("choice-{value}") };
            view! {
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" id=id.clone() name="choice" value=value checked=current == Some(value) prop:checked=current == Some(value)/>
                    <label class="app-radios__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    frame(
        ctx,
        title.clone(),
        question_form(
            ctx,
            view! {
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend"><h1 class="app-heading-l">{title}</h1></legend>
                    {hint.map(|h| view! { <p class="app-hint">{h}</p> })}
                    <div class="app-radios">{items}</div>
                </fieldset>
            }
            .into_any(),
        ),
    )
}

fn helped_by(ctx: &Ctx) -> AnyView {
    let current = ctx.child().helped_by.map(|h| h.as_str());
    let options = HelpedBy::ALL.into_iter().map(|h| (h.as_str(), t(&format!("helped-by-{}", h.as_str().replace('_', "-"))))).collect();
    radios_screen(ctx, t("helped-by-title"), Some(t("helped-by-hint")), options, current)
}

fn coming(ctx: &Ctx) -> AnyView {
    let current = ctx.parent().coming.map(|c| c.as_str());
    let options = Coming::ALL.into_iter().map(|c| (c.as_str(), t(&format!("coming-{}", c.as_str().replace('_', "-"))))).collect();
    radios_screen(ctx, t("coming-title"), None, options, current)
}

fn parent_text(ctx: &Ctx) -> AnyView {
    let p = ctx.parent();
    let (current, single_line) = match ctx.step {
        Step::GoingWell => (p.going_well, false),
        Step::Worries => (p.worries, false),
        Step::WouldHelp => (p.would_help, false),
        Step::Interpreter => (p.interpreter_language, true),
        _ => (p.access_needs, false),
    };
    let key = ctx.key();
    let title = t(&format!("parent-{key}-title"));
    let hint = t(&format!("parent-{key}-hint"));
    let value = current.unwrap_or_default();
    let shown = value.clone();
    let input = if single_line {
        view! { <input class="app-input" id="answer" name="text" type="text" maxlength="200" autocomplete="off" aria-describedby="answer-hint" value=value.clone() prop:value=value/> }.into_any()
    } else {
        view! { <textarea class="app-textarea" id="answer" name="text" rows="6" maxlength=MAX_TEXT_CHARS.to_string() autocomplete="off" aria-describedby="answer-hint" prop:value=value>{shown}</textarea> }.into_any()
    };
    frame(
        ctx,
        title.clone(),
        question_form(
            ctx,
            view! {
                <div class="app-form-group">
                    <h1 class="app-heading-l"><label for="answer">{title}</label></h1>
                    <p class="app-hint" id="answer-hint">{hint}</p>
                    {input}
                </div>
            }
            .into_any(),
        ),
    )
}

/// One row of "check your answers".
struct Row {
    step: Step,
    question: String,
    answer: Option<String>,
    visibility: Option<Visibility>,
}

fn rows(s: &KioskState) -> Vec<Row> {
    let text = |step: Step, q: &str, v: Option<ChildText>| Row {
        step,
        question: t(q),
        answer: v.as_ref().map(|c| c.text.clone()).filter(|x| !x.trim().is_empty()),
        visibility: v.map(|c| c.visibility),
    };
    let plain = |step: Step, q: &str, v: Option<String>| Row {
        step,
        question: t(q),
        answer: v.filter(|x| !x.trim().is_empty()),
        visibility: None,
    };
    match &s.answers {
        Answers::Child(c) => vec![
            Row {
                step: Step::TakingPart,
                question: t("taking-part-title"),
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
                question: t("safety-title"),
                answer: c.safety_scale.map(|n| format!("{n} / 10")),
                visibility: c.safety_scale.map(|_| c.safety_visibility()),
            },
            text(Step::Supporter, "who-with-me-title", c.supporter.clone()),
            Row {
                step: Step::AnythingElse,
                question: t("anything-else-title"),
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
                question: t("helped-by-title"),
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
                question: t("coming-title"),
                answer: p.coming.map(|c| t(&format!("coming-{}", c.as_str().replace('_', "-")))),
                visibility: None,
            },
            plain(Step::Interpreter, "parent-interpreter-title", p.interpreter_language.clone()),
            plain(Step::Access, "parent-access-title", p.access_needs.clone()),
        ],
    }
}

/// "Check your answers": a row per question with its answer and a link back to change it.
pub(super) fn summary(rows: Vec<(Step, String, Option<String>, Option<Visibility>)>) -> AnyView {
    let list = rows
        .into_iter()
        .map(|(step, question, answer, visibility)| {
            let change_href = format!("{}?to_check=1", step.path());
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{question.clone()}</dt>
                    <dd class="app-summary-list__value">
                        {match answer {
                            Some(a) => view! { <span class="app-answer">{a}</span> }.into_any(),
                            None => view! { <span class="app-hint">{t("not-answered")}</span> }.into_any(),
                        }}
                        {visibility.map(|v| view! { <span class="app-tag">{t(&visibility_label(v))}</span> })}
                    </dd>
                    <dd class="app-summary-list__actions">
                        <a class="app-link" href=change_href>
                            {t("change")}<span class="app-visually-hidden">" "{question}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="app-summary-list">{list}</dl> }.into_any()
}

fn check(ctx: &Ctx) -> AnyView {
    let title = t("check-title");
    let list = summary(rows(&ctx.state).into_iter().map(|r| (r.step, r.question, r.answer, r.visibility)).collect());
    let submission_id = ctx.state.submission_id.clone();
    frame(
        ctx,
        title.clone(),
        view! {
            <h1 class="app-heading-l">{title}</h1>
            {list}
            <h2 class="app-heading-m">{t("check-send-heading")}</h2>
            <p class="app-body">{t("check-send-text")}</p>
            {send_form(submission_id, false)}
        }
        .into_any(),
    )
}

/// The send button: a plain post without JavaScript; with it, a dropped connection is tried
/// again with the same submission id, so the answers arrive once.
pub(super) fn send_form(submission_id: String, feedback: bool) -> AnyView {
    let action = if feedback { "/fn/send_feedback" } else { "/fn/send_views" };
    view! {
        <SendingForm action=action.to_string() class="app-send".to_string() words=send_words(Some("sending"))>
            <input type="hidden" name="submission_id" value=submission_id/>
            <button type="submit" class="app-button app-button--send" id="answer">{t("send")}</button>
        </SendingForm>
    }
    .into_any()
}
