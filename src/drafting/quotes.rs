//! The quotations of a paragraph and how the article says who spoke them: "…,” he said",
//! "…,” said Leonid Anfimov", "…,” according to him", "Anfimov noted: “…”".

use std::ops::Range;

use crate::data::model::Language;
use crate::data::text::{quotations, whole_words};
use crate::drafting::lang::{
    conjunctions, is_function_word, is_organisation_verb, is_title_word, pronouns, speech_verbs,
};

/// A quotation found in a paragraph.
#[derive(Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words exactly as printed, less the comma the article puts before the closing
    /// mark in place of the sentence's full stop.
    pub words: String,
    /// How the paragraph names the speaker, verbatim, when it does ("he", "the report").
    pub speaker_as_printed: Option<String>,
    /// Where those words stand in the paragraph (a byte offset).
    pub speaker_at: Option<usize>,
    /// Where the quoted words stand in the paragraph, marks left out.
    pub span: Range<usize>,
    /// Whether the attribution's verb credits an organisation, not a person ("отметили в
    /// Исполкоме", "Komitəsindən qeyd edilib").
    pub organisation: bool,
}

/// Every quotation of `paragraph` with its printed attribution, in order.
pub fn quotations_with_speakers(paragraph: &str, language: Language) -> Vec<Quotation> {
    let spans = quotations(paragraph);
    spans
        .iter()
        .enumerate()
        .filter_map(|(i, span)| {
            let quoted = &paragraph[span.clone()];
            let words = quoted.strip_suffix(',').unwrap_or(quoted);
            if words.trim().is_empty() {
                return None;
            }
            // The attribution after the closing mark, up to the end of its clause (or the next
            // quotation); failing that, the one before the opening mark.
            let after_start = paragraph[span.end..]
                .chars()
                .next()
                .map_or(span.end, |c| span.end + c.len_utf8());
            let after_end = spans.get(i + 1).map_or(paragraph.len(), |next| next.start);
            let before_start = i.checked_sub(1).map_or(0, |previous| spans[previous].end);
            let opening_mark = paragraph[..span.start]
                .chars()
                .next_back()
                .map_or(span.start, |c| span.start - c.len_utf8());
            let found = after(paragraph, after_start..after_end.max(after_start), language)
                .or_else(|| {
                    before(
                        paragraph,
                        before_start..opening_mark.max(before_start),
                        language,
                    )
                });
            let organisation = found.as_ref().is_some_and(|f| f.organisation);
            let found = found.map(|f| f.speaker);
            Some(Quotation {
                words: words.to_string(),
                speaker_as_printed: found.clone().map(|r| paragraph[r].to_string()),
                speaker_at: found.map(|r| r.start),
                span: span.clone(),
                organisation,
            })
        })
        .collect()
}

/// The words of an attribution that name the speaker, and whether its verb credits an
/// organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The speaker's words in the paragraph.
    pub speaker: Range<usize>,
    /// Whether the verb is one an organisation speaks by ([`is_organisation_verb`]).
    pub organisation: bool,
}

/// The speaker's words in an attribution that follows a quotation: ", he stressed.", "," said
/// Leonid Anfimov.", ", according to him.", "», — отметил он.", "”, - deyə Lebedev bildirib."
fn after(text: &str, range: Range<usize>, language: Language) -> Option<Found> {
    // A comma or dash may stand after the closing mark instead of inside it ("«…», he said").
    let part = &text[range.clone()];
    let range = range.start
        + (part.len() - part.trim_start_matches([',', ' ', '—', '–', '-']).len())
        ..range.end;
    let clause_end = text[range.clone()]
        .find(['.', ',', ';', '!', '?', ':'])
        .map_or(range.end, |at| range.start + at);
    let clause = trimmed(text, range.start..clause_end);
    // Azerbaijani marks the attribution that follows a quotation with "deyə" ("saying").
    let clause = match text[clause.clone()].strip_prefix("deyə ") {
        Some(rest) if language == Language::Az => clause.end - rest.len()..clause.end,
        _ => clause,
    };
    speaker_in_clause(text, clause, language)
}

