//! The kiosk's and the meeting's rules, each written once. A value of these types has been
//! checked: the kiosk's server functions, the staff pages and the JSON API all parse through
//! them, so no path accepts what another refuses.

mod error;
mod meeting;
mod outcome;
mod scale;
mod text;

pub use error::FieldError;
pub use meeting::MeetingStatus;
pub use outcome::SharedBy;
pub use scale::{FaceScale, SafetyScale};
pub use text::AnswerText;
