//! Languages and Fluent messages. The server decides the language of each response (the
//! invite's language, set as a cookie when the code is entered, else the cookie from the
//! language picker, else Accept-Language) and writes it to `<html lang dir>`; the browser
//! reads it back from there on hydration, so both render the same words.

use fluent_templates::{Loader, fluent_bundle::FluentValue, static_loader};
use std::{borrow::Cow, collections::HashMap};
use unic_langid::{LanguageIdentifier, langid};

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en-GB",
    };
}

/// The name of the cookie that remembers the language.
pub const LANG_COOKIE: &str = "tiptoes_lang";

/// The name of the cookie that says someone is helping the family (see `Helping`). It lasts
/// as long as the browser session and goes when the kiosk is left.
pub const HELPING_COOKIE: &str = "tiptoes_helping";

/// Someone is helping the family (a New Communities worker, an interpreter): every kiosk
/// screen then shows the English beneath the family's words, so the helper sees what is
/// being asked. Set per request from `HELPING_COOKIE`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Helping(pub bool);

/// The kiosk's languages: those of the families the service works with (English, Polish,
/// Slovak, Czech, Romanian, Arabic, Urdu, Punjabi, Sorani and Kurmanji Kurdish, Persian,
/// Tigrinya). Every message is in each (the public "you said, we did" page and the staff pages
/// included).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    EnGb,
    Pl,
    Sk,
    Cs,
    Ro,
    Ar,
    Ur,
    /// Punjabi in Gurmukhi script.
    Pa,
    /// Central Kurdish (Sorani), in Arabic script.
    Ckb,
    /// Northern Kurdish (Kurmanji), in Latin script.
    Ku,
    Fa,
    /// Tigrinya, in Ethiopic script.
    Ti,
}

