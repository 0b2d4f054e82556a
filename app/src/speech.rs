//! Read-aloud: what each kiosk screen's Listen control plays, and in what order it looks for
//! the sound of each part.
//!
//! A message is spoken in pieces: the fixed words of the message, and the parts that change
//! (a name, a date, a number) between them. Fluent marks each changing part with Unicode
//! isolation marks (U+2068 … U+2069), so splitting the formatted text at those marks gives
//! the pieces without a second parser. For each fixed piece the sound comes from:
//!
//! 1. a recording a service dropped into `locales/{lang}/audio/` (`{message-id}.mp3` for a
//!    message with no changing part, `{message-id}.{n}.mp3` for its n-th fixed piece): a
//!    recording always wins;
//! 2. else a file the build made with Debian's `espeak-ng` from the same words
//!    (`.ci/audio.sh`, from `tiptoes speech-list`);
//! 3. else the device's own voice (the browser's speech synthesis, only a voice that is on
//!    the device and speaks the language), which also speaks the changing parts.
//!
//! Nothing is sent to a speech service elsewhere, and a child's typed words are never given
//! to this module: a screen lists only its own question and choices.

use crate::i18n::{Lang, Msg, tr_args};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One piece to say: a sound file of this site, or, without one, words for the device's voice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clip {
    pub src: Option<String>,
    pub text: String,
}

/// The sounds the build made or copied, from `target/site/audio.txt` (see `.ci/audio.sh`).
#[derive(Debug, Default)]
pub struct AudioIndex {
    /// (language, message id or `id.n`) → address of a recording.
    recorded: HashMap<(String, String), String>,
    /// (language, the fixed words) → address of a generated file.
    generated: HashMap<(String, String), String>,
}

impl AudioIndex {
    /// Reads the index the build wrote: `recorded|generated <tab> lang <tab> key <tab> url`.
    /// A missing or unreadable file means no audio files: the device's voice still speaks.
    pub fn parse(text: &str) -> AudioIndex {
        let mut index = AudioIndex::default();
        for line in text.lines() {
            let mut f = line.split('\t');
            let (Some(kind), Some(lang), Some(key), Some(url)) = (f.next(), f.next(), f.next(), f.next()) else { continue };
            // Only our own files: never an address elsewhere, whatever the file says.
            if !url.starts_with("/pkg/audio/") {
                continue;
            }
            let entry = (lang.to_string(), key.to_string());
            match kind {
                "recorded" => index.recorded.insert(entry, url.to_string()),
                "generated" => index.generated.insert(entry, url.to_string()),
                _ => None,
            };
        }
        index
    }

    /// How many (recorded, generated) sounds a language has.
    pub fn counts(&self, lang: Lang) -> (usize, usize) {
        let n = |m: &HashMap<(String, String), String>| m.keys().filter(|(l, _)| l == lang.tag()).count();
        (n(&self.recorded), n(&self.generated))
    }
}

static AUDIO: OnceLock<AudioIndex> = OnceLock::new();

/// Sets the audio index once, at startup.
pub fn set_audio(index: AudioIndex) {
    let _ = AUDIO.set(index);
}

fn audio() -> &'static AudioIndex {
    AUDIO.get_or_init(AudioIndex::default)
}

/// One piece of a formatted message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Words of the message itself, the same every time.
    Fixed(String),
    /// A changing part: a name, a date, a number.
    Value(String),
}

/// Splits a message formatted by Fluent (with its isolation marks) into pieces. A value may
/// hold marks of its own (a date made of a weekday and a month): everything inside the
/// outermost marks is one value.
pub fn pieces(formatted: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let (mut depth, mut current) = (0usize, String::new());
    let mut push = |depth: usize, text: &mut String| {
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // A piece with no letters or digits (a comma, a space) says nothing.
        if words.chars().any(char::is_alphanumeric) {
            out.push(if depth == 0 { Piece::Fixed(words) } else { Piece::Value(words) });
        }
        text.clear();
    };
    for c in formatted.chars() {
        match c {
            '\u{2068}' => {
                if depth == 0 {
                    push(0, &mut current);
                }
                depth += 1;
            }
            '\u{2069}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    push(1, &mut current);
                }
            }
            c => current.push(c),
        }
    }
    push(depth, &mut current);
    out
}

/// The clips the Listen control plays for a screen, in order.
pub fn clips(lang: Lang, msgs: &[Msg]) -> Vec<Clip> {
    let index = audio();
    let tag = lang.tag().to_string();
    let mut out = Vec::new();
    for msg in msgs {
        let parts = pieces(&tr_args(lang, &msg.id, &msg.args));
        let whole = parts.len() == 1 && matches!(parts[0], Piece::Fixed(_));
        let mut n = 0;
        for part in parts {
            match part {
                Piece::Fixed(text) => {
                    let key = if whole { msg.id.clone() } else { format!("{}.{n}", msg.id) };
                    n += 1;
                    let src = index
                        .recorded
                        .get(&(tag.clone(), key))
                        .or_else(|| index.generated.get(&(tag.clone(), text.clone())))
                        .cloned();
                    out.push(Clip { src, text });
                }
                Piece::Value(text) => out.push(Clip { src: None, text }),
            }
        }
    }
    out
}

/// Every fixed piece the kiosk can show in a language that `espeak-ng` speaks, for the
/// build to make sounds of (`tiptoes speech-list`): each family-facing message formatted with
/// numbers that reach each plural form, and stand-in words for names and dates.
pub fn speech_list() -> Vec<(Lang, &'static str, String)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let Some(voice) = lang.espeak_voice() else { continue };
        let mut seen = std::collections::HashSet::new();
        for id in family_message_ids() {
            for n in [0, 1, 2, 3, 5, 11, 22, 100, 101] {
                let args = sample_args(n);
                for piece in pieces(&tr_args(lang, id, &args)) {
                    if let Piece::Fixed(text) = piece {
                        if seen.insert(text.clone()) {
                            out.push((lang, voice, text));
                        }
                    }
                }
            }
        }
    }
    out
}

