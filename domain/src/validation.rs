use crate::problem::{Noun, Problem};

/// One problem with one form field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

/// All problems found in one submitted form, so the user sees every one at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Just `problem`, beside `field`.
    pub fn one(field: &str, problem: Problem) -> Self {
        let mut errors = Self::new();
        errors.add(field, problem);
        errors
    }

    pub fn add(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldError {
            field: field.to_string(),
            problem,
        });
    }

    /// Records the problem of a `parse` result and returns its value, if any.
    pub fn check<T>(&mut self, field: &str, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.add(field, problem);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.problem)
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
pub fn bounded_text(raw: &str, field: Noun, min: usize, max: usize) -> Result<String, Problem> {
    let text = raw.trim();
    let len = text.chars().count();
    if len < min {
        return Err(if min == 1 {
            Problem::Required { field }
        } else {
            Problem::TooShort { field, min }
        });
    }
    if len > max {
        return Err(Problem::TooLong { field, max, len });
    }
    Ok(text.to_string())
}

/// `bounded_text` that is also one line of visible text, for names that land in email
/// subjects and bodies: no control characters (line breaks, tabs, NUL) and no invisible
/// format characters (direction overrides, zero-width spaces) that disguise what follows.
pub fn single_line(raw: &str, field: Noun, min: usize, max: usize) -> Result<String, Problem> {
    let text = bounded_text(raw, field, min, max)?;
    if text.chars().any(is_hidden_character) {
        return Err(Problem::HiddenCharacters { field });
    }
    Ok(text)
}

/// A one-line name shown beside accounts (a person's, an organisation's, a firm's): no
/// "@", which on those labels marks a proved company mail domain.
pub fn name_line(raw: &str, field: Noun, min: usize, max: usize) -> Result<String, Problem> {
    let text = single_line(raw, field, min, max)?;
    if text.contains(['@', '\u{FF20}']) {
        return Err(Problem::AtSign { field });
    }
    Ok(text)
}

/// Control characters and the Unicode format characters that change how the text around
/// them reads (bidirectional overrides and isolates, zero-width characters, BOM).
/// Control characters, the line and paragraph separators, and the invisible format
/// characters (Unicode's Cf: soft hyphen, direction marks, overrides and isolates,
/// zero-width characters, BOM, tags…) and fillers that show nothing but change how
/// the text around them reads. Variation selectors stay: emoji need them.
pub fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_refuses_every_invisible_or_line_breaking_character() {
        for hidden in [
            "\u{2028}",
            "\u{2029}",
            "\u{061C}",
            "\u{00AD}",
            "\u{180E}",
            "\u{034F}",
            "\u{3164}",
            "\u{E0041}",
            "\u{202E}",
            "\u{200B}",
            "\u{2066}",
            "\n",
            "\t",
        ] {
            let name = format!("Tidal{hidden}Grid");
            assert!(
                single_line(&name, Noun::StartupName, 1, 100).is_err(),
                "{hidden:?}"
            );
        }
        // What people really type stays: CJK, accents, Arabic, emoji with its selector.
        for fine in [
            "潮汐电网",
            "Nguyễn Thị Ánh",
            "مريم الحسن",
            "Solar ☀\u{FE0F} Co",
        ] {
            assert_eq!(
                single_line(fine, Noun::StartupName, 1, 100).as_deref(),
                Ok(fine)
            );
        }
    }

    #[test]
    fn bounded_text_counts_characters_not_bytes() {
        assert_eq!(
            bounded_text(" 上海 ", Noun::City, 1, 2),
            Ok("上海".to_string())
        );
        assert_eq!(
            bounded_text("上海市", Noun::City, 1, 2),
            Err(Problem::TooLong {
                field: Noun::City,
                max: 2,
                len: 3
            })
        );
        assert_eq!(
            bounded_text("  ", Noun::City, 1, 5),
            Err(Problem::Required { field: Noun::City })
        );
        assert_eq!(
            bounded_text("ab", Noun::ConflictReason, 3, 5),
            Err(Problem::TooShort {
                field: Noun::ConflictReason,
                min: 3
            })
        );
    }

    #[test]
    fn field_errors_collect_every_problem() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check("a", Ok::<_, Problem>(1)), Some(1));
        assert_eq!(errors.check::<i32>("b", Err(Problem::NoTracks)), None);
        errors.add("c", Problem::NoSectors);
        assert_eq!(errors.get("b"), Some(&Problem::NoTracks));
        assert_eq!(errors.get("a"), None);
        assert!(errors.into_result().is_err());
    }
}
