//! Addresses of pages that take query parameters, built in one place for server
//! functions (redirects) and pages (links and forms) alike.

use uuid::Uuid;

/// A query-string value, percent-encoded (everything but unreserved characters).
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A page of the judging board: the edition, the track filter (empty for all) and page.
pub fn judging_board(edition: Uuid, track: &str, page: u64) -> String {
    let mut url = format!("/staff/judging?edition={edition}");
    if !track.trim().is_empty() {
        url.push_str(&format!("&track={}", encode(track.trim())));
    }
    if page > 1 {
        url.push_str(&format!("&page={page}"));
    }
    url
}

/// The review setup of an edition.
pub fn judging_setup(edition: Uuid) -> String {
    format!("/staff/judging/setup?edition={edition}")
}

/// A page of the staff audit log with its filters (empty ones left out), so the pager
/// keeps what the GET form asked for.
pub fn audit_log(filter: &domain::audit::AuditQuery, page: u64) -> String {
    let mut pairs: Vec<String> = filter
        .pairs()
        .into_iter()
        .map(|(k, v)| format!("{k}={}", encode(v.trim())))
        .collect();
    if page > 1 {
        pairs.push(format!("page={page}"));
    }
    if pairs.is_empty() {
        "/staff/audit".to_string()
    } else {
        format!("/staff/audit?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_pages_keep_their_filters() {
        let mut f = domain::audit::AuditQuery::default();
        assert_eq!(audit_log(&f, 1), "/staff/audit");
        f.who = "Ada Li".into();
        f.action = "pitch.submit".into();
        f.to = "2026-11-30".into();
        assert_eq!(
            audit_log(&f, 2),
            "/staff/audit?who=Ada%20Li&action=pitch.submit&to=2026-11-30&page=2"
        );
    }

    #[test]
    fn board_addresses_keep_the_filter_and_page_and_encode_the_track() {
        let e = Uuid::nil();
        assert_eq!(
            judging_board(e, "", 1),
            format!("/staff/judging?edition={e}")
        );
        assert_eq!(
            judging_board(e, "Clean energy & 气候", 3),
            format!(
                "/staff/judging?edition={e}&track=Clean%20energy%20%26%20%E6%B0%94%E5%80%99&page=3"
            )
        );
    }
}
