//! The questions before the meeting, one a screen: how the child or parent wants to take
//! part, their words (good things, worries, wishes …), the safety scale, who helped.

use super::frame::{AnswerBox, Ctx, VisibilityRadios, choices_screen, radios_screen, text_screen, with_picture};
use super::pictures::Picture;
use crate::i18n::{Msg, helping, say};
use crate::model::*;
use leptos::prelude::*;

pub(super) fn taking_part(ctx: &Ctx) -> AnyView {
    let chosen = ctx.child().taking_part.unwrap_or_default();
    let label = |opt: TakingPart| Msg::new(format!("taking-part-{}", opt.as_str().replace('_', "-")));
    let boxes = TakingPart::ALL
        .into_iter()
        .enumerate()
        .map(|(i, opt)| {
            let id = if i == 0 { "answer".to_string() } else { format!("taking-part-{}", opt.as_str()) };
            view! {
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id=id.clone() name=opt.as_str() value="on" checked=chosen.contains(&opt) prop:checked=chosen.contains(&opt)/>
                    <label class="app-checkboxes__label" for=id>{with_picture(Some(taking_part_picture(opt)), label(opt).show())}</label>
                </div>
            }
        })
        .collect_view();
    let spoken = TakingPart::ALL.into_iter().map(label).collect();
    choices_screen(ctx, Msg::new("taking-part-title"), Some(Msg::new("choose-all")), "app-checkboxes", boxes.into_any(), spoken, None)
}

fn taking_part_picture(opt: TakingPart) -> Picture {
    match opt {
        TakingPart::Attend => Picture::Attend,
        TakingPart::Write => Picture::Write,
        TakingPart::Someone => Picture::Someone,
        TakingPart::Phone => Picture::Phone,
        TakingPart::NotSure => Picture::NotSure,
    }
}

fn helped_by_picture(h: HelpedBy) -> Picture {
    match h {
        HelpedBy::Nobody => Picture::HelpedNobody,
        HelpedBy::Interpreter => Picture::HelpedInterpreter,
        HelpedBy::Advocate => Picture::HelpedAdvocate,
        HelpedBy::SocialWorker => Picture::HelpedSocialWorker,
        HelpedBy::ParentCarer => Picture::HelpedParentCarer,
        HelpedBy::SomeoneElse => Picture::HelpedSomeoneElse,
    }
}

// Every form control sets its live `value`/`checked` property as well as the attribute: moving
// between screens without a reload reuses elements, and an attribute alone would leave the
// previous screen's typing in the box.
pub(super) fn child_text(ctx: &Ctx) -> AnyView {
    let c = ctx.child();
    let current = match ctx.step {
        Step::GoodThings => c.good_things,
        Step::Worries => c.worries,
        Step::Wishes => c.wishes,
        Step::Supporter => c.supporter,
        _ => c.anything_else,
    };
    let key = ctx.key();
    let house_picture = match ctx.step {
        Step::GoodThings => Some(Picture::HouseGoodThings),
        Step::Worries => Some(Picture::HouseWorries),
        Step::Wishes => Some(Picture::HouseWishes),
        _ => None,
    };
    let house_name = house_picture.map(|_| Msg::new(format!("{key}-house")));
    let house = house_picture.zip(house_name.clone()).map(|(p, name)| {
        view! { <p class=format!("app-house app-house--{key}")><span class="app-house__pic" inner_html=p.svg()></span><span>{name.show()}</span></p> }
        .into_any()
    });
    let vis = current.as_ref().map(|c| c.visibility).unwrap_or(ctx.state.meeting_kind.default_visibility());
    let text = current.map(|c| c.text).unwrap_or_default();
    let talk_soon = (ctx.step == Step::AnythingElse).then(|| {
        let checked = c.talk_soon.unwrap_or(false);
        view! {
            <div class="app-checkboxes app-checkboxes--single">
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id="talk-soon" name="talk_soon" value="on" checked=checked prop:checked=checked/>
                    <label class="app-checkboxes__label" for="talk-soon">{say("talk-soon")}</label>
                </div>
            </div>
        }
    });
    let after = view! { {talk_soon} <VisibilityRadios current=vis/> }.into_any();
    let (title, hint) = (Msg::new(format!("{key}-title")), Msg::new(format!("{key}-hint")));
    text_screen(ctx, title, hint, AnswerBox::Lines(6), text, house_name.into_iter().collect(), house, Some(after))
}