/// The speaker's words in an attribution that leads into a quotation: "Anfimov noted: “…",
/// "The head of the mission added that “…", "According to Anfimov, “…", "Он отметил, что «…»",
/// "O qeyd edib ki, “…".
pub fn before(text: &str, range: Range<usize>, language: Language) -> Option<Found> {
    let sentence_start = text[range.clone()]
        .rfind(['.', '!', '?'])
        .map_or(range.start, |at| range.start + at + 1);
    let clause = trimmed(text, sentence_start..range.end);
    // The lead-in without what joins it to the quotation: "X noted: ", "X added that ".
    let mut lead = text[clause.clone()].trim_end_matches([':', ',', ' ']);
    for conjunction in conjunctions(language) {
        if let Some(rest) = lead.strip_suffix(conjunction) {
            if rest.ends_with(' ') {
                lead = rest.trim_end_matches([',', ' ']);
            }
        }
    }
    speaker_in_clause(text, clause.start..clause.start + lead.len(), language)
}

/// The speaker an attribution clause names: "according to X" → X, or the words beside its
/// verb of speaking.
fn speaker_in_clause(text: &str, clause: Range<usize>, language: Language) -> Option<Found> {
    let words = &text[clause.clone()];
    let person = |speaker| Found {
        speaker,
        organisation: false,
    };
    if language != Language::En {
        return speaker_beside_declined_verb(text, clause, language);
    }
    match words
        .strip_prefix("according to ")
        .or_else(|| words.strip_prefix("According to "))
    {
        Some(rest) => non_empty(trimmed(text, clause.end - rest.len()..clause.end)).map(person),
        None => speaker_beside_verb(text, clause).map(person),
    }
}

/// The first verb of speaking of `language` in `clause`: its offset in the clause and the verb.
fn first_verb(words: &str, language: Language) -> Option<(usize, &'static str)> {
    speech_verbs(language)
        .iter()
        .filter_map(|v| whole_words(words, v).first().map(|&at| (at, *v)))
        .min()
}

/// In a Russian or Azerbaijani clause with a verb of speaking, the speaker: the pronoun or name
/// just before the verb ("он отметил", "Həmin gün o qeyd edib", "Ирина Соколова рассказала"),
/// or else the words after it up to the end of the name they lead to ("— сказал Лебедев
/// журналистам" → "Лебедев"; "отметили в Исполкоме СНГ"). A plural or passive verb credits
/// the words before or after it as an organisation, whole.
fn speaker_beside_declined_verb(
    text: &str,
    clause: Range<usize>,
    language: Language,
) -> Option<Found> {
    let (at, verb) = first_verb(&text[clause.clone()], language)?;
    let organisation = is_organisation_verb(verb, language);
    let before = trimmed(text, clause.start..clause.start + at);
    let after = trimmed(text, clause.start + at + verb.len()..clause.end);
    let found = if organisation {
        // "В Исполкоме СНГ отметили" or "отметили в Исполкоме СНГ": the words that name it.
        name_run_end(text, after.clone(), language)
            .map(|end| after.start..end)
            .or_else(|| {
                // From its first word to its last, without the punctuation around them
                // ("MDB İcraiyyə Komitəsindən", or the report: "məlumatda").
                let words = spans(text, before.clone());
                Some(words.first()?.start..words.last()?.end)
            })
    } else {
        last_name_or_pronoun(text, before, language)
            .or_else(|| name_run_end(text, after.clone(), language).map(|end| after.start..end))
    };
    found.map(|speaker| Found {
        speaker,
        organisation,
    })
}

fn has_capital(words: &str) -> bool {
    words.chars().any(char::is_uppercase)
}

/// A word of a name: a capital, then small letters ("Лебедев", "İrina"), not "СНГ".
pub fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

/// The words of `range` with their byte ranges, punctuation around each left out.
fn spans(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut offset = range.start;
    for raw in text[range.clone()].split(' ') {
        let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            let start = offset + raw.find(core).unwrap_or(0);
            found.push(start..start + core.len());
        }
        offset += raw.len() + 1;
    }
    found
}

/// In words before a verb, the pronoun just before it, or the last run of name words ("Ирина
/// Соколова"), or else a role ("MSK sədri").
fn last_name_or_pronoun(
    text: &str,
    range: Range<usize>,
    language: Language,
) -> Option<Range<usize>> {
    let words = spans(text, range);
    let last = words.last()?;
    if pronouns(language).contains(&text[last.clone()].to_lowercase().as_str()) {
        return Some(last.clone());
    }
    let name = |r: &Range<usize>| {
        let word = &text[r.clone()];
        is_name_word(word) && !is_function_word(word)
    };
    let Some(end) = words.iter().rposition(name) else {
        // A role names the speaker: "MSK sədri bildirib", "глава миссии отметил"; from its
        // first word that is not a function word.
        let first = words
            .iter()
            .position(|w| !is_function_word(&text[w.clone()]))?;
        let role = &words[first..];
        return role
            .iter()
            .any(|w| is_title_word(&text[w.clone()], language))
            .then(|| role[0].start..last.end);
    };
    let mut start = end;
    while start > 0 && name(&words[start - 1]) {
        start -= 1;
    }
    Some(words[start].start..words[end].end)
}

