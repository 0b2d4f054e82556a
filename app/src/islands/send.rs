//! A kiosk form that survives a dropped connection. Without JavaScript it is a plain form
//! post (the server answers with the next screen). With it, the form is posted by `fetch`:
//! if the connection drops, the same fields are sent again (after 0.5, 1, 2, 4 and 8 s) while
//! what the child typed stays on the screen, and the screen says the answers are safe. Every
//! form it wraps is safe to send twice: a step's answer is saved over itself, and sending
//! views carries the draft's submission id, so a retry finds the first copy.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the form may need to say, formatted on the server in the page's language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SendWords {
    /// Said at once when sending starts ("Sending…"); empty says nothing.
    pub sending: String,
    /// While a dropped connection is being tried again.
    pub retrying: String,
    /// When it could not get through after every try.
    pub network: String,
    /// For an error the server answered with, by its code (`AppError::code`). An unknown
    /// code gets the one for `internal`.
    pub errors: Vec<(String, String)>,
}

impl SendWords {
    pub fn error(&self, code: &str) -> String {
        let find = |c: &str| self.errors.iter().find(|(k, _)| k == c).map(|(_, m)| m.clone());
        find(code).or_else(|| find("internal")).unwrap_or_default()
    }
}

/// A `<form method="post">` around server-rendered fields and buttons (its children).
#[island]
pub fn SendingForm(action: String, class: String, words: SendWords, children: Children) -> impl IntoView {
    let (status, set_status) = signal(None::<String>);
    let form = NodeRef::<leptos::html::Form>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        post::submit(ev, form, words.clone(), set_status);
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, &words, set_status);
    };
    #[cfg(feature = "hydrate")]
    post::reset_when_shown_again(form, set_status);
    // The live region is on the page from the start (empty), so a screen reader announces
    // each message put into it.
    view! {
        <form method="post" action=action class=class autocomplete="off" node_ref=form on:submit=on_submit>
            <div role="status" aria-live="polite">
                {move || status.get().map(|m| view! { <p class="app-inset app-inset--warning">{m}</p> })}
            </div>
            {children()}
        </form>
    }
}

#[cfg(feature = "hydrate")]
mod post {
    use super::SendWords;
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{HtmlFormElement, Response};

    /// How long one attempt may take: a mobile link that drops usually stalls rather than fails.
    const ATTEMPT_MS: i32 = 20_000;

    /// How one attempt ended.
    enum Answer {
        /// The server took it and says where to go next.
        GoTo(String),
        /// The server answered with an error (its code).
        Refused(String),
        /// No answer came back: the request or its answer was lost on the way.
        NoConnection,
    }

