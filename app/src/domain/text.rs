//! A person's own words, and the longest we keep.

use super::FieldError;

/// Words a person typed: at most `MAX_CHARS` characters (a long letter, not a file upload).
/// The kiosk's text boxes tell the browser the same limit (`maxlength`); the kiosk's forms
/// and the JSON API refuse more with `text_too_long`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerText(String);

impl AnswerText {
    pub const MAX_CHARS: usize = 4000;

    /// Takes `text` if it is short enough; `field` names it in the error (`answers.worries.text`).
    pub fn new(field: &str, text: String) -> Result<AnswerText, FieldError> {
        Self::check(field, &text)?;
        Ok(AnswerText(text))
    }

    /// The same rule for words already held in a larger answer (the JSON API's forms).
    pub fn check(field: &str, text: &str) -> Result<(), FieldError> {
        let n = text.chars().count();
        if n > Self::MAX_CHARS {
            return Err(FieldError {
                field: field.into(),
                code: "text_too_long",
                message: format!("{field} is {n} characters long; the most is {}", Self::MAX_CHARS),
            });
        }
        Ok(())
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::AnswerText;

    #[test]
    fn text_of_4000_characters_is_kept_and_4001_refused() {
        let ok = "ø".repeat(AnswerText::MAX_CHARS);
        assert_eq!(AnswerText::new("answers.worries.text", ok.clone()).unwrap().into_string(), ok);
        let e = AnswerText::new("answers.worries.text", "a".repeat(AnswerText::MAX_CHARS + 1)).unwrap_err();
        assert_eq!((e.field.as_str(), e.code), ("answers.worries.text", "text_too_long"));
    }
}
