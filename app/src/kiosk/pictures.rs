//! Pictures beside words, for children who read little and for younger children (5–9): a small
//! symbol beside each way of taking part, each of the three houses, the two ends of the safety
//! scale and each "who helped" choice. A picture only helps the words: the words always stay
//! beside it, so each picture is hidden from screen readers (`aria-hidden`).
//!
//! Every picture is drawn here, by hand, as a few simple shapes (no downloaded icon set, nothing
//! fetched, no text, no ids, since many pictures share one page). Strokes are `currentColor`,
//! so a picture takes the ink of the text beside it; the soft fills are CSS custom properties
//! (`--pic-fill`, `--pic-warm`, `--pic-soft`, `--pic-paper`) with light fallbacks, so the look
//! stays calm and light. Pictures with a direction (a hand writing, a person walking, the phone,
//! sound coming out of a speaker, a speech bubble's tail, the question mark, which Arabic, Urdu,
//! Sorani and Farsi write turned round: ؟) carry `app-pic--mirror` and turn round in
//! right-to-left languages (`style/main.css`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    Attend,
    Write,
    Someone,
    Phone,
    NotSure,
    HouseGoodThings,
    HouseWorries,
    HouseWishes,
    SafetyLow,
    SafetyHigh,
    HelpedNobody,
    HelpedInterpreter,
    HelpedAdvocate,
    HelpedSocialWorker,
    HelpedParentCarer,
    HelpedSomeoneElse,
    Listen,
    Language,
}

pub const ALL: [Picture; 18] = [
    Picture::Attend,
    Picture::Write,
    Picture::Someone,
    Picture::Phone,
    Picture::NotSure,
    Picture::HouseGoodThings,
    Picture::HouseWorries,
    Picture::HouseWishes,
    Picture::SafetyLow,
    Picture::SafetyHigh,
    Picture::HelpedNobody,
    Picture::HelpedInterpreter,
    Picture::HelpedAdvocate,
    Picture::HelpedSocialWorker,
    Picture::HelpedParentCarer,
    Picture::HelpedSomeoneElse,
    Picture::Listen,
    Picture::Language,
];