/// In words after a verb, where the speaker they begin with ends: after a pronoun that opens
/// them, or after the first run of name words that is not followed by more of a title
/// ("первый заместитель генерального секретаря СНГ Леонид Анфимов журналистам" ends after
/// "Анфимов"; "MDB Baş katibinin birinci müavini Leonid Anfimov" reads on past "Baş").
fn name_run_end(text: &str, range: Range<usize>, language: Language) -> Option<usize> {
    let words = spans(text, range);
    let first = words.first()?;
    if pronouns(language).contains(&text[first.clone()].to_lowercase().as_str()) {
        return Some(first.end);
    }
    let mut in_name = false;
    for (i, w) in words.iter().enumerate() {
        let word = &text[w.clone()];
        let abbreviation = word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if is_name_word(word) || (in_name && abbreviation) {
            in_name = true;
            continue;
        }
        if in_name && !is_title_word(word, language) && !abbreviation {
            return Some(words[i - 1].end);
        }
        in_name = false;
    }
    words
        .iter()
        .rev()
        .find(|w| is_name_word(&text[(*w).clone()]) || has_capital(&text[(*w).clone()]))
        .map(|w| w.end)
}

/// In a clause with a verb of speaking, the words before the verb ("he stressed" → "he"), or
/// when none, the words after it ("said Leonid Anfimov" → "Leonid Anfimov").
fn speaker_beside_verb(text: &str, clause: Range<usize>) -> Option<Range<usize>> {
    let words = &text[clause.clone()];
    let verb = first_verb(words, Language::En).map(|(at, v)| (at, v.len()))?;
    // A speaker is a name, a pronoun or a noun phrase ("the report"), not "in their".
    let before = subject(text, clause.start..clause.start + verb.0).filter(|r| {
        let words = &text[r.clone()];
        words.chars().next().is_some_and(char::is_uppercase)
            || words.starts_with("the ")
            || ["he", "she", "they"].contains(&words)
    });
    let after = trimmed(text, clause.start + verb.0 + verb.1..clause.end);
    before.or_else(|| {
        // After the verb only a name or a noun phrase, not "his interlocutor that …".
        let tail = &text[after.clone()];
        tail.split_whitespace()
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "the")
            .then_some(after)
    })
}

/// Words that stand between a speaker and the verb, or before both, without naming anyone.
const FILLERS: [&str; 11] = [
    "also",
    "then",
    "later",
    "again",
    "further",
    "however",
    "and",
    "but",
    "for his part",
    "for her part",
    "in turn",
];

/// The speaker in the words before a verb: the last part between commas that is not a filler
/// ("Niyazaliyev, for his part," → "Niyazaliyev"), without filler words at its ends ("Then
/// Karpenko" → "Karpenko").
fn subject(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let is_filler = |words: &str| FILLERS.iter().any(|f| words.eq_ignore_ascii_case(f));
    let mut end = range.end;
    loop {
        let start = text[range.start..end]
            .rfind(',')
            .map_or(range.start, |at| range.start + at + 1);
        let mut part = trimmed(text, start..end);
        // Filler words at either end of the part.
        while let Some(space) = text[part.clone()].rfind(' ') {
            if !is_filler(&text[part.start + space + 1..part.end]) {
                break;
            }
            part = trimmed(text, part.start..part.start + space);
        }
        while let Some(space) = text[part.clone()].find(' ') {
            if !is_filler(&text[part.start..part.start + space]) {
                break;
            }
            part = trimmed(text, part.start + space..part.end);
        }
        if !part.is_empty() && !is_filler(&text[part.clone()]) {
            return Some(part);
        }
        if start == range.start {
            return None;
        }
        end = start - 1;
    }
}

/// `range` without the spaces at its ends.
pub fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start().len());
    let end = range.end - (part.len() - part.trim_end().len());
    start..end.max(start)
}

