//! The two scales a person answers on: how safe a child feels (0–10) and a face for how the
//! meeting went (1–5). On the wire each is its number; a number out of range is refused as
//! the value is read, whether from JSON or from a kiosk form.

use serde::{Deserialize, Serialize};

/// How safe a child feels at home: 0 (not safe at all) to 10 (completely safe).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(try_from = "u8", into = "u8")]
pub struct SafetyScale(u8);

/// How a meeting went, by face: 1 (really bad) to 5 (really good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(try_from = "u8", into = "u8")]
pub struct FaceScale(u8);

macro_rules! scale {
    ($name:ident, $field:literal, $min:literal, $max:literal, $meaning:literal) => {
        impl $name {
            pub const MIN: u8 = $min;
            pub const MAX: u8 = $max;

            pub fn new(n: u8) -> Option<Self> {
                (Self::MIN..=Self::MAX).contains(&n).then_some(Self(n))
            }

            /// A kiosk form's choice: the number as text.
            pub fn parse(choice: &str) -> Option<Self> {
                choice.trim().parse::<u8>().ok().and_then(Self::new)
            }

            /// Every point of the scale, lowest first.
            pub fn all() -> impl Iterator<Item = Self> {
                (Self::MIN..=Self::MAX).map(Self)
            }

            pub fn get(self) -> u8 {
                self.0
            }
        }

        impl TryFrom<u8> for $name {
            type Error = String;
            fn try_from(n: u8) -> Result<Self, String> {
                Self::new(n).ok_or_else(|| format!(concat!($field, " must be a whole number from ", $meaning, "; {} is not"), n))
            }
        }

        impl From<$name> for u8 {
            fn from(s: $name) -> u8 {
                s.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

scale!(SafetyScale, "safety_scale", 0, 10, "0 to 10");
scale!(FaceScale, "overall", 1, 5, "1 (really bad) to 5 (really good)");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scale_takes_its_own_range_only() {
        assert_eq!(SafetyScale::parse("0").map(SafetyScale::get), Some(0));
        assert_eq!(SafetyScale::parse(" 10 ").map(SafetyScale::get), Some(10));
        for bad in ["11", "-1", "high", "", "3.5", "256"] {
            assert_eq!(SafetyScale::parse(bad), None, "{bad:?}");
        }
        assert_eq!(FaceScale::parse("0"), None);
        assert_eq!(FaceScale::parse("6"), None);
        assert_eq!(FaceScale::all().map(FaceScale::get).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
        assert_eq!(SafetyScale::all().count(), 11);
    }

    #[test]
    fn on_the_wire_a_scale_is_its_number_and_out_of_range_is_refused() {
        assert_eq!(serde_json::to_string(&SafetyScale::new(7)).unwrap(), "7");
        assert_eq!(serde_json::from_str::<FaceScale>("4").unwrap().get(), 4);
        let e = serde_json::from_str::<SafetyScale>("11").unwrap_err().to_string();
        assert!(e.contains("safety_scale must be a whole number from 0 to 10"), "{e}");
        assert!(serde_json::from_str::<FaceScale>("0").is_err());
        assert!(serde_json::from_str::<FaceScale>("\"5\"").is_err());
    }
}
