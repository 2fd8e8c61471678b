//! Numbered pages of a list: which page a request may see.

/// The page to show and how many there are, for `total` rows at `per_page` a page.
/// A missing, malformed or out-of-range request shows the nearest real page; an empty
/// list still has one (empty) page.
pub fn page_of(requested: &str, total: u64, per_page: u64) -> (u64, u64) {
    let pages = Ord::max(total.div_ceil(per_page.max(1)), 1);
    let page = requested.trim().parse::<u64>().unwrap_or(1).clamp(1, pages);
    (page, pages)
}

#[cfg(test)]
mod tests {
    use super::page_of;
    use proptest::prelude::*;

    #[test]
    fn requests_outside_the_list_show_its_nearest_page() {
        assert_eq!(page_of("", 0, 50), (1, 1));
        assert_eq!(page_of("2", 51, 50), (2, 2));
        assert_eq!(page_of("99", 51, 50), (2, 2));
        assert_eq!(page_of("0", 51, 50), (1, 2));
        assert_eq!(page_of("-3", 51, 50), (1, 2));
        assert_eq!(page_of("two", 51, 50), (1, 2));
    }

    proptest! {
        #[test]
        fn the_page_is_always_one_of_the_pages(req in ".{0,6}", total in 0u64..10_000, per in 1u64..200) {
            let (page, pages) = page_of(&req, total, per);
            prop_assert!(page >= 1 && page <= pages);
            // The page shown starts inside the list: never an empty page past its end.
            prop_assert!((page - 1) * per < total || total == 0);
        }
    }
}
