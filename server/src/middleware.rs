//! Web hygiene for every response: refuse cross-site mutations (server functions have no
//! CSRF token of their own), keep mutations off GET, set security headers, and show a
//! form error carried in the URL (`__err`) only to the browser whose post produced it.

use app::lang::request_lang;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use backend::platform::form_errors;
use backend::AppState;
use domain::lang::Lang;
use i18n::t;

/// For responses that did not set their own policy (pages set one with a nonce).
pub const DEFAULT_CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'self'; \
     object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The policy for rendered pages: only our own files, the inline hydration script that
/// carries this response's nonce, and WebAssembly compilation.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         frame-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The origin a same-site browser would send for this request's host.
fn same_origin(req: &Request, origin: &str) -> bool {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .unwrap_or(origin);
    host.is_some_and(|h| h.eq_ignore_ascii_case(origin_host))
}

/// A refusal as one sentence in the requester's language (cookie, then Accept-Language).
fn refuse(req: &Request, status: StatusCode, message: fn(Lang) -> String) -> Response {
    let lang = request_lang(req.headers());
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CONTENT_LANGUAGE, lang.tag()),
        ],
        message(lang),
    )
        .into_response()
}

/// The cookie that binds a form error in a redirect URL to the browser that posted.
pub const FORM_ERROR_COOKIE: &str = "pitchline_form_error";

/// How long a form error in the URL stays showable after the post.
const FORM_ERROR_MAX_AGE_SECS: u32 = 600;

/// A query key as the framework reads it: percent-decoded, `+` as a space. The error
/// channel must recognise `%5F%5Ferr` as `__err`, or an encoded key slips past it.
fn decoded_key(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                let hex = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(bytes[i + 1]) << 4 | hex(bytes[i + 2]));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The form-error channel's own parameters, however they are spelled in the URL.
fn is_error_channel_key(pair: &str) -> bool {
    let key = decoded_key(pair.split('=').next().unwrap_or_default());
    key == "__err" || key == "__path"
}

/// The raw (still percent-encoded) values of the key that decodes to `name`.
fn query_values<'a>(query: &'a str, name: &str) -> Vec<&'a str> {
    query
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decoded_key(key) == name).then_some(value)
        })
        .collect()
}

/// What identifies one form error in a URL: its server function and its payload. A URL
/// with the error twice (one of them perhaps encoded) identifies nothing: it is refused.
fn form_error_digest(query: &str) -> Option<String> {
    let errors = query_values(query, "__err");
    let paths = query_values(query, "__path");
    match (errors.as_slice(), paths.as_slice()) {
        ([err], [] | [_]) => {
            let path = paths.first().copied().unwrap_or_default();
            Some(backend::secrets::token_hash(&format!("{path}\n{err}")))
        }
        ([], _) => None,
        _ => Some(String::new()),
    }
}

fn cookie_value<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))
}

/// A page asked for with a form error (`__err`) that this browser's own post did not
/// produce, e.g. from a link someone sent: the same page without it. The no-JavaScript
/// error channel then shows only errors the server made for this browser, so a link
/// cannot put a chosen sentence (or chosen "typed" values) into a victim's form.
fn refuse_foreign_form_error(req: &Request) -> Option<Response> {
    let query = req.uri().query()?;
    let digest = form_error_digest(query)?;
    if !digest.is_empty() && cookie_value(req, FORM_ERROR_COOKIE) == Some(digest.as_str()) {
        return None;
    }
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !is_error_channel_key(p))
        .collect();
    // The same page on this site: a path starting `//` or `/\` would be read by the
    // browser as another host.
    let mut location = format!("/{}", req.uri().path().trim_start_matches(['/', '\\']));
    if !kept.is_empty() {
        location.push('?');
        location.push_str(&kept.join("&"));
    }
    let location = HeaderValue::from_str(&location).ok()?;
    let mut response = StatusCode::SEE_OTHER.into_response();
    response.headers_mut().insert(header::LOCATION, location);
    Some(response)
}

