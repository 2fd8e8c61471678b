//! One spelling per enum on every wire. Each enum-like value (a pitch's status, a role,
//! a stage, a recommendation…) has one stable snake_case code, and that code is what the
//! database column, the form, the URL and the JSON carry. `Code` names it; `coded!`
//! derives serde from it, so JSON can never drift to the Rust variant names; the
//! backend stores every `Code` through one column codec.

/// An enum with one stable code per variant.
pub trait Code: Sized + Copy + Eq + std::fmt::Debug + 'static {
    /// Every variant, in display order.
    fn all() -> &'static [Self];
    /// The stable code, e.g. `under_review`.
    fn code(self) -> &'static str;
    /// The variant with this code (surrounding white space ignored).
    fn from_code(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        Self::all().iter().copied().find(|v| v.code() == raw)
    }
}

/// Implements [`Code`] from the enum's `as_str` and its list of variants, and serde as
/// that code.
macro_rules! coded {
    ($name:ident, $all:expr) => {
        impl $crate::code::Code for $name {
            fn all() -> &'static [Self] {
                &$all
            }
            fn code(self) -> &'static str {
                self.as_str()
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                <$name as $crate::code::Code>::from_code(&raw).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "unknown {} code {:?}",
                        stringify!($name),
                        raw
                    ))
                })
            }
        }
    };
}
pub(crate) use coded;

#[cfg(test)]
mod tests {
    use super::Code;
    use crate::account::Role;
    use crate::review::{Decision, Interest, Recommendation, Visibility};
    use crate::startup::{Instrument, Stage};
    use crate::submission::Status;

    fn round_trips<T: Code + serde::Serialize + serde::de::DeserializeOwned>() {
        for &v in T::all() {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", v.code()), "JSON is the code");
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
            assert_eq!(T::from_code(v.code()), Some(v));
        }
        assert!(serde_json::from_str::<T>("\"NoSuchCode\"").is_err());
    }

    #[test]
    fn every_enum_has_one_spelling_on_every_wire() {
        round_trips::<Status>();
        round_trips::<Role>();
        round_trips::<Stage>();
        round_trips::<Instrument>();
        round_trips::<Visibility>();
        round_trips::<Recommendation>();
        round_trips::<Interest>();
        round_trips::<Decision>();
        round_trips::<crate::assignment::Source>();
        round_trips::<crate::upload::UploadRule>();
    }
}