pub(super) fn safety(ctx: &Ctx) -> AnyView {
    let current = ctx.child().safety_scale.map(SafetyScale::get);
    // Not chosen is "only the chair", whatever the meeting: how safe a child feels can be
    // about someone in the room.
    let vis = ctx.child().safety_visibility();
    let word = |n: u8| matches!(n, 0 | 5 | 10).then(|| Msg::new(format!("safety-{n}")));
    let picture = |n: u8| match n {
        0 => Some(Picture::SafetyLow),
        10 => Some(Picture::SafetyHigh),
        _ => None,
    };
    let options = SafetyScale::all()
        .map(SafetyScale::get)
        .map(|n| {
            let id = if n == 0 { "answer".to_string() } else { format!("safety-{n}") };
            view! {
                <div class="app-scale__item">
                    <input class="app-scale__input" type="radio" id=id.clone() name="choice" value=n.to_string() checked=current == Some(n) prop:checked=current == Some(n)/>
                    <label class="app-scale__label" for=id>
                        {picture(n).map(|p| view! { <span class="app-scale__pic" inner_html=p.svg()></span> })}
                        <span class="app-scale__number">{n}</span>
                        {word(n).map(|w| view! { <span class="app-scale__word">{w.show()}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    let spoken = [0, 5, 10].into_iter().filter_map(word).collect();
    let who_sees = view! { <VisibilityRadios current=vis legend=Msg::new("safety-visibility-legend")/> }.into_any();
    choices_screen(ctx, Msg::new("safety-title"), Some(Msg::new("safety-hint")), "app-scale", options.into_any(), spoken, Some(who_sees))
}


pub(super) fn helped_by(ctx: &Ctx) -> AnyView {
    // Someone helping the family (the language screen's "I am helping someone") is most
    // often an interpreter: that is chosen to start with, and can be changed.
    let current = ctx.child().helped_by.or(helping().then_some(HelpedBy::Interpreter)).map(|h| h.as_str());
    let options = HelpedBy::ALL
        .into_iter()
        .map(|h| (h.as_str(), Msg::new(format!("helped-by-{}", h.as_str().replace('_', "-"))), Some(helped_by_picture(h))))
        .collect();
    radios_screen(ctx, Msg::new("helped-by-title"), Some(Msg::new("helped-by-hint")), options, current)
}

pub(super) fn coming(ctx: &Ctx) -> AnyView {
    let current = ctx.parent().coming.map(|c| c.as_str());
    let options = Coming::ALL.into_iter().map(|c| (c.as_str(), Msg::new(format!("coming-{}", c.as_str().replace('_', "-"))), None)).collect();
    radios_screen(ctx, Msg::new("coming-title"), None, options, current)
}

pub(super) fn parent_text(ctx: &Ctx) -> AnyView {
    let p = ctx.parent();
    let (current, answer) = match ctx.step {
        Step::GoingWell => (p.going_well, AnswerBox::Lines(6)),
        Step::Worries => (p.worries, AnswerBox::Lines(6)),
        Step::WouldHelp => (p.would_help, AnswerBox::Lines(6)),
        Step::Interpreter => (p.interpreter_language, AnswerBox::Line),
        _ => (p.access_needs, AnswerBox::Lines(6)),
    };
    let key = ctx.key();
    let (title, hint) = (Msg::new(format!("parent-{key}-title")), Msg::new(format!("parent-{key}-hint")));
    text_screen(ctx, title, hint, answer, current.unwrap_or_default(), Vec::new(), None, None)
}
