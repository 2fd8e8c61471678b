//! Every sentence a user reads comes from `locales/<lang>/pitchline.ftl` (Fluent), in
//! the reader's language: pages, notices, field errors and emails.
//!
//! - `t!(lang, "message-id", name = value, …)` gives the text. It expands to
//!   `i18n_embed_fl::fl!`, which checks at compile time that English has the message
//!   and that the arguments match it; `tests::every_language_has_every_message` checks
//!   the other languages have exactly the same messages. So a missing key fails the build
//!   or `make test`, never a page.
//! - A crate that calls `t!` needs an `i18n.toml` pointing at `i18n/locales` (the macro
//!   reads it while compiling that crate).
//! - The translation files are embedded in the binary; nothing is read at run time.

pub mod defaults;
pub mod format;

use domain::lang::Lang;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use std::sync::LazyLock;

pub use i18n_embed_fl::fl;

/// The text of `message-id` in `lang`: `t!(lang, "id")` or `t!(lang, "id", n = 3)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $($message:tt)+) => {
        $crate::fl!($crate::loader($lang), $($message)+)
    };
}

#[derive(rust_embed::RustEmbed)]
#[folder = "locales/"]
struct Translations;

const DOMAIN: &str = "pitchline";

fn language_id(lang: Lang) -> LanguageIdentifier {
    // The folder names under `locales/`; both are valid tags, so parsing cannot fail.
    lang.as_str()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

/// The loaders, built on first use: one per language (in `Lang::ALL` order), each falling
/// back to English for a message it lacks (the tests make sure none is lacking), and all
/// of them, for a language without its own (none today).
struct Loaders {
    each: Vec<FluentLanguageLoader>,
    all: FluentLanguageLoader,
}

static LOADERS: LazyLock<Loaders> = LazyLock::new(|| {
    let all = FluentLanguageLoader::new(DOMAIN, language_id(Lang::En));
    let ids: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|&l| language_id(l)).collect();
    if let Err(err) = all.load_languages(&Translations, &ids) {
        // Only a broken translation file gets here, and the tests load every file.
        eprintln!("translations failed to load: {err}");
    }
    // Bidirectional isolation marks around arguments would end up inside HTML text and
    // email subjects; names are already kept apart by the markup around them.
    all.set_use_isolating(false);
    let each = Lang::ALL
        .iter()
        .map(|&lang| all.select_languages(&[language_id(lang)]))
        .collect();
    Loaders { each, all }
});

/// The loader `t!` reads `lang`'s messages from.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    let loaders = &*LOADERS;
    Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .and_then(|i| loaders.each.get(i))
        .unwrap_or(&loaders.all)
}

/// A message chosen at run time (an enum's code, a domain problem): the id must exist,
/// which the caller's own test checks for every value it can pass.
pub fn dynamic(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::{BTreeMap, BTreeSet};

    /// message id (or id.attribute) → the variables it uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let path = format!("{}/{DOMAIN}.ftl", lang.as_str());
        let file = Translations::get(&path).unwrap_or_else(|| panic!("{path} is missing"));
        let text = String::from_utf8(file.data.to_vec()).expect("UTF-8");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    if let Some(value) = &m.value {
                        let twice = out.insert(id.clone(), variables(value));
                        assert!(twice.is_none(), "{path} defines {id} twice");
                    }
                    for attr in &m.attributes {
                        out.insert(format!("{id}.{}", attr.id.name), variables(&attr.value));
                    }
                }
                Entry::Term(t) => {
                    out.insert(format!("-{}", t.id.name), variables(&t.value));
                }
                Entry::Junk { content } => panic!("{path} has a broken entry: {content}"),
                _ => {}
            }
        }
        out
    }

    fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                collect(expression, &mut vars);
            }
        }
        vars
    }

    fn collect(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
        let inline = |e: &InlineExpression<&str>, vars: &mut BTreeSet<String>| match e {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => collect(expression, vars),
            _ => {}
        };
        match expression {
            Expression::Inline(e) => inline(e, vars),
            Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    vars.extend(variables(&v.value));
                }
            }
        }
    }

    #[test]
    fn every_language_has_every_message() {
        let english = messages(Lang::En);
        assert!(english.len() > 10, "the English file looks empty");
        for &lang in &Lang::ALL[1..] {
            let other = messages(lang);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang:?} has messages English lacks: {extra:?}"
            );
            for (id, vars) in &other {
                let unknown: Vec<_> = vars.difference(&english[id]).collect();
                assert!(
                    unknown.is_empty(),
                    "{lang:?} {id} uses {unknown:?}, which English never passes"
                );
            }
        }
    }

    #[test]
    fn a_message_reads_in_each_language() {
        assert_eq!(t!(Lang::En, "site-name"), "Pitchline");
        assert_eq!(t!(Lang::Zh, "nav-log-in"), "登录");
        assert_eq!(t!(Lang::En, "nav-log-in"), "Log in");
        // No invisible isolation marks around arguments.
        let text = t!(Lang::En, "rate-limited-seconds", count = 2);
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }
}
