//! Finding a reader's words in the text, whatever their case and accents ("Niyazaliyev",
//! "NIYAZALIYEV" and "Niyazalíyev" are the same search), and cutting text into marked and
//! unmarked pieces for display.

use std::ops::Range;

/// One character folded for comparison: lower case, accents and other diacritics removed.
/// Always one character for one, so that positions in the folded text are positions in the
/// original.
pub fn fold_char(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ß' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Typographic quotes and dashes match the plain ones a reader types.
        '‘' | '’' | 'ʼ' => '\'',
        '“' | '”' | '«' | '»' => '"',
        '‐' | '‑' | '–' | '—' => '-',
        other => other,
    }
}

/// Text folded for comparison, character for character (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Where `query` occurs in `text`, as byte ranges of `text`, ignoring case and diacritics.
/// Surrounding spaces of the query are ignored; an empty query finds nothing.
pub fn find(text: &str, query: &str) -> Vec<Range<usize>> {
    find_folded(text, &fold(query.trim()))
}

/// [`find`] for a query already trimmed and folded ([`fold`]): a page folds the reader's words
/// once, not once for every text it marks.
pub fn find_folded(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = folded_query.chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let (starts, folded): (Vec<usize>, Vec<char>) =
        text.char_indices().map(|(i, c)| (i, fold_char(c))).unzip();
    let byte_at = |char_index: usize| starts.get(char_index).copied().unwrap_or(text.len());
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        if folded[i..i + needle.len()] == needle[..] {
            found.push(byte_at(i)..byte_at(i + needle.len()));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// A piece of text and how it is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The words.
    pub text: &'a str,
    /// Part of the selected statement's words.
    pub quote: bool,
    /// Part of a search match.
    pub found: bool,
}

/// Cuts `text` into pieces at the edges of `quote` (the selected statement's words) and of the
/// search matches `found`, so that each piece is marked the same all through.
pub fn pieces<'a>(
    text: &'a str,
    quote: Option<Range<usize>>,
    found: &[Range<usize>],
) -> Vec<Piece<'a>> {
    let mut edges = vec![0, text.len()];
    edges.extend(quote.iter().flat_map(|r| [r.start, r.end]));
    edges.extend(found.iter().flat_map(|r| [r.start, r.end]));
    // Also false past the end, so a range beyond the text adds no edge.
    edges.retain(|&e| text.is_char_boundary(e));
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .map(|w| {
            let inside = |r: &Range<usize>| r.start <= w[0] && w[1] <= r.end;
            Piece {
                text: &text[w[0]..w[1]],
                quote: quote.as_ref().is_some_and(inside),
                found: found.iter().any(inside),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // One match, as a byte range.
    fn case_and_diacritics_are_ignored() {
        let text = "Deputy Secretary General of the SCO Nuran Niyazaliyev, met in Baku";
        assert_eq!(find(text, "niyazaliyev"), [42..53]);
        assert_eq!(find(text, "NIYAZALÍYEV"), [42..53]);
        assert_eq!(find("Ərdoğan and Şəki", "erdogan"), [0..9]);
        assert_eq!(find("Şəki", "seki"), [0..6]);
        assert_eq!(find("Baku", "Tbilisi"), Vec::<Range<usize>>::new());
    }

    #[test]
    fn ranges_are_bytes_of_the_original_text() {
        let text = "“The elections are going very smoothly,” he said.";
        let found = find(text, "\"the elections");
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].clone()], "“The elections");
    }

    #[test]
    fn every_occurrence_is_found_without_overlaps() {
        assert_eq!(find("observers observe", "observ"), [0..6, 10..16]);
        assert_eq!(find("aaaa", "aa"), [0..2, 2..4]);
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn an_empty_or_blank_query_finds_nothing() {
        assert!(find("anything", "").is_empty());
        assert!(find("anything", "   ").is_empty());
        assert!(find("", "x").is_empty());
        assert_eq!(find("the SCO mission", "  sco "), [4..7]);
    }

    #[test]
    fn pieces_mark_the_quote_and_the_matches() {
        let text = "He said: we observe everything.";
        let quote = Some(9..31);
        let found = find(text, "observe");
        let marked: Vec<_> = pieces(text, quote, &found)
            .into_iter()
            .map(|p| (p.text, p.quote, p.found))
            .collect();
        assert_eq!(
            marked,
            [
                ("He said: ", false, false),
                ("we ", true, false),
                ("observe", true, true),
                (" everything.", true, false),
            ]
        );
    }

    #[test]
    fn pieces_of_unmarked_text_are_the_text() {
        let text = "Baku, 31 August";
        assert_eq!(
            pieces(text, None, &[]),
            [Piece {
                text,
                quote: false,
                found: false
            }]
        );
        assert!(pieces("", None, &[]).is_empty());
    }
}
