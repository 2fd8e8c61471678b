use serde::{Deserialize, Serialize};

/// One problem with one form field, phrased for the person who typed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// All problems found in one submitted form, so the user sees every one at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Records the error of a `parse` result and returns its value, if any.
    pub fn check<T, E: std::fmt::Display>(
        &mut self,
        field: &str,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                self.add(field, err.to_string());
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// Trims `raw` and checks its length in characters (not bytes: names are often CJK).
pub fn bounded_text(raw: &str, label: &str, min: usize, max: usize) -> Result<String, String> {
    let text = raw.trim();
    let len = text.chars().count();
    if len < min {
        return Err(if min == 1 {
            format!("{label} is required.")
        } else {
            format!("{label} needs at least {min} characters.")
        });
    }
    if len > max {
        return Err(format!(
            "{label} can be at most {max} characters (it has {len})."
        ));
    }
    Ok(text.to_string())
}

/// `bounded_text` that is also one line of visible text, for names that land in email
/// subjects and bodies: no control characters (line breaks, tabs, NUL) and no invisible
/// format characters (direction overrides, zero-width spaces) that disguise what follows.
pub fn single_line(raw: &str, label: &str, min: usize, max: usize) -> Result<String, String> {
    let text = bounded_text(raw, label, min, max)?;
    if text.chars().any(is_hidden_character) {
        return Err(format!(
            "{label} cannot contain line breaks, tabs or other invisible characters."
        ));
    }
    Ok(text)
}

/// Control characters and the Unicode format characters that change how the text around
/// them reads (bidirectional overrides and isolates, zero-width characters, BOM).
fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_text_counts_characters_not_bytes() {
        assert_eq!(bounded_text(" 上海 ", "City", 1, 2), Ok("上海".to_string()));
        assert!(bounded_text("上海市", "City", 1, 2).is_err());
        assert_eq!(
            bounded_text("  ", "City", 1, 5),
            Err("City is required.".to_string())
        );
    }

    #[test]
    fn field_errors_collect_every_problem() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check("a", Ok::<_, String>(1)), Some(1));
        assert_eq!(errors.check::<i32, _>("b", Err("bad b")), None);
        errors.add("c", "bad c");
        assert_eq!(errors.get("b"), Some("bad b"));
        assert_eq!(errors.get("a"), None);
        assert!(errors.into_result().is_err());
    }
}