impl Lang {
    pub const ALL: [Lang; 12] =
        [Lang::EnGb, Lang::Pl, Lang::Sk, Lang::Cs, Lang::Ro, Lang::Ar, Lang::Ur, Lang::Pa, Lang::Ckb, Lang::Ku, Lang::Fa, Lang::Ti];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Pl => "pl",
            Lang::Sk => "sk",
            Lang::Cs => "cs",
            Lang::Ro => "ro",
            Lang::Ar => "ar",
            Lang::Ur => "ur",
            Lang::Pa => "pa",
            Lang::Ckb => "ckb",
            Lang::Ku => "ku",
            Lang::Fa => "fa",
            Lang::Ti => "ti",
        }
    }

    /// Each language named in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Pl => "Polski",
            Lang::Sk => "Slovenčina",
            Lang::Cs => "Čeština",
            Lang::Ro => "Română",
            Lang::Ar => "العربية",
            Lang::Ur => "اردو",
            Lang::Pa => "ਪੰਜਾਬੀ",
            Lang::Ckb => "کوردیی ناوەندی",
            Lang::Ku => "Kurmancî",
            Lang::Fa => "فارسی",
            Lang::Ti => "ትግርኛ",
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Ur | Lang::Ckb | Lang::Fa => "rtl",
            _ => "ltr",
        }
    }

    /// The `espeak-ng` voice (Debian's) that speaks the language, for the build's read-aloud
    /// files; `None` where espeak-ng has none (Sorani, Tigrinya): the device's voice, if any.
    pub fn espeak_voice(self) -> Option<&'static str> {
        match self {
            Lang::EnGb => Some("en-gb"),
            Lang::Pl => Some("pl"),
            Lang::Sk => Some("sk"),
            Lang::Cs => Some("cs"),
            Lang::Ro => Some("ro"),
            Lang::Ar => Some("ar"),
            Lang::Ur => Some("ur"),
            Lang::Pa => Some("pa"),
            Lang::Ku => Some("ku"),
            Lang::Fa => Some("fa"),
            Lang::Ckb | Lang::Ti => None,
        }
    }

    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    /// Whether a native speaker has checked this language's family messages, as the header of
    /// its `kiosk.ftl` says (`# Native-speaker review: yes`). English is the source.
    pub fn reviewed(self) -> bool {
        if self == Lang::EnGb {
            return true;
        }
        let kiosk = match self {
            Lang::EnGb => "",
            Lang::Pl => include_str!("../../locales/pl/kiosk.ftl"),
            Lang::Sk => include_str!("../../locales/sk/kiosk.ftl"),
            Lang::Cs => include_str!("../../locales/cs/kiosk.ftl"),
            Lang::Ro => include_str!("../../locales/ro/kiosk.ftl"),
            Lang::Ar => include_str!("../../locales/ar/kiosk.ftl"),
            Lang::Ur => include_str!("../../locales/ur/kiosk.ftl"),
            Lang::Pa => include_str!("../../locales/pa/kiosk.ftl"),
            Lang::Ckb => include_str!("../../locales/ckb/kiosk.ftl"),
            Lang::Ku => include_str!("../../locales/ku/kiosk.ftl"),
            Lang::Fa => include_str!("../../locales/fa/kiosk.ftl"),
            Lang::Ti => include_str!("../../locales/ti/kiosk.ftl"),
        };
        kiosk.lines().take_while(|l| l.starts_with('#')).any(|l| l.trim() == "# Native-speaker review: yes")
    }

    /// A language's name for the staff, saying when no native speaker has checked it yet.
    pub fn staff_name(self) -> String {
        if self.reviewed() {
            self.native_name().to_string()
        } else {
            t_args("staff-language-unreviewed", &[("language", FluentValue::from(self.native_name()))])
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::EnGb => langid!("en-GB"),
            Lang::Pl => langid!("pl"),
            Lang::Sk => langid!("sk"),
            Lang::Cs => langid!("cs"),
            Lang::Ro => langid!("ro"),
            Lang::Ar => langid!("ar"),
            Lang::Ur => langid!("ur"),
            Lang::Pa => langid!("pa"),
            Lang::Ckb => langid!("ckb"),
            Lang::Ku => langid!("ku"),
            Lang::Fa => langid!("fa"),
            Lang::Ti => langid!("ti"),
        }
    }

    /// Exact tags only (case-insensitive): used for stored languages and the cookie.
    pub fn parse(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Loose match for Accept-Language ranges: "en-US" → English, "ar-EG" → Arabic.
    pub fn from_range(range: &str) -> Option<Lang> {
        let primary = range.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag().split('-').next() == Some(primary.as_str()))
    }

    /// Picks the best supported language from an Accept-Language header, by its q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut bits = part.split(';');
                let range = bits.next()?.trim();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (q > 0.0 && !range.is_empty()).then_some((q, range))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        ranges.into_iter().find_map(|(_, r)| Lang::from_range(r))
    }

    /// The language of the page being hydrated, as the server wrote it.
    #[cfg(feature = "hydrate")]
    pub fn from_document() -> Lang {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|t| Lang::parse(&t))
            .unwrap_or_default()
    }

    #[cfg(not(feature = "hydrate"))]
    pub fn from_document() -> Lang {
        Lang::default()
    }

    /// The language for this request: cookie, then Accept-Language, then English.
    pub fn from_headers(cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie_header
            .and_then(|c| cookie_value(c, LANG_COOKIE))
            .and_then(|v| Lang::parse(&v))
            .or_else(|| accept_language.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }
}

/// Reads one cookie's value from a Cookie header.
pub fn cookie_value(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|kv| {
        let (k, v) = kv.trim().split_once('=')?;
        (k == name).then(|| v.to_string())
    })
}

/// A message in the given language.
pub fn tr(lang: Lang, id: &str) -> String {
    LOCALES.lookup(&lang.langid(), id)
}

/// A message with arguments in the given language.
pub fn tr_args(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    LOCALES.lookup_with_args(&lang.langid(), id, &map)
}

