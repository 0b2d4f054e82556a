//! "Listen": reads the screen's question and its choices aloud, for children and parents who
//! read little. The server renders the control and, in a template beside it, the clips to
//! play in order (`kiosk::frame::listen_control`, from `crate::speech`): a file where one was
//! recorded or generated, else words for the device's own voice.
//!
//! Not an island of its own: every screen with Listen has the guard island, which wires the
//! control up when it hydrates (`install`). An island's props, registration and hydration
//! cost about 2.5 KB of a child's first download; this costs none of that, and the button
//! stays hidden without a script, as nothing could play.
//!
//! Nothing is fetched until the button is pressed (the audio element gets its address then),
//! nothing is sent anywhere but this site, and the device's voice is used only when it is on
//! the device (`localService`) and speaks the page's language.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{HtmlAudioElement, HtmlButtonElement, HtmlElement, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// One piece to say: a file of this site, or, without one, words for the device's voice.
#[derive(Clone)]
struct Clip {
    src: Option<String>,
    text: String,
}

/// The control's words, in the page's language (from its data attributes).
#[derive(Clone)]
struct ListenWords {
    listen: String,
    stop: String,
    no_voice: String,
}

/// The page's one Listen control and where it is in its clips.
struct Player {
    button: HtmlButtonElement,
    label: HtmlElement,
    status: HtmlElement,
    lang: String,
    clips: Vec<Clip>,
    words: ListenWords,
    /// Bumped by each press: an event from an earlier run (a clip ending after Stop) is
    /// ignored.
    run: u32,
    next: usize,
    said: bool,
    /// One audio element for every file: made when the page starts and first played from the
    /// press itself, so phones that allow sound only from a tap let the later clips play too.
    audio: HtmlAudioElement,
    /// The utterance being spoken, kept so that it is not collected before it ends.
    speaking: Option<SpeechSynthesisUtterance>,
}

thread_local! {
    static PLAYER: RefCell<Option<Player>> = const { RefCell::new(None) };
}

/// Finds the page's Listen control (if it has one), shows it and makes it work.
pub fn install() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = doc.query_selector(".app-listen").ok().flatten() else { return };
    let find = |sel: &str| root.query_selector(sel).ok().flatten();
    let (Some(button), Some(label), Some(status)) = (find(".app-listen__button"), find(".app-listen__word"), find(".app-listen__status")) else {
        return;
    };
    let attr = |name: &str| root.get_attribute(name).unwrap_or_default();
    let words = ListenWords { listen: attr("data-listen"), stop: attr("data-stop"), no_voice: attr("data-no-voice") };
    let template: Option<web_sys::HtmlTemplateElement> = find(".app-listen__clips").map(JsCast::unchecked_into);
    let items = template.and_then(|t| t.content().query_selector_all("li").ok());
    let clips = (0..items.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| items.as_ref()?.item(i))
        .map(|n| {
            let e: web_sys::Element = n.unchecked_into();
            Clip { src: e.get_attribute("data-src"), text: e.text_content().unwrap_or_default() }
        })
        .collect();
    let button: HtmlButtonElement = button.unchecked_into();
    button.set_hidden(false);
    let press = Closure::<dyn FnMut()>::new(press);
    let _ = button.add_event_listener_with_callback("click", press.as_ref().unchecked_ref());
    // The control lives as long as the page.
    press.forget();
    let (label, status) = (label.unchecked_into(), status.unchecked_into());
    let Ok(audio) = HtmlAudioElement::new() else { return };
    audio.set_preload("none");
    let player = Player { button, label, status, lang: attr("data-lang"), clips, words, run: 0, next: 0, said: false, audio, speaking: None };
    PLAYER.with(|p| *p.borrow_mut() = Some(player));
    // Ask for the device's voices now: some browsers load them a moment later.
    if let Some(s) = synth() {
        let _ = s.get_voices();
    }
}

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn with<R>(f: impl FnOnce(&mut Player) -> R) -> Option<R> {
    PLAYER.with(|p| p.borrow_mut().as_mut().map(f))
}

