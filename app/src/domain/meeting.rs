//! Where a meeting stands.

use serde::{Deserialize, Serialize};

/// A meeting is scheduled until its chair records that it was held or cancelled. Stored and
/// sent as its name (`scheduled`, `held`, `cancelled`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Scheduled,
    Held,
    Cancelled,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 3] = [MeetingStatus::Scheduled, MeetingStatus::Held, MeetingStatus::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Scheduled => "scheduled",
            MeetingStatus::Held => "held",
            MeetingStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<MeetingStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Views may be given and the meeting changed only while it is scheduled and has not
    /// started: `starts_at` and `now` in milliseconds since 1970.
    pub fn open_at(self, starts_at: i64, now: i64) -> bool {
        self == MeetingStatus::Scheduled && now < starts_at
    }
}

impl std::fmt::Display for MeetingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::MeetingStatus;

    #[test]
    fn a_status_reads_back_as_itself_and_only_a_scheduled_future_meeting_is_open() {
        for s in MeetingStatus::ALL {
            assert_eq!(MeetingStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert_eq!(MeetingStatus::parse("Held"), None);
        assert!(MeetingStatus::Scheduled.open_at(1000, 999));
        assert!(!MeetingStatus::Scheduled.open_at(1000, 1000));
        assert!(!MeetingStatus::Held.open_at(1000, 0));
    }
}