/// Whether a message exists in a language and formats with the variables messages use
/// (used by the locale completeness test).
pub fn has_message(lang: Lang, id: &str) -> bool {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = [
        ("seconds", FluentValue::from(5)),
        ("n", FluentValue::from(2)),
        ("total", FluentValue::from(9)),
        ("name", FluentValue::from("Olivia")),
        ("when", FluentValue::from("x")),
        ("weekday", FluentValue::from("x")),
        ("day", FluentValue::from("3")),
        ("month", FluentValue::from("x")),
        ("year", FluentValue::from("2026")),
        ("time", FluentValue::from("10:30")),
        ("minutes", FluentValue::from(15)),
        ("band", FluentValue::from("10-12")),
        ("language", FluentValue::from("Polski")),
        ("questions", FluentValue::from(5)),
        ("count", FluentValue::from(3)),
        ("pct", FluentValue::from(50)),
        ("year", FluentValue::from("2017/18")),
        ("quarter", FluentValue::from(1)),
        ("from", FluentValue::from("1 April 2017")),
        ("to", FluentValue::from("30 June 2017")),
        ("label", FluentValue::from("x")),
        ("kind", FluentValue::from("x")),
        ("date", FluentValue::from("x")),
        ("page", FluentValue::from(2)),
        ("pages", FluentValue::from(3)),
    ]
    .into_iter()
    .map(|(k, v)| (Cow::Borrowed(k), v))
    .collect();
    LOCALES.try_lookup_with_args(&lang.langid(), id, &args).is_some()
}

/// The current page's language (from context; English outside a page).
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// A message in the current page's language.
pub fn t(id: &str) -> String {
    tr(use_lang(), id)
}

pub fn t_args(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    tr_args(use_lang(), id, args)
}

/// Whether this page shows the English beneath the family's words: someone is helping, and
/// the family's language is not English already.
pub fn helping() -> bool {
    leptos::prelude::use_context::<Helping>().is_some_and(|h| h.0) && use_lang() != Lang::EnGb
}

/// Words as a family reads them: in the page's language and, when someone is helping, the
/// English beneath, smaller; each part marked with its own language and direction, so a
/// screen reader and the browser's line breaking treat each as what it is. `english` is
/// called only when it is shown.
pub fn both(text: String, english: impl FnOnce() -> String) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    if !helping() {
        return text.into_any();
    }
    let lang = use_lang();
    view! {
        <span lang=lang.tag() dir=lang.dir()>{text}</span>
        <span class="app-en" lang="en-GB" dir="ltr">{english()}</span>
    }
    .into_any()
}

/// A message as a family reads it (see `both`).
pub fn say(id: &str) -> leptos::prelude::AnyView {
    both(t(id), || tr(Lang::EnGb, id))
}

/// A message with arguments as a family reads it (see `both`). Arguments that are words of
/// the language themselves (a date) need `both` with each language's own.
pub fn say_args(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> leptos::prelude::AnyView {
    both(t_args(id, args), || tr_args(Lang::EnGb, id, args))
}

/// A message to show on a kiosk screen: its id and arguments, formatted where it is shown
/// (in the family's language, with the English beneath when someone is helping) and read
/// aloud by the screen's Listen control (see `crate::speech`).
#[derive(Clone, Debug)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(&'static str, FluentValue<'static>)>,
}

impl Msg {
    pub fn new(id: impl Into<String>) -> Msg {
        Msg { id: id.into(), args: Vec::new() }
    }

    pub fn with(id: impl Into<String>, args: &[(&'static str, FluentValue<'static>)]) -> Msg {
        Msg { id: id.into(), args: args.to_vec() }
    }

    /// The words in the page's language.
    pub fn text(&self) -> String {
        t_args(&self.id, &self.args)
    }

    /// The words as the family reads them (see `both`).
    pub fn show(&self) -> leptos::prelude::AnyView {
        say_args(&self.id, &self.args)
    }
}