/// Listen starts from the first clip; pressed while playing, it stops.
fn press() {
    let playing = with(|p| p.button.has_attribute("data-playing")).unwrap_or(false);
    stop();
    if playing {
        return;
    }
    let run = with(|p| {
        p.run += 1;
        p.next = 0;
        p.said = false;
        p.status.set_text_content(None);
        p.button.set_attribute("data-playing", "").ok();
        p.label.set_text_content(Some(&p.words.stop));
        p.run
    });
    if let Some(run) = run {
        advance(run, 0);
    }
}

fn stop() {
    with(|p| {
        p.run += 1;
        let _ = p.audio.pause();
        p.speaking = None;
        p.button.remove_attribute("data-playing").ok();
        p.label.set_text_content(Some(&p.words.listen));
    });
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// A callback that moves on from clip `at` of `run`, once: a late or second event (an
/// error after the end, a clip ending after Stop) finds the player elsewhere and does
/// nothing.
fn then(run: u32, at: usize) -> JsValue {
    Closure::once_into_js(move |_: JsValue| advance(run, at))
}

/// Plays the next clip that can be said; at the end, says so if nothing could be.
fn advance(run: u32, at: usize) {
    let step = with(|p| {
        if p.run != run || p.next != at {
            return None;
        }
        let clip = p.clips.get(p.next).cloned();
        p.next += 1;
        Some((clip, p.lang.clone(), p.next))
    });
    let Some(Some((clip, lang, next))) = step else { return };
    let Some(clip) = clip else { return finish() };
    let started = match clip.src {
        Some(src) => file(&src, run, next),
        None => device_voice(&lang).is_some_and(|v| speak(&clip.text, &v, run, next)),
    };
    if started {
        with(|p| p.said = true);
    } else {
        // Nothing to say this one with: on to the next.
        advance(run, next);
    }
}

fn finish() {
    let said = with(|p| p.said).unwrap_or(true);
    stop();
    if !said {
        with(|p| p.status.set_text_content(Some(&p.words.no_voice)));
    }
}

fn file(src: &str, run: u32, at: usize) -> bool {
    let Some(audio) = with(|p| p.audio.clone()) else { return false };
    audio.set_src(src);
    audio.set_onended(Some(then(run, at).unchecked_ref()));
    audio.set_onerror(Some(then(run, at).unchecked_ref()));
    let Ok(started) = audio.play() else { return false };
    // Refused (no sound allowed here, or Stop pressed before it began): on to the next clip,
    // which, after Stop, finds the player elsewhere and does nothing.
    let refused = Closure::once(move |_: JsValue| advance(run, at));
    let _ = started.catch(&refused);
    refused.forget();
    true
}

/// A voice on this device that speaks the language: the same tag first ("en-GB"), else the
/// same language ("en-…").
fn device_voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let mut same = None;
    for v in synth()?.get_voices().iter().map(JsCast::unchecked_into::<SpeechSynthesisVoice>) {
        if !v.local_service() {
            continue;
        }
        let tag = v.lang().replace('_', "-");
        if tag.eq_ignore_ascii_case(lang) {
            return Some(v);
        }
        if same.is_none() && primary(&tag) == primary(lang) {
            same = Some(v);
        }
    }
    same
}

fn speak(text: &str, voice: &SpeechSynthesisVoice, run: u32, at: usize) -> bool {
    let (Some(synth), Ok(u)) = (synth(), SpeechSynthesisUtterance::new_with_text(text)) else { return false };
    u.set_voice(Some(voice));
    u.set_lang(&voice.lang());
    u.set_onend(Some(then(run, at).unchecked_ref()));
    u.set_onerror(Some(then(run, at).unchecked_ref()));
    synth.speak(&u);
    with(|p| p.speaking = Some(u));
    true
}