impl Picture {
    /// The whole `<svg>` element, to put beside the words with `inner_html`. No width or height:
    /// `.app-pic` sizes it.
    pub fn svg(self) -> &'static str {
        match self {
            // Walking in through a door.
            Picture::Attend => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><rect x="26" y="6" width="17" height="36" fill="var(--pic-warm,#fde68a)"/><path d="M43 6l-7 3v30l7 3z" fill="var(--pic-fill,#dbeafe)"/><circle cx="38.5" cy="25" r="1" fill="currentColor"/><circle cx="13" cy="10" r="4" fill="var(--pic-warm,#fde68a)"/><path d="M12 15l2 12M14 27l-6 13M14 27l6 13M13 19l-6 5M13 19l7 4M3 42h42"/></svg>"##
            }
            // A pencil writing on paper.
            Picture::Write => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><rect x="6" y="5" width="26" height="37" rx="2" fill="var(--pic-paper,#fff)"/><path d="M12 14h14M12 21h14M12 28h6"/><path d="M37 9l5 5-15 15-7 2 2-7z" fill="var(--pic-warm,#fde68a)"/><path d="M22 24l5 5M34 12l5 5"/></svg>"##
            }
            // Someone I trust speaking for me.
            Picture::Someone => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="10" cy="30" r="4" fill="var(--pic-warm,#fde68a)"/><path d="M3 43v-3a7 7 0 0 1 14 0v3" fill="var(--pic-fill,#dbeafe)"/><circle cx="26" cy="22" r="5" fill="var(--pic-warm,#fde68a)"/><path d="M17 43v-4a9 9 0 0 1 18 0v4" fill="var(--pic-fill,#dbeafe)"/><path d="M33 4h10a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3h-5l-5 4v-4a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z" fill="var(--pic-paper,#fff)"/></svg>"##
            }
            // A phone ringing.
            Picture::Phone => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><rect x="8" y="5" width="20" height="38" rx="4" fill="var(--pic-fill,#dbeafe)"/><path d="M15 37h6M34 18a7 7 0 0 1 0 12M39 13a14 14 0 0 1 0 22"/></svg>"##
            }
            // A face wondering.
            Picture::NotSure => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="19" cy="28" r="14" fill="var(--pic-warm,#fde68a)"/><circle cx="14" cy="25" r="1.5" fill="currentColor"/><circle cx="24" cy="25" r="1.5" fill="currentColor"/><path d="M14 34h10M35 9a5 5 0 1 1 5 5v3"/><circle cx="40" cy="22" r="1.5" fill="currentColor"/></svg>"##
            }
            // A house in the sun.
            Picture::HouseGoodThings => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M6 42V25l11-11 11 11v17z" fill="var(--pic-fill,#dbeafe)" stroke="none"/><path d="M6 25v17h22V25M3 27l14-13 14 13M14 42v-8h6v8"/><circle cx="37" cy="11" r="4.5" fill="var(--pic-warm,#fde68a)"/><path d="M37 2.5V4M37 18v1.5M28.5 11H30M44 11h1.5M31 5l1 1M42 16l1 1M43 5l-1 1M32 16l-1 1"/></svg>"##
            }
            // A house with a little rain cloud.
            Picture::HouseWorries => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M6 42V25l11-11 11 11v17z" fill="var(--pic-fill,#dbeafe)" stroke="none"/><path d="M6 25v17h22V25M3 27l14-13 14 13M14 42v-8h6v8"/><path d="M33 15a4 4 0 0 1 0-8 6 6 0 0 1 11 1 3.5 3.5 0 0 1 0 7z" fill="var(--pic-soft,#e5e7eb)"/><path d="M35 19l-1 3M41 19l-1 3"/></svg>"##
            }
            // A house with a wishing star.
            Picture::HouseWishes => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M6 42V25l11-11 11 11v17z" fill="var(--pic-fill,#dbeafe)" stroke="none"/><path d="M6 25v17h22V25M3 27l14-13 14 13M14 42v-8h6v8"/><path d="M38 3l2.1 5.1 5.5.4-4.2 3.6 1.3 5.4-4.7-2.9-4.7 2.9 1.3-5.4-4.2-3.6 5.5-.4z" fill="var(--pic-warm,#fde68a)"/></svg>"##
            }
            // Not safe: a worried face under a cloud.
            Picture::SafetyLow => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M14 16a5 5 0 0 1 0-10 8 8 0 0 1 15-1 5.5 5.5 0 0 1 5 11z" fill="var(--pic-soft,#e5e7eb)"/><circle cx="24" cy="32" r="12" fill="var(--pic-fill,#dbeafe)"/><circle cx="20" cy="30" r="1.5" fill="currentColor"/><circle cx="28" cy="30" r="1.5" fill="currentColor"/><path d="M17 26l3-1.5M31 26l-3-1.5M20 38q4-3 8 0"/></svg>"##
            }
            // Very safe: a calm smiling face in the sun.
            Picture::SafetyHigh => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="37" cy="11" r="4.5" fill="var(--pic-warm,#fde68a)"/><path d="M37 2.5V4M37 18v1.5M28.5 11H30M44 11h1.5M31 5l1 1M42 16l1 1M43 5l-1 1M32 16l-1 1"/><circle cx="21" cy="31" r="13" fill="var(--pic-warm,#fde68a)"/><circle cx="16.5" cy="28" r="1.5" fill="currentColor"/><circle cx="25.5" cy="28" r="1.5" fill="currentColor"/><path d="M16 34q5 5 10 0"/></svg>"##
            }
            // By myself.
            Picture::HelpedNobody => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="24" cy="15" r="7" fill="var(--pic-warm,#fde68a)"/><path d="M11 43v-4a13 13 0 0 1 26 0v4" fill="var(--pic-fill,#dbeafe)"/></svg>"##
            }
            // An interpreter: two speech bubbles, two languages.
            Picture::HelpedInterpreter => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M5 4h20a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H14l-6 5v-5H5a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z" fill="var(--pic-fill,#dbeafe)"/><path d="M8 12q2.5-4 5 0t5 0 5 0"/><path d="M23 23h20a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3h-3v5l-6-5H23a3 3 0 0 1-3-3V26a3 3 0 0 1 3-3z" fill="var(--pic-warm,#fde68a)"/><path d="M25 32l3-3 3 3 3-3 3 3 3-3"/></svg>"##
            }
            // An advocate: someone who puts their hand up for me.
            Picture::HelpedAdvocate => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M28 32l4-19" stroke-width="7"/><path d="M28 32l4-19" stroke="var(--pic-fill,#dbeafe)" stroke-width="2"/><circle cx="20" cy="17" r="6" fill="var(--pic-warm,#fde68a)"/><path d="M8 43v-4a12 12 0 0 1 24 0v4" fill="var(--pic-fill,#dbeafe)"/><path d="M30 13l-1-6a1.5 1.5 0 0 1 3-.5l.5 3 .5-6a1.5 1.5 0 0 1 3 0l-.3 6 1.8-3.5a1.5 1.5 0 0 1 2.6 1.5l-3 8z" fill="var(--pic-warm,#fde68a)" stroke-width="2"/></svg>"##
            }
            // A social worker with a badge on a lanyard.
            Picture::HelpedSocialWorker => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="24" cy="13" r="7" fill="var(--pic-warm,#fde68a)"/><path d="M10 44v-5a14 14 0 0 1 28 0v5" fill="var(--pic-fill,#dbeafe)"/><path d="M19 26l5 7 5-7"/><rect x="20" y="33" width="8" height="7" rx="1" fill="var(--pic-paper,#fff)"/></svg>"##
            }
            // A parent or carer holding my hand.
            Picture::HelpedParentCarer => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="15" cy="9" r="5" fill="var(--pic-warm,#fde68a)"/><circle cx="34" cy="20" r="4" fill="var(--pic-warm,#fde68a)"/><path d="M15 15v14M15 29l-4 13M15 29l4 13M15 19l-6 8M15 19l10 9M34 25v9M34 34l-3 8M34 34l3 8M34 27l-9 1M34 27l5 5"/></svg>"##
            }
            // Someone else: a person and a plus.
            Picture::HelpedSomeoneElse => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="19" cy="15" r="7" fill="var(--pic-warm,#fde68a)"/><path d="M6 43v-4a13 13 0 0 1 26 0v4" fill="var(--pic-fill,#dbeafe)"/><circle cx="37" cy="31" r="8" fill="var(--pic-paper,#fff)"/><path d="M37 27v8M33 31h8"/></svg>"##
            }
            // Listen: a speaker with sound coming out.
            Picture::Listen => {
                r##"<svg class="app-pic app-pic--mirror" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M5 18h7l10-9v30l-10-9H5z" fill="var(--pic-fill,#dbeafe)"/><path d="M29 18a8 8 0 0 1 0 12M35 12a16 16 0 0 1 0 24"/></svg>"##
            }
            // Change language: the world.
            Picture::Language => {
                r##"<svg class="app-pic" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="24" cy="24" r="18" fill="var(--pic-fill,#dbeafe)"/><ellipse cx="24" cy="24" rx="8" ry="18"/><path d="M6 24h36M9 15h30M9 33h30"/></svg>"##
            }
        }
    }

    /// Whether the picture has a direction and so turns round in right-to-left languages.
    pub fn mirrors(self) -> bool {
        matches!(
            self,
            Picture::Attend
                | Picture::Write
                | Picture::Someone
                | Picture::Phone
                | Picture::NotSure
                | Picture::HelpedInterpreter
                | Picture::Listen
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_is_small_safe_and_hidden_from_screen_readers() {
        for p in ALL {
            let svg = p.svg();
            assert!(svg.starts_with("<svg"), "{p:?}");
            assert!(svg.ends_with("</svg>"), "{p:?}");
            assert!(svg.contains(r#"aria-hidden="true""#), "{p:?}");
            assert!(svg.contains(r#"focusable="false""#), "{p:?}");
            assert!(svg.contains(r#"class="app-pic"#), "{p:?}");
            assert!(svg.contains(r#"viewBox="0 0 48 48""#), "{p:?}");
            // Many pictures share one page: an id would clash.
            assert!(!svg.contains(" id="), "{p:?}");
            assert!(!svg.contains("http"), "{p:?}");
            assert!(!svg.contains("<script"), "{p:?}");
            assert!(!svg.contains("<text"), "{p:?}");
            assert!(!svg.contains("width=\"48\""), "{p:?}");
            assert!(svg.len() < 900, "{p:?} is {} bytes", svg.len());
        }
    }

    #[test]
    fn mirroring_agrees_with_the_class() {
        for p in ALL {
            assert_eq!(p.mirrors(), p.svg().contains("app-pic--mirror"), "{p:?}");
        }
    }

    #[test]
    fn every_picture_is_listed_once() {
        for (i, p) in ALL.into_iter().enumerate() {
            assert_eq!(ALL.iter().position(|q| *q == p), Some(i), "{p:?}");
        }
    }
}
