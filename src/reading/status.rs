//! The sentences the brief says about the reader's own choices, with the words the reader (or
//! a link) gave kept apart from the brief's words.

use crate::words::{isolate, number, quoted, words, Locale};

/// The live count under the timeline's filters: how many of `total` statements are `shown`,
/// and, for a search of `query` (trimmed; none when empty), in how many article `paragraphs`
/// its words appear. The query is echoed isolated ([`isolate`]).
/// In the reader's words (`locale`), with each language's plurals and digit grouping.
pub fn filter_status(
    locale: Locale,
    shown: usize,
    total: usize,
    query: &str,
    paragraphs: usize,
) -> String {
    let n = number(locale, total);
    let mut text = if shown == total {
        words!(locale, showing_all, count = total, n).to_string()
    } else {
        let shown = number(locale, shown);
        words!(locale, showing_some, count = total, shown, n).to_string()
    };
    let query = query.trim();
    if !query.is_empty() {
        let query = quoted(locale, &isolate(query));
        let n = number(locale, paragraphs);
        text.push(' ');
        text.push_str(&words!(locale, query_found, count = paragraphs, query, n).to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_says_what_is_shown() {
        assert_eq!(
            filter_status(Locale::en, 11, 11, "  ", 0),
            "Showing all 11 statements."
        );
        assert_eq!(
            filter_status(Locale::en, 3, 11, " smooth ", 1),
            "Showing 3 of 11 statements. “\u{2068}smooth\u{2069}” appears in 1 article paragraph."
        );
        assert_eq!(
            filter_status(Locale::en, 0, 11, "x", 2),
            "Showing 0 of 11 statements. “\u{2068}x\u{2069}” appears in 2 article paragraphs."
        );
    }

    #[test]
    fn the_count_is_in_the_readers_words_with_their_plurals_and_quotation_marks() {
        assert_eq!(
            filter_status(Locale::ru, 1, 21, "отчёт", 1),
            "Показано 1 из 21 заявления. «\u{2068}отчёт\u{2069}» встречается в 1 абзаце статьи."
        );
        assert_eq!(
            filter_status(Locale::ru, 22, 22, "", 0),
            "Показаны все 22 заявления."
        );
        assert_eq!(
            filter_status(Locale::az, 3, 11, "seçki", 2),
            "11 bəyanatdan 3 göstərilir. «\u{2068}seçki\u{2069}» məqalənin 2 abzasında keçir."
        );
    }

    #[test]
    fn a_query_with_a_right_to_left_override_cannot_reorder_the_sentence() {
        // U+202E reverses everything after it up to the end of its paragraph or isolate: left
        // open, it would turn " appears in 0 article paragraphs." backwards.
        let sentence = filter_status(Locale::en, 0, 11, "\u{202e}evil", 0);
        let after_query = sentence.split("\u{202e}evil").nth(1).unwrap();
        assert_eq!(after_query, "\u{2069}” appears in 0 article paragraphs.");
        assert!(sentence.contains("“\u{2068}\u{202e}evil\u{2069}”"));
    }
}
