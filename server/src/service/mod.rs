//! The operations of Tiptoes. The JSON API and the Leptos server functions both call these;
//! neither holds a rule that is not here.

pub mod audit;
pub mod demo;
pub mod feedback;
pub mod figures;
pub mod invites;
pub mod kiosk;
pub mod meetings;
pub mod notices;
pub mod outcome;
pub mod users;
pub mod views;

pub use crate::error::ServiceError;
pub type Result<T> = std::result::Result<T, ServiceError>;

/// A new random id.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
