//! One meeting as its chair prepares from it: each person's newest views (a read of their
//! words, audited), the outcome once recorded; and "print for the meeting".

use super::layout::*;
use super::*;
use crate::i18n::{Lang, Value, t, t_args};
use crate::model::{ChildAnswers, ChildText, ParentAnswers, Visibility};
use leptos_router::hooks::use_query_map;

#[component]
pub fn MeetingPage() -> impl IntoView {
    let id = meeting_id();
    let meeting = Resource::new(move || id.get(), load_meeting);
    let query = use_query_map();
    let error = query_error();
    staff_page(t("staff-meeting-title"), meeting, move |m| {
        let flags = query.with(|q| Flags {
            created: q.get("created").is_some(),
            saved: q.get("saved").is_some(),
            edited: q.get("edited").is_some(),
            confirm_cancel: q.get("confirm_cancel").is_some(),
            translated: q.get("translated").is_some(),
            erased: q.get("erased").is_some(),
        });
        meeting_view(m, flags, error.clone())
    })
}

/// What the address asks of the meeting page: a message after a change, or the cancel question.
struct Flags {
    created: bool,
    saved: bool,
    edited: bool,
    confirm_cancel: bool,
    translated: bool,
    erased: bool,
}

fn meeting_view(page: MeetingViewsPage, flags: Flags, error: Option<StaffError>) -> impl IntoView {
    let Flags { created, saved, edited, confirm_cancel, translated, erased } = flags;
    let MeetingViewsPage { meeting: m, views } = page;
    let open = m.status == MeetingStatus::Scheduled && !m.started;
    let id = m.id.clone();
    let actions = view! {
        <div class="staff-actions">
            {open.then(|| view! {
                <form method="post" action=format!("/staff/meetings/{id}/invites") target="_blank">
                    <button type="submit" class="app-button">{t("staff-print-invites")}</button>
                </form>
            })}
            {open.then(|| view! { <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/edit")>{t("staff-edit-meeting")}</a> })}
            <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/print")>{t("staff-print-for-meeting")}</a>
            {(m.started || m.status != MeetingStatus::Scheduled).then(|| view! {
                <a class="app-button app-button--secondary" href=format!("/staff/meetings/{id}/outcome")>{t("staff-record-outcome")}</a>
            })}
        </div>
        {open.then(|| view! { <p class="app-hint">{t("staff-print-invites-hint")}</p> })}
    };
    // Cancelling cannot be undone, so it takes a second, deliberate step.
    let cancel = open.then(|| {
        if confirm_cancel {
            view! {
                <div class="app-inset app-inset--warning staff-cancel" id="cancel">
                    <p class="app-body">{t("staff-cancel-confirm")}</p>
                    <form method="post" action="/fn/cancel_meeting">
                        <input type="hidden" name="id" value=m.id.clone()/>
                        <button type="submit" class="app-button app-button--warning">{t("staff-cancel-meeting-yes")}</button>
                    </form>
                    <a class="app-link" href=format!("/staff/meetings/{}", m.id)>{t("staff-cancel-keep")}</a>
                </div>
            }
            .into_any()
        } else {
            view! {
                <p class="staff-cancel"><a class="app-link" href=format!("/staff/meetings/{}?confirm_cancel=1#cancel", m.id)>{t("staff-cancel-meeting")}</a></p>
            }
            .into_any()
        }
    });
    let meeting_id = m.id.clone();
    // Retention: when the family's words go (or went). Only the counts stay.
    let words = match (&m.words_deleted, &m.words_kept_until) {
        (Some(at), _) => t_args("staff-words-deleted", &[("when", Value::from(when(at)))]),
        (None, Some(at)) => t_args("staff-words-kept-until", &[("when", Value::from(when(at)))]),
        (None, None) => String::new(),
    };
    let manager = m.user.manager;
    let people = m.people.into_iter().zip(views).map(|(p, v)| person_view(meeting_id.clone(), p, v, !manager, false)).collect_view();
    view! {
        <StaffLayout user=m.user>
            {error.map(|e| view! { <StaffErrorSummary error=e/> })}
            {created.then(|| view! { <p class="app-inset" role="status">{t("staff-meeting-created")}</p> })}
            {saved.then(|| view! { <p class="app-inset" role="status">{t("staff-outcome-saved")}</p> })}
            {edited.then(|| view! { <p class="app-inset" role="status">{t("staff-meeting-saved")}</p> })}
            {translated.then(|| view! { <p class="app-inset" role="status">{t("translation-saved")}</p> })}
            {erased.then(|| view! { <p class="app-inset" role="status">{t("staff-person-erased")}</p> })}
            <a class="app-back-link" href="/staff">{t("staff-back-to-meetings")}</a>
            <h1 class="app-heading-l">{kind_name(m.kind)}</h1>
            <dl class="app-summary-list">
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-when")}</dt><dd class="app-summary-list__value">{when(&m.starts_at)}</dd></div>
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-chair")}</dt><dd class="app-summary-list__value">{m.chair_name}</dd></div>
                {m.case_ref.map(|c| view! { <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-case-ref-short")}</dt><dd class="app-summary-list__value">{c}</dd></div> })}
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-status")}</dt><dd class="app-summary-list__value">{status_name(m.status)}</dd></div>
                <div class="app-summary-list__row"><dt class="app-summary-list__key">{t("staff-words")}</dt><dd class="app-summary-list__value">{words}</dd></div>
            </dl>
            {actions}
            <h2 class="app-heading-m">{t("staff-views-heading")}</h2>
            {people}
            {cancel}
        </StaffLayout>
    }
}

/// One person's views. `shared_only` (printing for the meeting) leaves out every answer the
/// child kept for the chair or wants to talk about first. Unless `chair_only`, a manager also
/// gets the person's rights: everything held about them, and erasing their words.
fn person_view(meeting_id: String, p: Person, views: Option<SentViews>, chair_only: bool, shared_only: bool) -> impl IntoView {
    let rights = (!chair_only && !shared_only).then(|| rights_view(meeting_id.clone(), p.id.clone()));
    let lang_name = Lang::parse(&p.language).map(Lang::staff_name).unwrap_or_else(|| "?".into());
    let mut facts = vec![t_args("staff-fact-language", &[("language", Value::from(lang_name))])];
    if let Some(a) = &p.age_band {
        facts.push(t_args("staff-fact-age", &[("band", Value::from(a.clone()))]));
    }
    let printed = (!shared_only).then(|| match &p.invite_printed {
        Some(at) => t_args("staff-invite-printed", &[("when", Value::from(when(at)))]),
        None => t("staff-invite-not-printed"),
    });
    let name = person_name(&p);
    let label = name.clone();
    let body = match views {
        // Sent, but erased on request, or deleted after the meeting (retention).
        None if p.submissions > 0 => match &p.words_erased {
            Some(at) => view! { <p class="app-body">{t_args("staff-views-erased", &[("when", Value::from(when(at)))])}</p> }.into_any(),
            None => view! { <p class="app-body">{t("staff-views-deleted")}</p> }.into_any(),
        },
        None => view! { <p class="app-body">{t("staff-no-views")}</p> }.into_any(),
        Some(v) => {
            let sent = t_args("staff-views-sent", &[("when", Value::from(when(&v.at))), ("n", Value::from(p.submissions))]);
            let written = Written {
                meeting_id,
                views_id: v.id,
                lang: Lang::parse(&v.language).unwrap_or_default(),
                invited_in: Lang::parse(&p.language).unwrap_or_default(),
                translations: v.translations,
                print: shared_only,
            };
            // Words in another language say which, so the chair knows a translation is needed.
            let written_in = (written.lang != Lang::EnGb).then(|| {
                let text = t_args("views-written-in", &[("language", Value::from(written.lang.staff_name()))]);
                view! { <p class="app-tag staff-written-in">{text}</p> }
            });
            let answers = match v.answers {
                Answers::Child(c) => child_views(c, &written).into_any(),
                Answers::Parent(a) => parent_views(a, &written).into_any(),
            };
            view! { <p class="app-hint">{sent}</p> {written_in} {answers} }.into_any()
        }
    };
    let outcome = (!shared_only).then_some(p.outcome).flatten().map(outcome_summary);
    view! {
        <section class="staff-person" aria-label=label>
            <h3 class="app-heading-m">{name}</h3>
            <p class="app-hint">{facts.join(" · ")}</p>
            {printed.map(|s| view! { <p class="app-hint">{s}</p> })}
            {body}
            {outcome}
            {rights}
        </section>
    }
}

/// A manager's answer to a subject access or erasure request for one person: download
/// everything held about them (JSON, audited), or erase their words once the box is ticked.
fn rights_view(meeting_id: String, person_id: String) -> impl IntoView {
    let export = format!("/api/v1/participants/{person_id}/export");
    let confirm = format!("erase-{person_id}");
    let hint = format!("{confirm}-hint");
    view! {
        <details class="staff-translate staff-rights">
            <summary class="app-link">{t("staff-person-rights")}</summary>
            <p class="app-body"><a class="app-link" href=export download="">{t("staff-person-export")}</a></p>
            <form method="post" action="/fn/erase_person" class="app-form">
                <input type="hidden" name="id" value=meeting_id/>
                <input type="hidden" name="person" value=person_id/>
                <p class="app-hint" id=hint.clone()>{t("staff-person-erase-hint")}</p>
                <div class="app-checkboxes app-checkboxes--single">
                    <div class="app-checkboxes__item">
                        <input class="app-checkboxes__input" type="checkbox" id=confirm.clone() name="confirm" value="yes" aria-describedby=hint/>
                        <label class="app-checkboxes__label" for=confirm>{t("staff-person-erase-confirm")}</label>
                    </div>
                </div>
                <button type="submit" class="app-button app-button--warning">{t("staff-person-erase")}</button>
            </form>
        </details>
    }
}

/// One version of a person's words as the page shows them: in their language (marked, so it
/// reads in its own direction and a screen reader speaks it right), with the chair's English
/// translations beside them. `print` is "print for the meeting": translations, no forms.
struct Written {
    meeting_id: String,
    views_id: String,
    lang: Lang,
    /// The invite's language: the words may be in it even when sent from an English screen
    /// (a helper checking the answers in English before sending).
    invited_in: Lang,
    translations: Vec<TranslationNote>,
    print: bool,
}

impl Written {
    /// A typed answer, in the language it was written in.
    fn answer(&self, text: String) -> AnyView {
        view! { <p class="staff-answer" lang=self.lang.tag() dir=self.lang.dir()>{text}</p> }.into_any()
    }

    /// The English translation of one typed answer (`field`, as in the answers' JSON) and, on
    /// the chair's page, the form to add or change it. Nothing for a family whose screens and
    /// invite were both in English.
    fn translation(&self, field: &str) -> Option<AnyView> {
        if self.lang == Lang::EnGb && self.invited_in == Lang::EnGb {
            return None;
        }
        let existing = self.translations.iter().find(|tr| tr.field == field).cloned();
        let shown = existing.as_ref().map(|tr| {
            let by = t_args("translation-by", &[("name", Value::from(tr.by.clone())), ("when", Value::from(when(&tr.at)))]);
            view! {
                <div class="staff-translation">
                    <p class="staff-translation__label">{t("translation-heading")}</p>
                    <p class="staff-answer" lang="en-GB" dir="ltr">{tr.text.clone()}</p>
                    <p class="app-hint">{by}</p>
                </div>
            }
        });
        if self.print {
            return Some(match shown {
                Some(v) => v.into_any(),
                None => view! { <p class="app-hint staff-translation">{t("translation-none")}</p> }.into_any(),
            });
        }
        let anchor = format!("translation-{}-{field}", self.views_id);
        let (box_id, hint_id) = (format!("{anchor}-text"), format!("{anchor}-hint"));
        let current = existing.map(|tr| tr.text).unwrap_or_default();
        Some(
            view! {
                <div id=anchor.clone() class="staff-translate-block">
                    {shown}
                    <details class="staff-translate">
                        <summary class="app-link">{t("translation-add")}</summary>
                        <form method="post" action="/fn/save_translation" class="app-form">
                            <input type="hidden" name="id" value=self.meeting_id.clone()/>
                            <input type="hidden" name="views_id" value=self.views_id.clone()/>
                            <input type="hidden" name="field" value=field.to_string()/>
                            <label class="app-label" for=box_id.clone()>{t("translation-heading")}</label>
                            <p class="app-hint" id=hint_id.clone()>{t("translation-hint")}</p>
                            <textarea class="app-textarea" id=box_id name="text" rows="3" lang="en-GB" dir="ltr"
                                maxlength=crate::domain::AnswerText::MAX_CHARS.to_string() aria-describedby=hint_id>{current}</textarea>
                            <button type="submit" class="app-button app-button--secondary">{t("translation-save")}</button>
                        </form>
                    </details>
                </div>
            }
            .into_any(),
        )
    }
}

fn visibility_words(v: Visibility) -> (String, &'static str) {
    match v {
        Visibility::Everyone => (t("staff-visibility-everyone"), "everyone"),
        Visibility::ChairOnly => (t("staff-visibility-chair-only"), "chair-only"),
        Visibility::TalkFirst => (t("staff-visibility-talk-first"), "talk-first"),
    }
}

fn child_text_view(key: &'static str, title: String, answer: Option<ChildText>, written: &Written) -> Option<AnyView> {
    let a = answer.filter(|a| !a.text.trim().is_empty())?;
    if written.print && a.visibility != Visibility::Everyone {
        return None;
    }
    let (words, cls) = visibility_words(a.visibility);
    Some(
        view! {
            <div class=format!("staff-house staff-house--{key}")>
                <h4 class="app-heading-s">{title}</h4>
                {written.answer(a.text)}
                {written.translation(&key.replace('-', "_"))}
                <p class=format!("staff-visibility staff-visibility--{cls}")>{words}</p>
            </div>
        }
        .into_any(),
    )
}

fn child_views(c: ChildAnswers, written: &Written) -> AnyView {
    let shared_only = written.print;
    // The safety scale says who may hear it, in the same plain words as the other answers.
    let (safety_words, safety_cls) = visibility_words(c.safety_visibility());
    let houses = [
        child_text_view("good-things", t("good-things-house"), c.good_things, written),
        child_text_view("worries", t("worries-house"), c.worries, written),
        child_text_view("wishes", t("wishes-house"), c.wishes, written),
    ];
    let more = [
        child_text_view("supporter", t("staff-supporter"), c.supporter, written),
        child_text_view("anything-else", t("staff-anything-else"), c.anything_else, written),
    ];
    let taking_part = c.taking_part.filter(|ways| !ways.is_empty()).map(|ways| {
        ways.iter().map(|w| t(&format!("taking-part-{}", w.as_str().replace('_', "-")))).collect::<Vec<_>>().join("; ")
    });
    let safety = c.safety_scale.map(|n| view! {
        <div class="app-summary-list__row">
            <dt class="app-summary-list__key">{t("staff-safety")}</dt>
            <dd class="app-summary-list__value">
                <p class="app-body staff-safety">{t_args("staff-safety-value", &[("n", Value::from(n.get()))])}</p>
                <p class=format!("staff-visibility staff-visibility--{safety_cls}")>{safety_words}</p>
            </dd>
        </div>
    });
    let helped = c.helped_by.map(|h| t(&format!("helped-by-{}", h.as_str().replace('_', "-"))));
    let talk_soon = (c.talk_soon == Some(true) && !shared_only)
        .then(|| view! { <p class="app-inset app-inset--warning staff-flag"><strong>{t("staff-flag-talk-soon-long")}</strong></p> });
    let row = |key: String, value: Option<String>| {
        value.map(|v| view! { <div class="app-summary-list__row"><dt class="app-summary-list__key">{key}</dt><dd class="app-summary-list__value">{v}</dd></div> })
    };
    view! {
        {talk_soon}
        <div class="staff-houses">{houses.into_iter().flatten().collect_view()}</div>
        {more.into_iter().flatten().collect_view()}
        <dl class="app-summary-list">
            {row(t("staff-taking-part"), taking_part)}
            {safety}
            {row(t("staff-helped-by"), helped)}
        </dl>
    }
    .into_any()
}

fn parent_views(a: ParentAnswers, written: &Written) -> AnyView {
    // A typed answer in the parent's language, with its translation; `field` names it.
    let typed = |key: String, field: &str, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|v| view! {
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">{key}</dt>
                <dd class="app-summary-list__value">{written.answer(v)}{written.translation(field)}</dd>
            </div>
        })
    };
    let coming = a.coming.map(|c| view! {
        <div class="app-summary-list__row">
            <dt class="app-summary-list__key">{t("coming-title")}</dt>
            <dd class="app-summary-list__value">{t(&format!("coming-{}", c.as_str().replace('_', "-")))}</dd>
        </div>
    });
    view! {
        <dl class="app-summary-list">
            {typed(t("parent-going-well-title"), "going_well", a.going_well)}
            {typed(t("parent-worries-title"), "worries", a.worries)}
            {typed(t("parent-would-help-title"), "would_help", a.would_help)}
            {coming}
            {typed(t("parent-interpreter-title"), "interpreter_language", a.interpreter_language)}
            {typed(t("parent-access-title"), "access_needs", a.access_needs)}
        </dl>
    }
    .into_any()
}

fn outcome_summary(o: PersonOutcome) -> impl IntoView {
    let attended = if o.not_able {
        t("staff-outcome-not-able")
    } else if o.attended {
        t("staff-outcome-attended")
    } else {
        t("staff-outcome-not-attended")
    };
    let shared = o.shared_by.iter().map(|s| t(&format!("staff-shared-{}", s.as_str()))).collect::<Vec<_>>().join("; ");
    view! {
        <p class="app-body staff-outcome">
            <strong>{t("staff-outcome-heading")}": "</strong>{attended}
            {(!shared.is_empty()).then(|| format!(" · {shared}"))}
        </p>
    }
}

/// "Print for the meeting": only what the child wants everyone to hear.
#[component]
pub fn PrintForMeetingPage() -> impl IntoView {
    let id = meeting_id();
    let meeting = Resource::new(move || id.get(), load_meeting_shared);
    staff_page(t("staff-print-for-meeting"), meeting, |MeetingViewsPage { meeting: m, views }| {
        let back = format!("/staff/meetings/{}", m.id);
        let meeting_id = m.id.clone();
        let people = m.people.into_iter().zip(views).map(|(p, v)| person_view(meeting_id.clone(), p, v, true, true)).collect_view();
        view! {
            <StaffLayout user=m.user.clone()>
                <a class="app-back-link staff-no-print" href=back>{t("back")}</a>
                <h1 class="app-heading-l">{kind_name(m.kind)}" – "{when(&m.starts_at)}</h1>
                <p class="app-inset">{t("staff-print-for-meeting-note")}</p>
                <p class="app-hint staff-no-print">{t("staff-print-how")}</p>
                <h2 class="app-heading-m">{t("staff-views-heading")}</h2>
                {people}
            </StaffLayout>
        }
    })
}