fn non_empty(range: Range<usize>) -> Option<Range<usize>> {
    (!range.is_empty()).then_some(range)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(paragraph: &str) -> Vec<(String, Option<String>)> {
        quotations_with_speakers(paragraph, Language::En)
            .into_iter()
            .map(|q| (q.words, q.speaker_as_printed))
            .collect()
    }

    fn pair(words: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (words.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn an_attribution_after_the_quotation_names_the_speaker() {
        assert_eq!(
            found("“We watch,” he stressed."),
            [pair("We watch", Some("he"))]
        );
        assert_eq!(
            found("“We watch,” the report says."),
            [pair("We watch", Some("the report"))]
        );
        assert_eq!(
            found("\"We watch,\" said Leonid Anfimov, the head."),
            [pair("We watch", Some("Leonid Anfimov"))]
        );
        assert_eq!(
            found("«Nous observons», according to him."),
            [pair("Nous observons", Some("him"))]
        );
        assert_eq!(
            found("“Traditionally, we build our work,” Anfimov stressed."),
            [pair("Traditionally, we build our work", Some("Anfimov"))]
        );
    }

    #[test]
    fn an_attribution_before_the_quotation_names_the_speaker() {
        assert_eq!(
            found("It rained. Karpenko noted: “The count was open.”"),
            [pair("The count was open.", Some("Karpenko"))]
        );
        assert_eq!(
            found("The head of the mission added that “all was calm”."),
            [pair("all was calm", Some("The head of the mission"))]
        );
        assert_eq!(
            found("According to Anfimov, «the vote was calm»."),
            [pair("the vote was calm", Some("Anfimov"))]
        );
        assert_eq!(
            found("Karpenko also noted: “The count was open.”"),
            [pair("The count was open.", Some("Karpenko"))]
        );
        assert_eq!(
            found("Then Karpenko noted: “The count was open.”"),
            [pair("The count was open.", Some("Karpenko"))]
        );
    }

    #[test]
    fn words_after_the_verb_name_a_speaker_only_as_a_name_or_with_the() {
        assert_eq!(
            found("“We watch,” said his interlocutor that day."),
            [pair("We watch", None)]
        );
    }

    #[test]
    fn a_quotation_without_an_attribution_has_no_speaker() {
        assert_eq!(
            found("Observers called the vote “a model of order” in their notes."),
            [pair("a model of order", None)]
        );
        assert_eq!(found("“Calm.”"), [pair("Calm.", None)]);
        // A verb of speaking with no one before it: "as was said" names no speaker.
        assert_eq!(
            found("“We are ready,” as was said."),
            [pair("We are ready", None)]
        );
        assert_eq!(found("No quotation at all."), []);
        assert_eq!(found("An empty “” pair."), []);
    }

    #[test]
    fn two_quotations_in_a_paragraph_each_get_their_own_attribution() {
        assert_eq!(
            found("“First,” he said. Then Karpenko said: “Second.”"),
            [pair("First", Some("he")), pair("Second.", Some("Karpenko"))]
        );
        assert_eq!(
            found("Niyazaliyev, for his part, noted that “it went well”."),
            [pair("it went well", Some("Niyazaliyev"))]
        );
    }

    #[test]
    fn the_that_before_a_quotation_is_no_part_of_a_speaker_named_after_the_verb() {
        assert_eq!(
            found("Then said Lindqvist that “all was calm”."),
            [pair("all was calm", Some("Lindqvist"))]
        );
    }

    #[test]
    fn deye_before_an_azerbaijani_attribution_is_read_only_in_azerbaijani() {
        let speakers = |text: &str, language: Language| -> Vec<Option<String>> {
            quotations_with_speakers(text, language)
                .into_iter()
                .map(|q| q.speaker_as_printed)
                .collect()
        };
        assert_eq!(
            speakers(
                "“Seçkilər sakit keçib”, - deyə MSK sədri bildirib.",
                Language::Az
            ),
            [Some("MSK sədri".to_string())]
        );
        assert_eq!(speakers("“We watch,” deyə he said.", Language::En), [None]);
    }

    #[test]
    fn a_speaker_beside_a_verb_is_words_with_a_capital_and_no_word_around_them() {
        let speakers = |text: &str| -> Vec<Option<String>> {
            quotations_with_speakers(text, Language::Ru)
                .into_iter()
                .map(|q| q.speaker_as_printed)
                .collect()
        };
        assert_eq!(
            speakers("«Миссия продолжит работу», — отметили в Исполкоме СНГ."),
            [Some("в Исполкоме СНГ".to_string())]
        );
        assert_eq!(
            speakers("«Миссия продолжит работу», — отметили в исполкоме."),
            [None]
        );
        assert_eq!(
            speakers("«Мы готовы», — сказал Лебедев журналистам в Москве."),
            [Some("Лебедев".to_string())],
            "the name ends at the first word after it that is no title word"
        );
        assert_eq!(
            speakers("Координатор миссии Ирина Соколова отметила: «Всё спокойно»."),
            [Some("Ирина Соколова".to_string())],
            "before the verb, the name starts at its first name word"
        );
    }
}
