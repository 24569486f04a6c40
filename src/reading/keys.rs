//! Walking a list with the keyboard: which entry a key moves focus to.

/// The entry that `key` moves focus to from entry `from` of `listed` (entries in the order
/// shown): the next or previous with the arrow keys, the first with Home, the last with End.
/// `None` for any other key, past either end, or when `from` is not listed.
pub fn entry_after_key(listed: &[usize], from: usize, key: &str) -> Option<usize> {
    let at = listed.iter().position(|&entry| entry == from)?;
    match key {
        "ArrowDown" | "ArrowRight" => listed.get(at + 1).copied(),
        "ArrowUp" | "ArrowLeft" => at.checked_sub(1).and_then(|i| listed.get(i)).copied(),
        "Home" => listed.first().copied(),
        "End" => listed.last().copied(),
        _ => None,
    }
}

/// Whether `key` is one that walks the list (and so is not left to the browser).
pub fn walks_the_list(key: &str) -> bool {
    matches!(
        key,
        "ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft" | "Home" | "End"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entries as a filtered timeline lists them: not in index order, with gaps.
    const LISTED: [usize; 4] = [7, 2, 9, 4];

    #[test]
    fn the_arrow_keys_move_to_the_neighbour_in_the_order_shown() {
        assert_eq!(entry_after_key(&LISTED, 2, "ArrowDown"), Some(9));
        assert_eq!(entry_after_key(&LISTED, 2, "ArrowRight"), Some(9));
        assert_eq!(entry_after_key(&LISTED, 2, "ArrowUp"), Some(7));
        assert_eq!(entry_after_key(&LISTED, 2, "ArrowLeft"), Some(7));
    }

    #[test]
    fn home_and_end_go_to_the_first_and_last_entry() {
        assert_eq!(entry_after_key(&LISTED, 9, "Home"), Some(7));
        assert_eq!(entry_after_key(&LISTED, 9, "End"), Some(4));
    }

    #[test]
    fn nothing_lies_past_either_end_or_after_another_key_or_an_unlisted_entry() {
        assert_eq!(entry_after_key(&LISTED, 7, "ArrowUp"), None);
        assert_eq!(entry_after_key(&LISTED, 4, "ArrowDown"), None);
        assert_eq!(entry_after_key(&LISTED, 2, "Tab"), None);
        assert_eq!(entry_after_key(&LISTED, 3, "ArrowDown"), None);
        assert_eq!(entry_after_key(&[], 0, "Home"), None);
    }

    #[test]
    fn only_the_walking_keys_are_taken_from_the_browser() {
        for key in [
            "ArrowDown",
            "ArrowRight",
            "ArrowUp",
            "ArrowLeft",
            "Home",
            "End",
        ] {
            assert!(walks_the_list(key), "{key}");
        }
        for key in ["Enter", "Tab", " ", "PageDown", "a"] {
            assert!(!walks_the_list(key), "{key}");
        }
    }
}
