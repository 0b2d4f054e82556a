//! Printed invites: one A5 page per person, in that person's language, with their code and a
//! QR code of their link. Rendered on the server only (it holds live codes and never hydrates).

use crate::i18n::{Lang, Value, meeting_time, tr, tr_args};
use crate::model::{LocalTime, MeetingKind, Role};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// One person's invite.
pub struct Sheet {
    pub lang: Lang,
    pub role: Role,
    pub first_name: Option<String>,
    pub kind: MeetingKind,
    pub starts_at: LocalTime,
    pub chair_name: String,
    pub code: String,
    pub url: String,
    /// An `<svg>` element made on the server from `url`.
    pub qr_svg: String,
}

/// The code as a child copies it: letters spaced apart, in two groups.
fn spaced(code: &str) -> String {
    code.split('-').map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("  –  ")
}

fn sheet(s: Sheet) -> impl IntoView {
    let l = s.lang;
    let name = s.first_name.clone().unwrap_or_default();
    let when = meeting_time(l, &s.starts_at);
    // A child reads what the meeting is for in their words; a parent reads its proper name.
    let kind_key = s.kind.as_str().replace('_', "-");
    let kind = if s.role.is_child() { tr(l, &format!("meeting-kind-{kind_key}")) } else { tr(l, &format!("staff-kind-{kind_key}")) };
    let chair = s.chair_name.clone();
    let (hello, intro, ways_heading, ways, after) = if s.role.is_child() {
        (
            if name.is_empty() { tr(l, "invite-child-hello") } else { tr_args(l, "invite-child-hello-name", &[("name", Value::from(name))]) },
            tr(l, "invite-child-intro"),
            tr(l, "invite-child-ways"),
            vec![
                tr(l, "invite-way-come"),
                tr(l, "invite-way-write"),
                tr(l, "invite-way-someone"),
                tr_args(l, "invite-way-phone", &[("name", Value::from(chair.clone()))]),
            ],
            tr_args(l, "invite-child-talk-to", &[("name", Value::from(chair.clone()))]),
        )
    } else {
        (
            if name.is_empty() { tr(l, "invite-parent-hello") } else { tr_args(l, "invite-parent-hello-name", &[("name", Value::from(name))]) },
            tr(l, "invite-parent-intro"),
            tr(l, "invite-parent-ways"),
            vec![
                tr(l, "invite-parent-way-come"),
                tr(l, "invite-parent-way-write"),
                tr_args(l, "invite-parent-way-phone", &[("name", Value::from(chair.clone()))]),
            ],
            tr(l, "invite-parent-after"),
        )
    };
    let qr_label = tr(l, "invite-qr-label");
    view! {
        <section class="invite-sheet" lang=l.tag() dir=l.dir()>
            <p class="invite-sheet__brand">"Tiptoes"</p>
            <h1 class="invite-sheet__hello">{hello}</h1>
            <p class="invite-sheet__what">{intro}</p>
            <p class="invite-sheet__when"><strong>{kind}</strong><br/>{when}</p>
            <h2 class="invite-sheet__heading">{ways_heading}</h2>
            <ol class="invite-sheet__ways">{ways.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ol>
            <div class="invite-sheet__code-box">
                <div>
                    <p class="invite-sheet__code-label">{tr(l, "invite-code-label")}</p>
                    // The code reads left to right in every language.
                    <p class="invite-sheet__code" dir="ltr" translate="no">{spaced(&s.code)}</p>
                    <p class="invite-sheet__link">{tr(l, "invite-link-label")}" "<span dir="ltr">{s.url}</span></p>
                </div>
                <div class="invite-sheet__qr" role="img" aria-label=qr_label inner_html=s.qr_svg></div>
            </div>
            <p class="invite-sheet__after">{after}</p>
            <p class="invite-sheet__help">{tr(l, "invite-help")}</p>
        </section>
    }
}

/// The whole printable document: a short on-screen note in the chair's language, then the sheets.
pub fn render(ui: Lang, meeting_id: &str, sheets: Vec<Sheet>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let back = format!("/staff/meetings/{meeting_id}");
        let empty = sheets.is_empty();
        let body = view! {
            <div class="invite-screen-note">
                <h1 class="app-heading-m">{tr(ui, "staff-invites-title")}</h1>
                <p class="app-body">{tr(ui, "staff-invites-new-codes")}</p>
                <p class="app-body">{tr(ui, "staff-print-how")}</p>
                {empty.then(|| view! { <p class="app-body">{tr(ui, "staff-invites-none")}</p> })}
                <p class="app-body"><a class="app-link" href=back>{tr(ui, "staff-back-to-meeting")}</a></p>
            </div>
            {sheets.into_iter().map(sheet).collect_view()}
        };
        format!(
            "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <meta name=\"referrer\" content=\"no-referrer\"><title>{}</title><link rel=\"stylesheet\" href=\"/pkg/tiptoes.css\"></head>\
             <body class=\"invite-print\">{}</body></html>",
            ui.tag(),
            ui.dir(),
            tr(ui, "staff-invites-title"),
            body.to_html()
        )
    })
}