/// After a post answered with a redirect that carries a form error, remember in a
/// cookie which error this browser may be shown.
fn bind_form_error(response: &mut Response) {
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
    else {
        return;
    };
    let Some(digest) = location
        .split_once('?')
        .and_then(|(_, query)| form_error_digest(query.split('#').next().unwrap_or(query)))
    else {
        return;
    };
    let secure = if location.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{FORM_ERROR_COOKIE}={digest}; Path=/; Max-Age={FORM_ERROR_MAX_AGE_SECS}; HttpOnly; SameSite=Lax{secure}"
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// A form error longer than this waits in the database (`platform::form_errors`) and
/// the URL carries its id: a browser stops sending a page's address as the `Referer`
/// of the next post past about 4 KB, and the next failed post would then land on the
/// home page with everything typed lost. (Typed Chinese costs 4 bytes a character.)
const LONG_FORM_ERROR: usize = 1024;

/// The query pairs of `query` without the error channel's, then its last `__path` and
/// `__err` pairs as (path, err) (raw, still encoded). A form posted again after an error
/// carries the earlier pair in its `Referer`, and the framework appends the new one.
fn split_error_channel(query: &str) -> (Vec<&str>, Option<&str>, Option<&str>) {
    let (mut others, mut path, mut err) = (Vec::new(), None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match decoded_key(pair.split('=').next().unwrap_or_default()).as_str() {
            "__path" => path = Some(pair),
            "__err" => err = Some(pair),
            _ => others.push(pair),
        }
    }
    (others, path, err)
}

/// A query pair that reports the outcome of an earlier post: a success notice or an
/// upload refusal (`app::notice`).
fn is_outcome_key(pair: &str) -> bool {
    let key = decoded_key(pair.split('=').next().unwrap_or_default());
    key == app::notice::Notice::PARAM || key == app::notice::UploadRefusal::PARAM
}

/// After a failed plain form post: one error in the address it sends the browser back
/// to (without the earlier post's notice), and a long one kept in the database under a
/// short id (`__err=~<id>`).
async fn tidy_form_error(state: &AppState, response: &mut Response) {
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .map(str::to_string)
    else {
        return;
    };
    let (address, fragment) = match location.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (location.as_str(), None),
    };
    let Some((base, query)) = address.split_once('?') else {
        return;
    };
    let (mut pairs, path, Some(err)) = split_error_channel(query) else {
        return;
    };
    // The page's earlier success notice (or upload refusal) is stale now: a new error
    // must not stand beside "Draft saved".
    pairs.retain(|pair| !is_outcome_key(pair));
    let value = err.split_once('=').map(|(_, v)| v).unwrap_or_default();
    let err = if value.len() > LONG_FORM_ERROR {
        match form_errors::stash(&state.db, value).await {
            Ok(id) => format!("__err=~{id}"),
            Err(e) => {
                tracing::warn!(error = %e, "could not keep a long form error; it stays in the URL");
                err.to_string()
            }
        }
    } else {
        err.to_string()
    };
    pairs.extend(path);
    pairs.push(&err);
    let mut tidy = format!("{base}?{}", pairs.join("&"));
    if let Some(f) = fragment {
        tidy.push('#');
        tidy.push_str(f);
    }
    if let Ok(value) = HeaderValue::from_str(&tidy) {
        response.headers_mut().insert(header::LOCATION, value);
    }
}

/// A page asked for with a kept form error (`__err=~<id>`), already known to be this
/// browser's own: the request as the framework expects it, with the error itself in
/// the query; the page without it once the error has expired.
async fn expand_form_error(state: &AppState, req: &mut Request) -> Option<Response> {
    let query = req.uri().query()?;
    let (mut pairs, path, Some(err)) = split_error_channel(query) else {
        return None;
    };
    let id = err
        .split_once('=')
        .map(|(_, v)| v)
        .unwrap_or_default()
        .strip_prefix('~')?;
    let page = req.uri().path().to_string();
    let found = form_errors::fetch(&state.db, id).await.ok().flatten();
    let Some(payload) = found else {
        let mut location = format!("/{}", page.trim_start_matches(['/', '\\']));
        if !pairs.is_empty() {
            location.push('?');
            location.push_str(&pairs.join("&"));
        }
        let location = HeaderValue::from_str(&location).ok()?;
        let mut response = StatusCode::SEE_OTHER.into_response();
        response.headers_mut().insert(header::LOCATION, location);
        return Some(response);
    };
    let err = format!("__err={payload}");
    pairs.extend(path);
    pairs.push(&err);
    let full = format!("{page}?{}", pairs.join("&"));
    if let Ok(uri) = full.parse::<http::Uri>() {
        *req.uri_mut() = uri;
    }
    None
}

