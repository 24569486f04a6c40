//! The sentences the brief says about the reader's own choices, with the words the reader (or
//! a link) gave kept apart from the brief's words.

/// First Strong Isolate: what follows is laid out on its own, in its own direction.
const FSI: char = '\u{2068}';
/// Pop Directional Isolate: ends what [`FSI`] began.
const PDI: char = '\u{2069}';

/// `text` isolated (U+2068 … U+2069), for echoing inside one of the brief's sentences: words
/// from a link (`q=` starting with U+202E, say) cannot then reorder the sentence around them.
/// An unclosed override or embedding inside `text` ends at the isolate's end.
pub fn isolate(text: &str) -> String {
    format!("{FSI}{text}{PDI}")
}

/// The live count under the timeline's filters: how many of `total` statements are `shown`,
/// and, for a search of `query` (trimmed; none when empty), in how many article `paragraphs`
/// its words appear. The query is echoed isolated ([`isolate`]).
pub fn filter_status(shown: usize, total: usize, query: &str, paragraphs: usize) -> String {
    let mut text = if shown == total {
        format!("Showing all {total} statements.")
    } else {
        format!("Showing {shown} of {total} statements.")
    };
    let query = query.trim();
    if !query.is_empty() {
        text.push_str(&format!(
            " “{}” appears in {paragraphs} article paragraph{}.",
            isolate(query),
            if paragraphs == 1 { "" } else { "s" }
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_says_what_is_shown() {
        assert_eq!(filter_status(11, 11, "  ", 0), "Showing all 11 statements.");
        assert_eq!(
            filter_status(3, 11, " smooth ", 1),
            "Showing 3 of 11 statements. “\u{2068}smooth\u{2069}” appears in 1 article paragraph."
        );
        assert_eq!(
            filter_status(0, 11, "x", 2),
            "Showing 0 of 11 statements. “\u{2068}x\u{2069}” appears in 2 article paragraphs."
        );
    }

    #[test]
    fn a_query_with_a_right_to_left_override_cannot_reorder_the_sentence() {
        // U+202E reverses everything after it up to the end of its paragraph or isolate: left
        // open, it would turn " appears in 0 article paragraphs." backwards.
        let sentence = filter_status(0, 11, "\u{202e}evil", 0);
        let after_query = sentence.split("\u{202e}evil").nth(1).unwrap();
        assert_eq!(after_query, "\u{2069}” appears in 0 article paragraphs.");
        assert!(sentence.contains("“\u{2068}\u{202e}evil\u{2069}”"));
    }
}
