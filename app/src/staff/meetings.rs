//! The chair's list of meetings (a manager sees everyone's, by chair), a page at a time.

use super::layout::*;
use super::*;
use crate::i18n::{Value, t, t_args};
use leptos_router::hooks::use_query_map;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let query = use_query_map();
    let chair = move || query.with(|q| q.get("chair"));
    let changed = query.with_untracked(|q| q.get("password_changed").is_some());
    let page = Resource::new(move || query.with(|q| (q.get("chair"), q.get("page"))), |(chair, page)| load_meetings(chair, page));
    staff_page(t("staff-meetings-title"), page, move |p| meetings_view(p, chair(), changed))
}

fn meetings_view(p: MeetingsPage, chair: Option<String>, password_changed: bool) -> impl IntoView {
    let manager = p.user.manager;
    let pager = pager(p.page, p.pages, p.total, chair.as_deref().unwrap_or_default());
    let rows = p.meetings.into_iter().map(|m| {
        let href = format!("/staff/meetings/{}", m.id);
        let views = t_args("staff-badge-views", &[("n", Value::from(m.views_received))]);
        let people = t_args("staff-people-count", &[("n", Value::from(m.participants))]);
        view! {
            <li class="staff-meeting" class:staff-meeting--past=!m.upcoming>
                <h2 class="app-heading-s staff-meeting__title">
                    <a class="app-link" href=href>{kind_name(m.kind)}</a>
                    {m.case_ref.map(|c| view! { <span class="staff-meeting__ref">{c}</span> })}
                </h2>
                <p class="app-body staff-meeting__when">{when(&m.starts_at)}</p>
                {manager.then(|| view! { <p class="app-hint">{t_args("staff-chaired-by", &[("name", Value::from(m.chair_name.clone()))])}</p> })}
                <p class="staff-badges">
                    <span class="app-tag">{people}</span>
                    <span class="app-tag app-tag--blue">{views}</span>
                    {(m.status != MeetingStatus::Scheduled).then(|| view! { <span class="app-tag app-tag--grey">{status_name(m.status)}</span> })}
                    {m.talk_soon.then(|| view! { <strong class="app-tag app-tag--red staff-flag">{t("staff-flag-talk-soon")}</strong> })}
                </p>
            </li>
        }
    }).collect_view();
    let empty = rows.is_empty();
    let empty_message = if p.total == 0 { t("staff-no-meetings") } else { t("staff-no-meetings-on-page") };
    let filter = manager.then(|| {
        let current = chair.unwrap_or_default();
        view! {
            <form method="get" action="/staff" class="staff-filter">
                <label class="app-label" for="chair">{t("staff-filter-chair")}</label>
                <select class="app-select" id="chair" name="chair">
                    <option value="" selected=current.is_empty()>{t("staff-filter-everyone")}</option>
                    {p.chairs.into_iter().map(|(id, name)| {
                        let selected = id == current;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="app-button app-button--secondary">{t("staff-filter-apply")}</button>
            </form>
        }
    });
    view! {
        <StaffLayout user=p.user>
            {password_changed.then(|| view! { <p class="app-inset" role="status">{t("staff-password-changed")}</p> })}
            <h1 class="app-heading-l">{t("staff-meetings-title")}</h1>
            <p><a class="app-button" href="/staff/meetings/new">{t("staff-nav-new-meeting")}</a></p>
            {filter}
            {empty.then(|| view! { <p class="app-body">{empty_message}</p> })}
            <ul class="staff-meetings">{rows}</ul>
            {pager}
        </StaffLayout>
    }
}

/// The pages to link to: the first, the last, and two either side of this one; `None` is a
/// gap ("…"). A manager's list can run to thousands of pages, so not every one is a link.
fn page_numbers(page: i64, pages: i64) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    for n in 1..=pages {
        if n == 1 || n == pages || (n - page).abs() <= 2 {
            out.push(Some(n));
        } else if out.last().is_some_and(|l| l.is_some()) {
            out.push(None);
        }
    }
    out
}

/// A query value for a link (chair ids are plain, but the address is the user's to type).
fn query_value(v: &str) -> String {
    v.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// Links to the other pages of the list: plain links, so they work without JavaScript; the
/// current page is marked for screen readers too (`aria-current`), not by colour alone.
fn pager(page: i64, pages: i64, total: i64, chair: &str) -> Option<impl IntoView + use<>> {
    if pages <= 1 && page <= 1 {
        return None;
    }
    let chair = (!chair.is_empty()).then(|| format!("&chair={}", query_value(chair)));
    let href = move |n: i64| format!("/staff?page={n}{}", chair.clone().unwrap_or_default());
    let numbers = page_numbers(page, pages)
        .into_iter()
        .map(|n| match n {
            Some(n) => {
                let current = (n == page).then_some("page");
                view! {
                    <li class="staff-pager__item">
                        <a class="app-link staff-pager__link" href=href(n) aria-current=current
                            aria-label=t_args("staff-page-n", &[("n", Value::from(n))])>{n}</a>
                    </li>
                }
                .into_any()
            }
            None => view! { <li class="staff-pager__item staff-pager__gap" aria-hidden="true">"…"</li> }.into_any(),
        })
        .collect_view();
    let prev = (page > 1).then(|| {
        view! { <li class="staff-pager__item"><a class="app-link staff-pager__link" href=href((page - 1).min(pages)) rel="prev">{t("staff-page-previous")}</a></li> }
    });
    let next = (page < pages).then(|| {
        view! { <li class="staff-pager__item"><a class="app-link staff-pager__link" href=href(page + 1) rel="next">{t("staff-page-next")}</a></li> }
    });
    let where_ = t_args("staff-pages-where", &[("page", Value::from(page)), ("pages", Value::from(pages)), ("total", Value::from(total))]);
    Some(view! {
        <nav class="staff-pager" aria-label=t("staff-pages-label")>
            <p class="app-hint">{where_}</p>
            <ul class="staff-pager__list">{prev}{numbers}{next}</ul>
        </nav>
    })
}

#[cfg(test)]
mod tests {
    use super::{page_numbers, query_value};

    #[test]
    fn a_long_list_links_the_ends_and_the_pages_near_this_one() {
        assert_eq!(page_numbers(1, 1), vec![Some(1)]);
        assert_eq!(page_numbers(2, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(page_numbers(1, 20), vec![Some(1), Some(2), Some(3), None, Some(20)]);
        assert_eq!(page_numbers(10, 20), vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]);
        assert_eq!(page_numbers(4, 7), (1..=7).map(Some).collect::<Vec<_>>(), "a short list links every page");
        assert_eq!(page_numbers(25, 2), vec![Some(1), Some(2)], "past the end: the real pages");
    }

    #[test]
    fn a_typed_chair_cannot_add_to_a_page_link() {
        assert_eq!(query_value("2f1c-9a"), "2f1c-9a");
        assert_eq!(query_value("x&page=9 \""), "x%26page%3D9%20%22");
    }
}