/// How one language's family messages are spoken: by a recording, by files the build made,
/// or only by the device's own voice (where the device has one).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub messages: usize,
    pub recorded: usize,
    pub generated: usize,
    pub device: usize,
}

/// Each language's coverage, for `make bench`. A message counts as recorded or generated
/// only when every fixed piece of it has a file (a recording for any piece counts it as
/// recorded); its names and dates are the device's in every case.
pub fn coverage(lang: Lang) -> Coverage {
    let index = audio();
    let tag = lang.tag().to_string();
    let mut c = Coverage::default();
    for id in family_message_ids() {
        let parts = pieces(&tr_args(lang, id, &sample_args(5)));
        // Keyed as `clips` keys them: the id alone only for a message that is one fixed piece.
        let whole = parts.len() == 1 && matches!(parts[0], Piece::Fixed(_));
        let fixed: Vec<String> = parts
            .into_iter()
            .filter_map(|p| match p {
                Piece::Fixed(t) => Some(t),
                Piece::Value(_) => None,
            })
            .collect();
        let key = |n: usize| if whole { id.to_string() } else { format!("{id}.{n}") };
        let recorded = (0..fixed.len()).filter(|n| index.recorded.contains_key(&(tag.clone(), key(*n)))).count();
        let generated = fixed.iter().filter(|t| index.generated.contains_key(&(tag.clone(), (*t).clone()))).count();
        c.messages += 1;
        if recorded > 0 && recorded + generated >= fixed.len() {
            c.recorded += 1;
        } else if !fixed.is_empty() && generated == fixed.len() {
            c.generated += 1;
        } else {
            c.device += 1;
        }
    }
    c
}

/// The ids of the messages a family sees (the kiosk's and the shared ones), from en-GB.
pub fn family_message_ids() -> Vec<&'static str> {
    const FILES: [&str; 3] = [
        include_str!("../../locales/en-GB/common.ftl"),
        include_str!("../../locales/en-GB/kiosk.ftl"),
        include_str!("../../locales/en-GB/access.ftl"),
    ];
    FILES
        .iter()
        .flat_map(|f| f.lines())
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .collect()
}

/// Arguments for every variable a family message uses: `n` for numbers, stand-ins for words.
fn sample_args(n: u32) -> Vec<(&'static str, crate::i18n::Value<'static>)> {
    use crate::i18n::Value;
    let word = || Value::from("\u{E000}");
    vec![
        ("seconds", Value::from(n)),
        ("n", Value::from(n)),
        ("total", Value::from(n)),
        ("questions", Value::from(n)),
        ("count", Value::from(n)),
        ("minutes", Value::from(n)),
        ("name", word()),
        ("when", word()),
        ("language", word()),
        ("date", word()),
        ("weekday", word()),
        ("day", word()),
        ("month", word()),
        ("year", word()),
        ("time", word()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_splits_into_its_fixed_words_and_its_changing_parts() {
        let p = pieces("Hello \u{2068}Olivia\u{2069}, welcome.");
        assert_eq!(p, [Piece::Fixed("Hello".into()), Piece::Value("Olivia".into()), Piece::Fixed(", welcome.".into())]);
        // A date made of pieces of its own is one changing part.
        let p = pieces("On \u{2068}\u{2068}Tuesday\u{2069} 3 \u{2068}March\u{2069}\u{2069}.");
        assert_eq!(p, [Piece::Fixed("On".into()), Piece::Value("Tuesday 3 March".into())]);
        assert_eq!(pieces("Continue"), [Piece::Fixed("Continue".into())]);
    }

    #[test]
    fn a_recording_wins_over_a_generated_file_and_the_device_speaks_the_rest() {
        let index = AudioIndex::parse(
            "generated\ten-GB\tBack\t/pkg/audio/en-GB-1.mp3\n\
             recorded\ten-GB\tback\t/pkg/audio/en-GB-rec-2.mp3\n\
             generated\ten-GB\tContinue\t/pkg/audio/en-GB-3.mp3\n\
             generated\ten-GB\tFinish\thttps://elsewhere.example/x.mp3\n",
        );
        let _ = AUDIO.set(index);
        let c = clips(Lang::EnGb, &[Msg::new("back"), Msg::new("continue"), Msg::new("finish")]);
        assert_eq!(c[0].src.as_deref(), Some("/pkg/audio/en-GB-rec-2.mp3"));
        assert_eq!(c[1].src.as_deref(), Some("/pkg/audio/en-GB-3.mp3"));
        assert_eq!((c[2].src.as_deref(), c[2].text.as_str()), (None, "Finish"), "never an address elsewhere");
    }

    #[test]
    fn the_build_list_holds_every_plural_form_and_no_stand_in() {
        let list = speech_list();
        let en: Vec<_> = list.iter().filter(|(l, ..)| *l == Lang::EnGb).map(|(_, _, t)| t.as_str()).collect();
        assert!(en.contains(&"Continue"));
        assert!(en.iter().any(|t| t.ends_with("second.")) && en.iter().any(|t| t.ends_with("seconds.")), "one and other");
        assert!(list.iter().all(|(_, _, t)| !t.contains('\u{E000}')));
        assert!(list.iter().all(|(l, ..)| l.espeak_voice().is_some()));
        assert!(!list.iter().any(|(l, ..)| *l == Lang::Ti), "espeak-ng has no Tigrinya voice");
    }
}
