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

#[cfg(test)]
mod tests {
    use super::*;

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
