//! "Listen": reads the screen's question and its choices aloud, for children and parents who
//! read little. The server lists the clips in order (see `crate::speech` on the server side):
//! a file where one was recorded or generated, else words for the device's own voice.
//!
//! Nothing is fetched until the button is pressed (`new Audio(src)` then), nothing is sent
//! anywhere but this site, and the device's voice is used only when it is on the device
//! (`localService`) and speaks the page's language.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One piece to say: a sound file of this site, or, without one, words for the device's voice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Clip {
    pub src: Option<String>,
    pub text: String,
}

/// The control's words, in the page's language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListenWords {
    pub listen: String,
    pub stop: String,
    pub no_voice: String,
}

/// The Listen button. Hidden until the page's script runs (without it, nothing could play);
/// `children` is the picture, drawn on the server.
#[island]
pub fn Listen(lang: String, clips: Vec<Clip>, words: ListenWords, children: Children) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (playing, set_playing) = signal(false);
    let (status, set_status) = signal(String::new());
    Effect::new(move |_| set_ready.set(true));
    let ListenWords { listen, stop, no_voice } = words;
    #[cfg(not(feature = "hydrate"))]
    let _ = (&lang, &clips, &no_voice, set_playing, set_status);
    let press = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if playing.get_untracked() {
                play::stop();
                set_playing.set(false);
                return;
            }
            set_status.set(String::new());
            set_playing.set(true);
            let (lang, clips, no_voice) = (lang.clone(), clips.clone(), no_voice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = play::all(&lang, &clips).await;
                if said == play::Said::Nothing {
                    set_status.set(no_voice);
                }
                set_playing.set(false);
            });
        }
    };
    view! {
        <div class="app-listen">
            <button type="button" class="app-listen__button" hidden=move || !ready.get()
                aria-pressed=move || if playing.get() { "true" } else { "false" } on:click=press>
                {children()}
                <span>{move || if playing.get() { stop.clone() } else { listen.clone() }}</span>
            </button>
            <p class="app-listen__status" role="status">{move || status.get()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod play {
    use super::Clip;
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{HtmlAudioElement, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    thread_local! {
        /// Bumped by Stop (and by each new press): a running loop sees it and ends.
        static RUN: Cell<u32> = const { Cell::new(0) };
        static AUDIO: RefCell<Option<HtmlAudioElement>> = const { RefCell::new(None) };
    }

    #[derive(PartialEq)]
    pub enum Said {
        Something,
        Nothing,
    }

    pub fn stop() {
        RUN.with(|r| r.set(r.get() + 1));
        if let Some(a) = AUDIO.with(|a| a.borrow_mut().take()) {
            let _ = a.pause();
        }
        if let Some(s) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
            s.cancel();
        }
    }

    /// Plays the clips in order; returns whether anything at all could be said.
    pub async fn all(lang: &str, clips: &[Clip]) -> Said {
        let run = RUN.with(|r| {
            r.set(r.get() + 1);
            r.get()
        });
        let mut voice = None;
        let mut said = Said::Nothing;
        for clip in clips {
            if RUN.with(Cell::get) != run {
                break;
            }
            let ok = match &clip.src {
                Some(src) => file(src).await,
                None => {
                    if voice.is_none() {
                        voice = Some(device_voice(lang).await);
                    }
                    match voice.as_ref().and_then(Option::as_ref) {
                        Some(v) => speak(&clip.text, v).await,
                        None => false,
                    }
                }
            };
            if ok {
                said = Said::Something;
            }
        }
        said
    }

    /// A promise that settles when one of `events` fires on `target`.
    async fn until(target: &web_sys::EventTarget, events: &[&str]) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            for ev in events {
                let _ = target.add_event_listener_with_callback(ev, &resolve);
            }
        });
        let _ = JsFuture::from(promise).await;
    }

    async fn file(src: &str) -> bool {
        let Ok(audio) = HtmlAudioElement::new_with_src(src) else { return false };
        AUDIO.with(|a| *a.borrow_mut() = Some(audio.clone()));
        let Ok(started) = audio.play() else { return false };
        if JsFuture::from(started).await.is_err() {
            return false;
        }
        until(&audio, &["ended", "error", "pause"]).await;
        true
    }

    /// A voice on this device that speaks the language: the same tag first ("en-GB"), else the
    /// same language ("en-…"). Voices may arrive a moment after the page: wait up to a second.
    async fn device_voice(lang: &str) -> Option<SpeechSynthesisVoice> {
        let synth = web_sys::window()?.speech_synthesis().ok()?;
        if synth.get_voices().length() == 0 {
            let wait = js_sys::Promise::new(&mut |resolve, _| {
                let _ = synth.add_event_listener_with_callback("voiceschanged", &resolve);
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1000);
                }
            });
            let _ = JsFuture::from(wait).await;
        }
        let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let voices: Vec<SpeechSynthesisVoice> =
            synth.get_voices().iter().map(JsCast::unchecked_into::<SpeechSynthesisVoice>).filter(|v| v.local_service()).collect();
        let exact = voices.iter().find(|v| v.lang().replace('_', "-").eq_ignore_ascii_case(lang));
        exact.or_else(|| voices.iter().find(|v| primary(&v.lang()) == primary(lang))).cloned()
    }

    async fn speak(text: &str, voice: &SpeechSynthesisVoice) -> bool {
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return false };
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
        u.set_voice(Some(voice));
        u.set_lang(&voice.lang());
        let done = js_sys::Promise::new(&mut |resolve, _| {
            let end = Closure::once_into_js(move |_: JsValue| {
                let _ = resolve.call0(&JsValue::NULL);
            });
            u.set_onend(Some(end.unchecked_ref()));
            u.set_onerror(Some(end.unchecked_ref()));
        });
        synth.speak(&u);
        let _ = JsFuture::from(done).await;
        true
    }
}
