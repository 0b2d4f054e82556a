//! What a chair records for each person after the meeting.

use serde::{Deserialize, Serialize};

/// How a person's views reached the meeting before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SharedBy {
    Kiosk,
    Written,
    Someone,
    Phone,
    None,
}

impl SharedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            SharedBy::Kiosk => "kiosk",
            SharedBy::Written => "written",
            SharedBy::Someone => "someone",
            SharedBy::Phone => "phone",
            SharedBy::None => "none",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SharedBy;

    #[test]
    fn a_way_of_sharing_is_its_name_on_the_wire() {
        for s in [SharedBy::Kiosk, SharedBy::Written, SharedBy::Someone, SharedBy::Phone, SharedBy::None] {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
        }
    }
}
