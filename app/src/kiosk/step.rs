//! The kiosk's screen page (`/k/:step`): loads the draft and shows the step it names.

use super::{check, feedback, frame::Ctx, views, welcome};
use crate::api::{AppError, load_kiosk};
use crate::kiosk::layout::{ErrorSummary, KioskLayout};
use crate::i18n::t;
use crate::model::*;
use leptos::prelude::*;
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
        return feedback::screen(&Ctx { state: s, step, error, to_check });
    }
    if s.sent {
        return view! { <Redirect path="/thanks"/> }.into_any();
    }
    if s.meeting_started && step != Step::Welcome {
        return view! { <Redirect path="/k/welcome"/> }.into_any();
    }
    let ctx = Ctx { state: s, step, error, to_check };
    match step {
        Step::Welcome => welcome::welcome(&ctx),
        Step::About => welcome::about(&ctx),
        Step::TakingPart => views::taking_part(&ctx),
        Step::GoodThings | Step::Worries | Step::Wishes | Step::Supporter | Step::AnythingElse
            if ctx.state.role.is_child() =>
        {
            views::child_text(&ctx)
        }
        Step::Safety => views::safety(&ctx),
        Step::HelpedBy => views::helped_by(&ctx),
        Step::Coming => views::coming(&ctx),
        Step::Check => check::check(&ctx),
        _ => views::parent_text(&ctx),
    }
}

