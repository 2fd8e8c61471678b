//! Which language this page speaks, and the switcher that changes it.
//!
//! The server decides per request (`request_lang`): the `lang` cookie the switcher
//! sets (an account's saved choice is put back into it at every log-in), else the
//! browser's `Accept-Language`, else English. An unknown code anywhere is English,
//! never an error. Pages read it with `use_lang()` and write `t!(lang, "id")`.

use crate::api::auth::SetLanguage;
use domain::lang::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

pub use i18n::t;

/// The cookie that remembers the choice for a year, signed in or not.
pub const COOKIE: &str = "lang";

/// The page's language (English outside a request, e.g. in unit tests).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The language for the request being served, put into the page's context; also
/// answers with `Content-Language` and tells caches the answer depends on both inputs.
#[cfg(feature = "ssr")]
pub fn provide_request_lang() -> Lang {
    let lang = use_context::<http::request::Parts>()
        .map(|parts| request_lang(&parts.headers))
        .unwrap_or_default();
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(
            http::header::CONTENT_LANGUAGE,
            http::HeaderValue::from_static(lang.tag()),
        );
        res.append_header(
            http::header::VARY,
            http::HeaderValue::from_static("Accept-Language, Cookie"),
        );
    }
    provide_context(lang);
    lang
}

#[cfg(feature = "ssr")]
pub fn request_lang(headers: &http::HeaderMap) -> Lang {
    let cookie = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Lang::from_tag(value));
    cookie.unwrap_or_else(|| {
        headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(Lang::negotiate)
            .unwrap_or_default()
    })
}

/// `Set-Cookie` for a chosen language (readable by scripts: it is not a secret).
pub fn cookie(lang: Lang, secure: bool) -> String {
    format!(
        "{COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000{}",
        lang.as_str(),
        if secure { "; Secure" } else { "" }
    )
}

/// A wall-clock time the server wrote as `YYYY-MM-DDTHH:MM` in `zone`, for reading:
/// "5 Jan 2027, 09:30 (Asia/Shanghai)" / "2027年1月5日 09:30（北京时间）".
pub fn local_time_text(lang: Lang, local: &str, zone: &str) -> String {
    let shown = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
        .map(|at| i18n::format::local_date_time(lang, at))
        .unwrap_or_else(|_| local.replace('T', " "));
    let zone = i18n::format::zone_name(lang, zone);
    match lang {
        Lang::En => format!("{shown} ({zone})"),
        Lang::Zh => format!("{shown}（{zone}）"),
    }
}

/// Where the switcher may send the browser back to: a path on this site, never another
/// host (`//evil.example`, `/\evil.example`) and never a header-breaking character.
pub fn local_return_path(raw: &str) -> &str {
    let safe = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.starts_with("/\\")
        && raw.len() <= 2048
        && !raw.chars().any(|c| c.is_control());
    if safe {
        raw
    } else {
        "/"
    }
}

/// One button per other language, each labelled in its own language; a plain form post,
/// so it works without JavaScript, and comes back to the same page.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SetLanguage>::new();
    // Read once, while the component is built: pages are server HTML (islands), so the
    // address cannot change under it, and a reactive closure here was read again during
    // rendering, where a rare race in the router's memos panicked one request in many
    // thousands under load (BENCHMARKS.md, 2026-11-23).
    let location = use_location();
    let back = {
        let search = location.search.get_untracked();
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <ActionForm action attr:class="inline-form lang-switch">
            <input type="hidden" name="back" value=back/>
            {Lang::ALL
                .iter()
                .filter(|&&other| other != lang)
                .map(|&other| view! {
                    <button type="submit" class="button link" name="lang" value=other.as_str()
                        lang=other.tag() title=t!(other, "switch-language-title")>
                        {other.own_name()}
                    </button>
                })
                .collect_view()}
        </ActionForm>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local_return_path("/showcase?q=x"), "/showcase?q=x");
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "",
            "/a\nb",
        ] {
            assert_eq!(local_return_path(bad), "/", "{bad:?}");
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_cookie_wins_over_the_header_and_junk_is_english() {
        let headers = |pairs: &[(&str, &str)]| {
            let mut h = http::HeaderMap::new();
            for (k, v) in pairs {
                h.append(
                    http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                    http::HeaderValue::from_str(v).unwrap(),
                );
            }
            h
        };
        assert_eq!(
            request_lang(&headers(&[("accept-language", "zh-CN")])),
            Lang::Zh
        );
        assert_eq!(
            request_lang(&headers(&[
                ("accept-language", "zh-CN"),
                ("cookie", "a=1; lang=en")
            ])),
            Lang::En
        );
        assert_eq!(
            request_lang(&headers(&[
                ("accept-language", "zh-CN"),
                ("cookie", "lang=xx")
            ])),
            Lang::Zh
        );
        assert_eq!(request_lang(&headers(&[("cookie", "lang=<b>")])), Lang::En);
        assert_eq!(request_lang(&headers(&[])), Lang::En);
    }
}
