//! Identity rules: email addresses, passwords, display names and roles.

use crate::problem::{Noun, Problem};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const EMAIL_MAX_CHARS: usize = 254;
pub const NAME_MAX_CHARS: usize = 100;

/// A syntactically plausible email address, stored lower-cased so that
/// "Ann@Example.com" and "ann@example.com" are one account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err(Problem::Required { field: Noun::Email });
        }
        if email.chars().count() > EMAIL_MAX_CHARS {
            return Err(Problem::AtMost {
                field: Noun::Email,
                max: EMAIL_MAX_CHARS,
            });
        }
        let invalid = || Problem::NotAnEmail {
            value: raw.trim().to_string(),
        };
        let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c == '@' || c.is_control());
        if !(domain_ok && local_ok) {
            return Err(invalid());
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.split_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password that meets the length rule (OWASP ASVS: 8–128, no composition rules).
/// It is never serialised or printed.
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let len = raw.chars().count();
        if len < PASSWORD_MIN_CHARS {
            return Err(Problem::TooShort {
                field: Noun::Password,
                min: PASSWORD_MIN_CHARS,
            });
        }
        if len > PASSWORD_MAX_CHARS {
            return Err(Problem::AtMost {
                field: Noun::Password,
                max: PASSWORD_MAX_CHARS,
            });
        }
        Ok(Self(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// The name shown to other people (and written into emails): one line of visible text
/// (`validation::single_line`).
pub fn parse_display_name(raw: &str) -> Result<String, Problem> {
    crate::validation::name_line(raw, Noun::DisplayName, 1, NAME_MAX_CHARS)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Founder,
    Investor,
    Staff,
    /// A company that posts technology needs (like an investor without a thesis).
    Corporate,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Founder, Role::Investor, Role::Staff, Role::Corporate];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Founder => "founder",
            Role::Investor => "investor",
            Role::Staff => "staff",
            Role::Corporate => "corporate",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Founder => "Founder",
            Role::Investor => "Investor",
            Role::Staff => "Staff",
            Role::Corporate => "Corporate",
        }
    }
}

impl FromStr for Role {
    type Err = Problem;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "founder" => Ok(Role::Founder),
            "investor" => Ok(Role::Investor),
            "staff" => Ok(Role::Staff),
            "corporate" => Ok(Role::Corporate),
            other => Err(Problem::NotARole {
                value: other.to_string(),
            }),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_display_name_is_one_line_of_visible_text() {
        assert_eq!(
            parse_display_name("  陈 Mei-Lin O'Neil "),
            Ok("陈 Mei-Lin O'Neil".into())
        );
        for hostile in [
            "Ann\n\nClaim your prize: http://evil.example",
            "Ann\r\nBcc: x@evil.example",
            "Ann\tLee",
            "Ann\u{0}",
            "Ann\u{7f}",
            "Ann\u{85}Lee",
            "Ann\u{202E}gpj.exe",
            "Ann\u{200B}Lee",
            "Ann\u{2066}Lee",
            "\u{FEFF}Ann",
        ] {
            assert_eq!(
                parse_display_name(hostile),
                Err(Problem::HiddenCharacters {
                    field: Noun::DisplayName
                }),
                "{hostile:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn an_accepted_display_name_has_no_control_character(raw in "\\PC{0,5}[\\x00-\\x1f\\x7f]?\\PC{0,5}") {
            if let Ok(name) = parse_display_name(&raw) {
                prop_assert!(!name.chars().any(char::is_control));
            }
        }
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            Email::parse("  Ann@Example.COM ").unwrap().as_str(),
            "ann@example.com"
        );
        assert_eq!(
            Email::parse("ann@example.com").unwrap().domain(),
            "example.com"
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "ann",
            "ann@",
            "@example.com",
            "ann@example",
            "a b@example.com",
            "ann@exa..mple.com",
            "ann@example.com.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(
            Email::parse(" ann@example "),
            Err(Problem::NotAnEmail {
                value: "ann@example".into()
            }),
            "the address is quoted back as typed"
        );
        assert_eq!(
            Email::parse(" "),
            Err(Problem::Required { field: Noun::Email })
        );
    }

    #[test]
    fn password_length_is_counted_in_characters() {
        assert_eq!(
            Password::parse("1234567").unwrap_err(),
            Problem::TooShort {
                field: Noun::Password,
                min: 8
            }
        );
        assert!(Password::parse("12345678").is_ok());
        assert!(Password::parse(&"密".repeat(128)).is_ok());
        assert_eq!(
            Password::parse(&"x".repeat(129)).unwrap_err(),
            Problem::AtMost {
                field: Noun::Password,
                max: 128
            }
        );
        assert_eq!(
            format!("{:?}", Password::parse("secret-pass").unwrap()),
            "Password(***)"
        );
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert_eq!(
            "Admin".parse::<Role>(),
            Err(Problem::NotARole {
                value: "admin".into()
            })
        );
    }

    proptest! {
        #[test]
        fn parsed_emails_are_idempotent(local in "[a-z0-9._%+-]{1,20}", host in "[a-z0-9-]{1,20}", tld in "[a-z]{2,6}") {
            let raw = format!("{local}@{host}.{tld}");
            let once = Email::parse(&raw).unwrap();
            let twice = Email::parse(once.as_str()).unwrap();
            prop_assert_eq!(once, twice);
        }

        #[test]
        fn password_rule_is_exactly_the_length(s in "\\PC{0,140}") {
            let n = s.chars().count();
            prop_assert_eq!(Password::parse(&s).is_ok(), (PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&n));
        }
    }
}

crate::code::coded!(Role, Role::ALL);