/// Says a meeting's local date and time in the language, e.g. "Tuesday 3 March 2026 at 10:30".
pub fn meeting_time(lang: Lang, at: &crate::model::LocalTime) -> String {
    let weekday = tr(lang, &format!("weekday-{}", at.weekday));
    let month = tr(lang, &format!("month-{}", at.month));
    tr_args(
        lang,
        "meeting-date-time",
        &[
            ("weekday", FluentValue::from(weekday)),
            ("day", FluentValue::from(at.day.to_string())),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(at.year.to_string())),
            ("time", FluentValue::from(format!("{:02}:{:02}", at.hour, at.minute))),
        ],
    )
}

pub use fluent_templates::fluent_bundle::FluentValue as Value;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_range() {
        assert_eq!(Lang::from_accept_language("ar-EG,ar;q=0.9,en;q=0.8"), Some(Lang::Ar));
        assert_eq!(Lang::from_accept_language("de-DE, pl;q=0.5, en;q=0.7"), Some(Lang::EnGb));
        assert_eq!(Lang::from_accept_language("de"), None);
        assert_eq!(Lang::from_accept_language("pl;q=0, ar;q=0.1"), Some(Lang::Ar));
    }

    #[test]
    fn the_cookie_wins_over_accept_language() {
        assert_eq!(Lang::from_headers(Some("a=b; tiptoes_lang=pl"), Some("ar")), Lang::Pl);
        assert_eq!(Lang::from_headers(Some("tiptoes_lang=xx"), Some("ar")), Lang::Ar);
        assert_eq!(Lang::from_headers(None, None), Lang::EnGb);
    }

    #[test]
    fn arabic_script_languages_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).map(Lang::tag).collect();
        assert_eq!(rtl, ["ar", "ur", "ckb", "fa"]);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.tag()), Some(l));
        }
    }

    /// Every message of en-GB exists in every other language, no language has one en-GB
    /// lacks, and each formats.
    #[test]
    fn every_language_has_every_message() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let ids = |tag: &str| -> std::collections::BTreeSet<String> {
            let mut out = std::collections::BTreeSet::new();
            for entry in std::fs::read_dir(dir.join(tag)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "ftl") {
                    continue;
                }
                let text = std::fs::read_to_string(path).unwrap();
                for line in text.lines() {
                    if let Some((id, _)) = line.split_once(" =") {
                        if !id.starts_with([' ', '#', '.']) && !id.is_empty() {
                            out.insert(id.trim().to_string());
                        }
                    }
                }
            }
            out
        };
        let source = ids("en-GB");
        assert!(source.len() > 50, "en-GB has {} messages", source.len());
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::EnGb) {
            let other = ids(lang.tag());
            let missing: Vec<_> = source.difference(&other).collect();
            let extra: Vec<_> = other.difference(&source).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.tag());
            for id in &other {
                assert!(has_message(lang, id), "{} cannot format {id}", lang.tag());
            }
        }
    }

    /// Each language's own words are loaded (not English by fallback).
    #[test]
    fn each_language_speaks_its_own_words() {
        for l in Lang::ALL.into_iter().filter(|l| *l != Lang::EnGb) {
            assert_ne!(tr(l, "start-heading"), tr(Lang::EnGb, "start-heading"), "{}", l.tag());
            assert_ne!(tr(l, "continue"), tr(Lang::EnGb, "continue"), "{}", l.tag());
            assert_ne!(tr(l, "notice-title"), tr(Lang::EnGb, "notice-title"), "{}", l.tag());
            assert!(!l.reviewed(), "{}: no native speaker has checked it yet", l.tag());
        }
        assert!(Lang::EnGb.reviewed());
    }

    #[test]
    fn a_meeting_time_reads_naturally() {
        let at = crate::model::LocalTime { year: 2026, month: 3, day: 3, weekday: 2, hour: 10, minute: 30 };
        let s = meeting_time(Lang::EnGb, &at).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(s, "Tuesday 3 March 2026 at 10:30");
    }
}
