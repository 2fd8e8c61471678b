//! How names compare: the order a list of startups is shown in, whatever their script.

use pinyin::ToPinyin;
use unicode_normalization::UnicodeNormalization;

/// The key a name sorts by. Chinese characters count as their pinyin without tones
/// (潮汐电网 → "chaoxidianwang"), Latin letters without their accents ("Émile" →
/// "emile"; compatibility forms folded: "ｆｕｌｌ" → "full"), everything in lower case, spaces and punctuation dropped: so "Aurora Bio",
/// "潮汐电网" and "Kestrel Pay" sort as a Chinese reader and an English reader both expect
/// (A, C, K), and searching the key finds a Chinese name by its pinyin ("chaoxi").
/// The start of `text` to quote back in a message: at most `max` characters, with "…"
/// when cut, so a refused 100 KB line is not sent back whole.
pub fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

pub fn sort_key(name: &str) -> String {
    let mut spelled = String::with_capacity(name.len());
    for c in name.nfkd() {
        match c.to_pinyin() {
            Some(p) => spelled.push_str(p.plain()),
            None => spelled.push(c),
        }
    }
    // Lower case, decomposed (so "ü" and "É" shed their marks), lower case again (a
    // decomposition can bring capitals: "℡" is "TEL"), then letters and digits only.
    let lower: String = spelled.chars().flat_map(char::to_lowercase).collect();
    lower
        .nfkd()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sort_key;
    use proptest::prelude::*;

    #[test]
    fn chinese_names_sort_by_pinyin_among_latin_ones() {
        assert_eq!(sort_key("潮汐电网"), "chaoxidianwang");
        assert_eq!(sort_key("Émile & Co."), "emileco");
        assert_eq!(sort_key("Tidal Grid 潮汐"), "tidalgridchaoxi");
        let mut names = vec![
            "Kestrel Pay",
            "潮汐电网",
            "Aurora Bio",
            "北斗 Robotics",
            "Zeta",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Aurora Bio",
                "北斗 Robotics",
                "潮汐电网",
                "Kestrel Pay",
                "Zeta"
            ]
        );
    }

    proptest! {
        #[test]
        fn a_key_is_letters_and_digits_and_its_own_key(name in "\\PC{0,40}") {
            let key = sort_key(&name);
            prop_assert!(key.chars().all(char::is_alphanumeric));
            prop_assert_eq!(sort_key(&key), key);
        }
    }
}