    pub fn submit(ev: leptos::ev::SubmitEvent, form: NodeRef<leptos::html::Form>, words: SendWords, say: WriteSignal<Option<String>>) {
        let Some(form) = form.get_untracked() else { return };
        ev.prevent_default();
        // A second press while the first is on its way sends nothing more.
        if form.has_attribute("aria-busy") {
            return;
        }
        // The fields as they are now: every retry sends exactly these.
        let body = web_sys::FormData::new_with_form(&form)
            .and_then(|data| web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data))
            .map(|params| String::from(params.to_string()));
        let Ok(body) = body else {
            // Cannot read the form here: let the browser post it as it would without scripts.
            let _ = form.submit();
            return;
        };
        let action = form.action();
        busy(&form, true);
        if !words.sending.is_empty() {
            say.set(Some(words.sending.clone()));
        }
        leptos::task::spawn_local(async move {
            let mut wait_ms = 500;
            for attempt in 0..6 {
                match post(&action, &body).await {
                    Answer::GoTo(next) => {
                        // The page is leaving; the form stays busy so nothing is sent twice.
                        let _ = window().location().assign(&next);
                        return;
                    }
                    Answer::Refused(code) if code == "session_ended" => {
                        // The draft is gone (exit, idle reset): start again, as without scripts.
                        let _ = window().location().assign("/?ended=1");
                        return;
                    }
                    Answer::Refused(code) => {
                        say.set(Some(words.error(&code)));
                        break;
                    }
                    Answer::NoConnection if attempt < 5 => {
                        say.set(Some(words.retrying.clone()));
                        sleep_ms(wait_ms).await;
                        wait_ms *= 2;
                    }
                    Answer::NoConnection => say.set(Some(words.network.clone())),
                }
            }
            busy(&form, false);
        });
    }

    /// Marks the form as sending. The buttons say they are unavailable but keep focus (a
    /// disabled button would drop it to the top of the page); `aria-busy` stops a second send.
    fn busy(form: &HtmlFormElement, on: bool) {
        let _ = if on { form.set_attribute("aria-busy", "true") } else { form.remove_attribute("aria-busy") };
        if let Ok(buttons) = form.query_selector_all("button") {
            for i in 0..buttons.length() {
                if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = if on { b.set_attribute("aria-disabled", "true") } else { b.remove_attribute("aria-disabled") };
                }
            }
        }
    }

    /// A page brought back by the browser's back button comes back as it was left: busy.
    /// Make it usable again.
    pub fn reset_when_shown_again(form: NodeRef<leptos::html::Form>, say: WriteSignal<Option<String>>) {
        let _ = window_event_listener_untyped("pageshow", move |_| {
            if let Some(form) = form.get_untracked() {
                busy(&form, false);
                say.set(None);
            }
        });
    }

    /// Posts the fields as a server function call: the server then says where to go in a
    /// `Location` header instead of redirecting, and an error comes back as its code.
    async fn post(url: &str, body: &str) -> Answer {
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        // Gives up on an attempt that hangs, so it can be tried again.
        if let Ok(abort) = web_sys::AbortController::new() {
            init.set_signal(Some(&abort.signal()));
            set_timeout(move || abort.abort(), std::time::Duration::from_millis(ATTEMPT_MS as u64));
        }
        init.set_body(&JsValue::from_str(body));
        if let Ok(headers) = web_sys::Headers::new() {
            let _ = headers.set("Content-Type", "application/x-www-form-urlencoded");
            let _ = headers.set("Accept", "application/json");
            init.set_headers(&headers);
        }
        let Ok(res) = JsFuture::from(window().fetch_with_str_and_init(url, &init)).await else {
            return Answer::NoConnection;
        };
        let res: Response = res.unchecked_into();
        // Only our server function's answer says where to go (with this header); anything
        // else that answers (a Wi-Fi sign-in page, a proxy) has not stored the words.
        if res.headers().has("serverfnredirect").unwrap_or(false) {
            if let Ok(Some(next)) = res.headers().get("location") {
                return Answer::GoTo(next);
            }
        }
        match res.status() {
            // Timed out or lost on the way (at the server or a proxy): worth another try.
            408 | 502 | 504 => return Answer::NoConnection,
            503 => return Answer::Refused("busy".into()),
            s if (200..300).contains(&s) => return Answer::NoConnection,
            _ => {}
        }
        // A server function's error is its code as a JSON string (see `AppError`).
        let Ok(text) = res.text() else { return Answer::NoConnection };
        match JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
            Some(t) => Answer::Refused(t.trim().trim_matches('"').to_string()),
            None => Answer::NoConnection,
        }
    }

    async fn sleep_ms(ms: u32) {
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        set_timeout(
            move || {
                let _ = tx.send(());
            },
            std::time::Duration::from_millis(ms.into()),
        );
        let _ = rx.await;
    }
}

#[cfg(test)]
mod tests {
    use super::SendWords;

    #[test]
    fn an_unknown_error_says_what_an_internal_one_says() {
        let w = SendWords {
            errors: vec![("busy".into(), "Wait a moment".into()), ("internal".into(), "Our side".into())],
            ..Default::default()
        };
        assert_eq!(w.error("busy"), "Wait a moment");
        assert_eq!(w.error("no_such_code"), "Our side");
    }
}