pub async fn request_guard(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let method = req.method().clone();
    if is_safe(&method) {
        if let Some(refused) = refuse_foreign_form_error(&req) {
            return refused;
        }
        if let Some(expired) = expand_form_error(&state, &mut req).await {
            return expired;
        }
    }
    let path = req.uri().path();
    if path.starts_with("/api/") && method != Method::POST {
        return refuse(&req, StatusCode::METHOD_NOT_ALLOWED, |lang| {
            t!(lang, "refusal-use-post")
        });
    }
    if !is_safe(&method) {
        let cross_site = req
            .headers()
            .get("sec-fetch-site")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
        let foreign_origin = req
            .headers()
            .get(header::ORIGIN)
            .and_then(|o| o.to_str().ok())
            .is_some_and(|o| o == "null" || !same_origin(&req, o));
        if cross_site || foreign_origin {
            return refuse(&req, StatusCode::FORBIDDEN, |lang| {
                t!(lang, "refusal-cross-site")
            });
        }
    }
    let asset = asset_kind(path);
    let api = path.starts_with("/api/");
    let mut response = next.run(req).await;
    if !is_safe(&method) {
        tidy_form_error(&state, &mut response).await;
        bind_form_error(&mut response);
    }
    if api && response.status() == StatusCode::INTERNAL_SERVER_ERROR {
        response = invalid_arguments_are_422(response).await;
    }
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    // DENY unless the route chose otherwise (a deck shown inline: SAMEORIGIN, files.rs).
    headers
        .entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    let cache = match asset {
        // A new build gets new names, so a hashed file never changes under its name.
        Some(AssetKind::Hashed) => "public, max-age=31536000, immutable",
        // Unhashed names stay the same across builds: revalidate (cheap 304s).
        Some(AssetKind::Plain) => "public, max-age=300, must-revalidate",
        Some(AssetKind::Icon) => "public, max-age=86400",
        None => "no-store",
    };
    if asset.is_some() || !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    response
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum AssetKind {
    Hashed,
    Plain,
    /// `/favicon.ico` (from `public/`): every page load asks for it, so a day's cache.
    Icon,
}

/// `/pkg/pitchline.3f9a…c1.wasm` is hashed (cargo-leptos `hash-files`); `/pkg/pitchline.css`
/// is plain; anything outside `/pkg/` is a page or an API answer.
fn asset_kind(path: &str) -> Option<AssetKind> {
    if path == "/favicon.ico" {
        return Some(AssetKind::Icon);
    }
    let name = path.strip_prefix("/pkg/")?;
    let parts: Vec<&str> = name.split('.').collect();
    let hashed = parts.len() >= 3
        && parts[parts.len() - 2].len() >= 8
        && parts[parts.len() - 2]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    Some(if hashed {
        AssetKind::Hashed
    } else {
        AssetKind::Plain
    })
}

/// The framework answers 500 when a server function's arguments cannot be decoded
/// (before our code runs), with our `AppError::Invalid` as the body. That is the
/// caller's mistake: 422, like every other invalid input. Our own failures are
/// `Internal` and stay 500.
async fn invalid_arguments_are_422(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (parts, Body::empty()).into_response();
    };
    if serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| v.get("Invalid").is_some())
    {
        parts.status = StatusCode::UNPROCESSABLE_ENTITY;
    }
    (parts, Body::from(bytes)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_error_is_identified_by_its_function_and_payload() {
        let a = form_error_digest("x=1&__path=%2Fapi%2Fa&__err=AAAA");
        assert!(a.is_some());
        assert_eq!(a, form_error_digest("__err=AAAA&__path=%2Fapi%2Fa"));
        assert_ne!(a, form_error_digest("__path=%2Fapi%2Fa&__err=AAAB"));
        assert_ne!(a, form_error_digest("__path=%2Fapi%2Fb&__err=AAAA"));
        assert_eq!(form_error_digest("x=1"), None);
        assert!(query_values("a__err=1&b=2", "__err").is_empty());
    }

    #[test]
    fn an_encoded_key_is_the_key_the_framework_reads() {
        assert_eq!(decoded_key("%5F%5Ferr"), "__err");
        assert_eq!(decoded_key("_%5ferr"), "__err");
        assert_eq!(decoded_key("__%65rr"), "__err");
        assert_eq!(decoded_key("a+b%2"), "a b%2");
        // A lone `%` stays; `+` is a space, as the framework reads it.
        assert_eq!(decoded_key("%+1"), "% 1");
        assert!(is_error_channel_key("%5F%5Fpath=%2Fapi"));
        assert_eq!(
            form_error_digest("%5F%5Ferr=AAAA&__path=%2Fapi%2Fa"),
            form_error_digest("__err=AAAA&__path=%2Fapi%2Fa")
        );
        // Two errors (one disguised) identify nothing a cookie could match.
        assert_eq!(
            form_error_digest("__err=AAAA&%5F%5Ferr=BBBB"),
            Some(String::new())
        );
    }

    #[test]
    fn only_hashed_package_files_are_immutable() {
        assert_eq!(
            asset_kind("/pkg/pitchline.Hx3k9QaZ0b1c2d3e.wasm"),
            Some(AssetKind::Hashed)
        );
        assert_eq!(asset_kind("/pkg/pitchline.css"), Some(AssetKind::Plain));
        assert_eq!(asset_kind("/pkg/pitchline_bg.wasm"), Some(AssetKind::Plain));
        assert_eq!(asset_kind("/staff/editions"), None);
        assert_eq!(asset_kind("/favicon.ico"), Some(AssetKind::Icon));
    }
}
