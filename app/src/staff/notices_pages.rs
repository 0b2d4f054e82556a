//! "You said, we did": the manager's notices page, and the public page and A4 poster that
//! show the published notices (no sign-in, no one named).

use super::layout::{StaffErrorSummary, StaffLayout, query_error, staff_page};
use super::{NoticeRow, NoticesPage, load_notices, load_published_notices};
use crate::kiosk::layout::KioskLayout;
use crate::i18n::{meeting_time, t, t_args, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NoticesStaffPage() -> impl IntoView {
    // Keyed on the address, so a saved notice or a publish shows at once.
    let query = use_query_map();
    let page = Resource::new(move || query.with(|q| q.get("added")), |_| load_notices());
    let added = query.with_untracked(|q| q.get("added").is_some());
    staff_page(t("staff-notices-title"), page, move |p| notices_view(p, added))
}

fn notices_view(p: NoticesPage, added: bool) -> impl IntoView {
    let lang = use_lang();
    let error = query_error();
    let list = p
        .notices
        .into_iter()
        .map(|n| {
            let state = match &n.published {
                Some(at) => format!("{} {}", t("staff-notices-published"), meeting_time(lang, at)),
                None => t("staff-notices-draft"),
            };
            let publish = n.published.is_none();
            view! {
                <li class="staff-idea">
                    <p class="staff-idea__text"><strong>{t("notice-you-said")}</strong>" "{n.you_said}</p>
                    <p class="staff-idea__text"><strong>{t("notice-we-did")}</strong>" "{n.we_did}</p>
                    <p class="app-hint">{state}" · "{t_args("staff-notices-ideas-count", &[("count", n.ideas.into())])}</p>
                    <form method="post" action="/fn/publish_notice">
                        <input type="hidden" name="id" value=n.id/>
                        <input type="hidden" name="published" value=publish.to_string()/>
                        <button type="submit" class="app-button app-button--secondary">
                            {if publish { t("staff-notices-publish") } else { t("staff-notices-unpublish") }}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let ideas = p
        .ideas
        .into_iter()
        .enumerate()
        .map(|(i, (idea, _))| {
            let id = format!("idea-{i}");
            let themes = (!idea.themes.is_empty()).then(|| format!(" ({})", idea.themes.join(", ")));
            view! {
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id=id.clone() name=format!("form[ideas][{i}]") value=idea.id/>
                    <label class="app-checkboxes__label" for=id>{idea.idea}{themes}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <StaffLayout user=p.user>
            <h1 class="app-heading-l">{t("staff-notices-title")}</h1>
            {error.map(|e| view! { <StaffErrorSummary error=e/> })}
            {added.then(|| view! { <p class="app-inset" role="status">{t("staff-notices-added")}</p> })}
            <p class="app-body">{t("staff-notices-intro")}" "<a class="app-link" href="/you-said-we-did">{t("staff-notices-public-link")}</a></p>
            <ul class="staff-ideas">{list}</ul>
            <h2 class="app-heading-m">{t("staff-notices-new")}</h2>
            // A plain post: the page comes back whole, with the new notice in the list.
            <form method="post" action="/fn/add_notice" class="app-form staff-form">
                <div class="app-form-group">
                    <label class="app-label" for="you_said">{t("notice-you-said")}</label>
                    <textarea class="app-textarea" id="you_said" name="form[you_said]" rows="3" maxlength="600" required=true></textarea>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="we_did">{t("notice-we-did")}</label>
                    <textarea class="app-textarea" id="we_did" name="form[we_did]" rows="3" maxlength="600" required=true></textarea>
                </div>
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend app-heading-s">{t("staff-notices-answers")}</legend>
                    <div class="app-checkboxes">{ideas}</div>
                </fieldset>
                <div class="app-checkboxes app-checkboxes--single">
                    <div class="app-checkboxes__item">
                        <input class="app-checkboxes__input" type="checkbox" id="publish" name="form[publish]" value="on"/>
                        <label class="app-checkboxes__label" for="publish">{t("staff-notices-publish-now")}</label>
                    </div>
                </div>
                <button type="submit" class="app-button">{t("staff-notices-save")}</button>
            </form>
        </StaffLayout>
    }
}

fn notice_item(n: NoticeRow) -> impl IntoView {
    view! {
        <li class="app-notice">
            <p class="app-notice__said"><strong>{t("notice-you-said")}</strong>" "{n.you_said}</p>
            <p class="app-notice__did"><strong>{t("notice-we-did")}</strong>" "{n.we_did}</p>
        </li>
    }
}

/// The public page: published notices, newest first.
#[component]
pub fn YouSaidWeDidPage() -> impl IntoView {
    let notices = Resource::new(|| (), |_| load_published_notices());
    view! {
        <Title text=t("notice-title")/>
        <KioskLayout>
            <h1 class="app-heading-xl">{t("notice-title")}</h1>
            <p class="app-body-l">{t("notice-intro")}</p>
            <Suspense fallback=|| view! { <p class="app-body">{t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match notices.await {
                        Ok(list) if list.is_empty() => view! { <p class="app-body">{t("notice-none")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="app-notices">{list.into_iter().map(notice_item).collect_view()}</ul>
                            <p class="app-body"><a class="app-link" href="/you-said-we-did/poster">{t("notice-poster-link")}</a></p>
                        }
                        .into_any(),
                        Err(_) => view! { <p class="app-body">{t("error-internal")}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </KioskLayout>
    }
}

/// The A4 poster: the newest published notices in large type, on one page.
#[component]
pub fn PosterPage() -> impl IntoView {
    let notices = Resource::new(|| (), |_| load_published_notices());
    view! {
        <Title text=t("notice-title")/>
        <main class="app-poster" id="main-content">
            <h1 class="app-poster__title">{t("notice-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let list = notices.await.unwrap_or_default();
                    // Four fit an A4 page at poster size.
                    view! { <ul class="app-notices">{list.into_iter().take(4).map(notice_item).collect_view()}</ul> }
                })}
            </Suspense>
            <p class="app-poster__foot">{t("notice-poster-foot")}</p>
        </main>
    }
}
