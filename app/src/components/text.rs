//! User text inside the two places where the renderer does not escape it for us.
//!
//! Leptos (tachys 0.2) writes the children of `<textarea>` raw on the server (the
//! element is declared "do not escape children", like `<script>`), and `leptos_meta`
//! writes the `<title>` text raw into the page head. A founder's `</textarea><form …>`
//! or `</title><meta …>` would then be markup. In the browser both are set as text
//! (a text node, `document.title`), so only the server side escapes.

/// `&`, `<` and `>` as character references: enough for text content (the title and
/// textarea bodies are RCDATA, where only these matter); quotes are left as typed.
pub fn escape_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// What a server-rendered raw-text child must hold to read back as `raw`; the text
/// itself in the browser (where it becomes a DOM text node or `document.title`).
pub fn raw_text_child(raw: String) -> String {
    if cfg!(feature = "ssr") {
        escape_text(&raw)
    } else {
        raw
    }
}

/// The page title for the `<Title formatter>` in the app root: "Name · Pitchline".
pub fn page_title(title: String) -> String {
    let full = if title.is_empty() {
        "Pitchline".to_string()
    } else {
        format!("{title} · Pitchline")
    };
    raw_text_child(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_character_references() {
        assert_eq!(
            escape_text("</title><b>x & \"q\""),
            "&lt;/title&gt;&lt;b&gt;x &amp; \"q\""
        );
        assert_eq!(escape_text("上海 Tidal"), "上海 Tidal");
    }
}
