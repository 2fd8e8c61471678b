//! The languages Pitchline speaks, and which one a visitor gets.
//!
//! The text itself lives in the `i18n` crate's translation files; this is only the
//! choice, so the backend can store a preference and the domain can name a language
//! without knowing any sentence.

use crate::code::coded;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Zh];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>` and `Content-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The language's own name, as the switcher shows it to people who cannot read the
    /// current one.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// A stored or posted code; anything unknown is `None` (callers fall back to English).
    pub fn from_tag(raw: &str) -> Option<Lang> {
        let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The best language for an `Accept-Language` header: the supported language with
    /// the highest weight (earlier wins a tie), English when none is supported. Any
    /// Chinese variant gets Simplified Chinese, the nearer of the two to a Chinese reader.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(Lang, f32)> = None;
        for entry in accept_language.split(',').take(32) {
            let mut parts = entry.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else {
                continue;
            };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .filter(|q| q.is_finite())
                .unwrap_or(1.0);
            if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang).unwrap_or_default()
    }
}

coded!(Lang, [Lang::En, Lang::Zh]);

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn the_highest_weighted_supported_language_wins() {
        assert_eq!(Lang::negotiate("zh-CN,zh;q=0.9,en;q=0.8"), Lang::Zh);
        assert_eq!(Lang::negotiate("en-GB,en;q=0.9,zh-CN;q=0.8"), Lang::En);
        assert_eq!(Lang::negotiate("fr-FR, zh-TW;q=0.5, en;q=0.4"), Lang::Zh);
        assert_eq!(Lang::negotiate("de, en;q=0.1, zh;q=0.2"), Lang::Zh);
        assert_eq!(Lang::negotiate("ZH_hans"), Lang::Zh);
    }

    #[test]
    fn anything_unknown_or_malformed_falls_back_to_english() {
        for header in ["", "fr, de", "zh;q=0", "klingon", ";;;", "*", "zh;q=-1"] {
            assert_eq!(Lang::negotiate(header), Lang::En, "{header}");
        }
        // A weight that is not a number counts as the default weight, 1.
        assert_eq!(Lang::negotiate("zh;q=abc,en;q=0.5"), Lang::Zh);
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
