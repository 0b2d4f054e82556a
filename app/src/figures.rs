//! The figures as the API sends them and the dashboard shows them (DESIGN.md, "The figures").
//! The server counts them (`server::service::figures`); these are the shapes, shared so the
//! pages and the JSON API cannot drift apart.

use crate::model::MeetingKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `n` of `of` as a whole percentage, rounded half up; `None` when `of` is 0.
pub fn pct(n: i64, of: i64) -> Option<i64> {
    (of > 0).then(|| (200 * n + of) / (2 * of))
}

/// A count of people is `None` where it is hidden as fewer than 5 (see `Figures::fewer_than_5`);
/// the service's own figures are never hidden. A percentage is `None` when nothing was counted,
/// or when its count is hidden.
#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Children {
    pub invited: Option<i64>,
    pub not_able: Option<i64>,
    pub attended: Option<i64>,
    pub views_before: Option<i64>,
    pub took_part: Option<i64>,
    pub took_part_pct: Option<i64>,
    pub attended_pct: Option<i64>,
}

impl Children {
    /// The children the percentages are of: invited, less those not able to take part.
    pub fn able(&self) -> Option<i64> {
        Some(self.invited? - self.not_able?)
    }
}

#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Parents {
    pub invited: Option<i64>,
    pub attended: Option<i64>,
    pub attended_pct: Option<i64>,
    pub views_before: Option<i64>,
    pub views_before_pct: Option<i64>,
}

#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Figures {
    pub meetings_held: i64,
    pub children: Children,
    pub parents: Parents,
    /// The figures hidden as "fewer than 5" (`children.not_able`, `children.took_part_pct` …):
    /// only when the figures are filtered to a kind of meeting or a chair.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fewer_than_5: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Quarter {
    pub quarter: u8,
    /// First and last day, inclusive, as dates.
    pub from: String,
    pub to: String,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Participation {
    /// "2017/18"
    pub year: String,
    pub quarters: Vec<Quarter>,
    pub total: Figures,
}

/// The smallest count a breakdown shows as a number.
pub const SMALLEST_SHOWN: i64 = 5;

/// A count and its percentage, or `fewer_than_5` with both withheld.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Cell {
    pub n: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pct: Option<i64>,
    pub fewer_than_5: bool,
}

impl Cell {
    /// `n` people (of `of`, for a percentage).
    pub fn new(n: i64, of: Option<i64>) -> Cell {
        if n < SMALLEST_SHOWN {
            Cell { n: None, pct: None, fewer_than_5: true }
        } else {
            Cell { n: Some(n), pct: of.and_then(|of| pct(n, of)), fewer_than_5: false }
        }
    }
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ChildCells {
    /// Children able to take part (invited, less those not able).
    pub able: Cell,
    pub took_part: Cell,
    pub attended: Cell,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParentCells {
    pub invited: Cell,
    pub attended: Cell,
    pub views_before: Cell,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BreakdownRow {
    /// The kind, the chair's id, the gender or the age band, as the API spells them.
    pub key: String,
    /// A chair's name (other keys are translated where shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub children: ChildCells,
    /// Only for kinds and chairs: gender and age band are the child's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<ParentCells>,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Breakdowns {
    pub year: String,
    pub by_kind: Vec<BreakdownRow>,
    pub by_chair: Vec<BreakdownRow>,
    pub by_gender: Vec<BreakdownRow>,
    pub by_age_band: Vec<BreakdownRow>,
}

/// One group's feedback (children, or parents and carers) in one quarter. Every count is
/// `None` where it is hidden as fewer than 5 people (see `figures::small` on the server).
#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Group {
    /// How many sent feedback.
    pub responses: Option<i64>,
    /// Faces chosen: `faces[0]` really bad … `faces[4]` really good.
    pub faces: [Option<i64>; 5],
    /// Per question, the count of each answer (a question left out counts in none).
    pub questions: BTreeMap<String, BTreeMap<String, Option<i64>>>,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuarterFeedback {
    pub quarter: u8,
    pub from: String,
    pub to: String,
    pub children: Group,
    pub parents: Group,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FeedbackTotals {
    pub children: Group,
    pub parents: Group,
}

#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FeedbackFigures {
    pub year: String,
    pub quarters: Vec<QuarterFeedback>,
    pub total: FeedbackTotals,
}

/// One idea to make meetings better, without the person: only the meeting's kind and whether
/// a child or an adult said it.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Idea {
    pub id: String,
    pub idea: String,
    pub meeting_kind: MeetingKind,
    /// "child" or "parent_carer"
    pub from: String,
    /// The quarter (1–4) of the meeting it was about.
    pub quarter: u8,
    /// When it came: for managers only (a chair sees the quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_at: Option<String>,
    /// Themes a manager gave it.
    #[serde(default)]
    pub themes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_up_and_are_null_on_nothing() {
        assert_eq!(pct(1, 8), Some(13));
        assert_eq!(pct(1, 3), Some(33));
        assert_eq!(pct(2, 3), Some(67));
        assert_eq!(pct(1, 200), Some(1));
        assert_eq!(pct(0, 5), Some(0));
        assert_eq!(pct(0, 0), None);
    }

    #[test]
    fn fewer_than_five_people_are_never_a_number() {
        assert_eq!(Cell::new(4, Some(40)), Cell { n: None, pct: None, fewer_than_5: true });
        assert_eq!(Cell::new(0, Some(40)), Cell { n: None, pct: None, fewer_than_5: true });
        assert_eq!(Cell::new(5, Some(40)), Cell { n: Some(5), pct: Some(13), fewer_than_5: false });
        assert_eq!(Cell::new(12, None), Cell { n: Some(12), pct: None, fewer_than_5: false });
    }
}
