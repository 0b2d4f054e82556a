//! The operations of Tiptoes. The JSON API and the Leptos server functions both call these;
//! neither holds a rule that is not here.

pub mod audit;
pub mod demo;
pub mod feedback;
pub mod figures;
pub mod invites;
pub mod keys;
pub mod kiosk;
pub mod limits;
pub mod meetings;
pub mod notices;
pub mod outcome;
pub mod person;
pub mod retention;
pub mod submission;
pub mod translations;
pub mod users;
pub mod views;

pub use crate::error::ServiceError;
pub type Result<T> = std::result::Result<T, ServiceError>;

/// A new random id.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Stored JSON that does not parse, said without quoting it: serde's own message can carry
/// the stored text ("unknown variant `…`", "invalid type: string \"…\""), and that text can be
/// a child's words, which must never reach the log. Only the kind of error and where it is.
pub fn unreadable(what: &str, e: &serde_json::Error) -> anyhow::Error {
    anyhow::anyhow!("stored {what} unreadable: {:?} error at line {} column {}", e.classify(), e.line(), e.column())
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_unreadable_answer_is_logged_without_its_words() {
        let stored = r#"{"worries":{"text":"a secret worry","visibility":"a secret place"}}"#;
        let e = serde_json::from_str::<app::model::ChildAnswers>(stored).unwrap_err();
        assert!(e.to_string().contains("a secret place"), "serde quotes the value: {e}");
        let logged = format!("{:?}", super::unreadable("answers", &e));
        assert!(!logged.contains("secret"), "{logged}");
        assert!(logged.contains("Data error at line 1"), "{logged}");
    }
}
