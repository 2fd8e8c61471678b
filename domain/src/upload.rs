//! What an uploaded file must be: checked by its first bytes, never by its name.

pub const LOGO_MAX_BYTES: u64 = 2 * 1024 * 1024;
pub const DECK_MAX_BYTES: u64 = 20 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Webp,
    Pdf,
}

impl FileKind {
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
        }
    }

    pub fn from_content_type(raw: &str) -> Option<FileKind> {
        [FileKind::Png, FileKind::Jpeg, FileKind::Webp, FileKind::Pdf]
            .into_iter()
            .find(|k| k.content_type() == raw)
    }
}

/// The kind of file `head` (its first bytes, at least 12 when there are that many) starts.
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else {
        None
    }
}

/// What a user may upload in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadRule {
    Logo,
    Deck,
}

impl UploadRule {
    pub const ALL: [UploadRule; 2] = [UploadRule::Logo, UploadRule::Deck];

    /// The stored file's purpose, as its row records it.
    pub fn as_str(self) -> &'static str {
        match self {
            UploadRule::Logo => "logo",
            UploadRule::Deck => "deck",
        }
    }

    pub fn max_bytes(self) -> u64 {
        match self {
            UploadRule::Logo => LOGO_MAX_BYTES,
            UploadRule::Deck => DECK_MAX_BYTES,
        }
    }

    fn accepts(self, kind: FileKind) -> bool {
        match self {
            UploadRule::Logo => matches!(kind, FileKind::Png | FileKind::Jpeg | FileKind::Webp),
            UploadRule::Deck => kind == FileKind::Pdf,
        }
    }

    /// Checks a complete upload: `head` is its first bytes, `size` its total length.
    pub fn check(self, head: &[u8], size: u64) -> Result<FileKind, UploadProblem> {
        if size == 0 {
            return Err(UploadProblem::Empty { rule: self });
        }
        if size > self.max_bytes() {
            return Err(UploadProblem::TooLarge { rule: self });
        }
        match sniff(head) {
            Some(kind) if self.accepts(kind) => Ok(kind),
            _ => Err(UploadProblem::WrongType { rule: self }),
        }
    }
}

/// What is wrong with an upload; `app::components::problems::upload_problem` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    Missing { rule: UploadRule },
    Empty { rule: UploadRule },
    TooLarge { rule: UploadRule },
    WrongType { rule: UploadRule },
}

impl UploadProblem {
    pub fn is_too_large(self) -> bool {
        matches!(self, UploadProblem::TooLarge { .. })
    }

    /// A stable code for the problem; with the rule (which the page knows from the upload
    /// field it shows) it names the problem exactly, so a redirect can carry it without
    /// carrying text.
    pub fn code(self) -> &'static str {
        match self {
            UploadProblem::Missing { .. } => "missing",
            UploadProblem::Empty { .. } => "empty",
            UploadProblem::TooLarge { .. } => "too_large",
            UploadProblem::WrongType { .. } => "wrong_type",
        }
    }

    pub fn from_code(raw: &str, rule: UploadRule) -> Option<UploadProblem> {
        match raw {
            "missing" => Some(UploadProblem::Missing { rule }),
            "empty" => Some(UploadProblem::Empty { rule }),
            "too_large" => Some(UploadProblem::TooLarge { rule }),
            "wrong_type" => Some(UploadProblem::WrongType { rule }),
            _ => None,
        }
    }
}

/// `20 MB`, `512 KB`, `37 bytes`: sizes as people read them (binary units, decimal names).
pub fn human_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = bytes * 10 / MB;
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_problem_round_trips_through_its_code() {
        for rule in [UploadRule::Logo, UploadRule::Deck] {
            for p in [
                UploadProblem::Missing { rule },
                UploadProblem::Empty { rule },
                UploadProblem::TooLarge { rule },
                UploadProblem::WrongType { rule },
            ] {
                assert_eq!(UploadProblem::from_code(p.code(), rule), Some(p));
            }
        }
        assert_eq!(UploadProblem::from_code("<b>", UploadRule::Deck), None);
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn files_are_recognised_by_their_magic() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nIHDR"), Some(FileKind::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(FileKind::Jpeg));
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some(FileKind::Webp));
        assert_eq!(sniff(b"PK\x03\x04 a pptx renamed to pdf"), None);
    }

    #[test]
    fn a_deck_must_be_a_non_empty_pdf_within_the_limit() {
        let rule = UploadRule::Deck;
        assert_eq!(rule.check(b"%PDF-1.4", 1000), Ok(FileKind::Pdf));
        assert_eq!(rule.check(b"", 0), Err(UploadProblem::Empty { rule }));
        assert!(rule
            .check(b"%PDF-1.4", DECK_MAX_BYTES + 1)
            .unwrap_err()
            .is_too_large());
        assert_eq!(
            rule.check(b"\x89PNG\r\n\x1a\n", 1000),
            Err(UploadProblem::WrongType { rule })
        );
        assert_eq!(
            human_size(rule.max_bytes()),
            "20 MB",
            "the limit a refusal names"
        );
    }

    #[test]
    fn a_logo_must_be_an_image() {
        assert!(UploadRule::Logo.check(b"%PDF-1.4", 10).is_err());
        assert_eq!(
            UploadRule::Logo.check(b"\x89PNG\r\n\x1a\n", 10),
            Ok(FileKind::Png)
        );
        assert!(UploadRule::Logo
            .check(b"\x89PNG\r\n\x1a\n", LOGO_MAX_BYTES + 1)
            .is_err());
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(20 * 1024 * 1024), "20 MB");
        assert_eq!(human_size(1536 * 1024), "1.5 MB");
        assert_eq!(human_size(2048), "2 KB");
        assert_eq!(human_size(37), "37 bytes");
    }

    proptest! {
        #[test]
        fn sniffing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = sniff(&bytes);
            let _ = UploadRule::Deck.check(&bytes, bytes.len() as u64);
        }
    }
}

crate::code::coded!(UploadRule, UploadRule::ALL);
