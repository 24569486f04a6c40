//! Drafting a brief from an article's plain text, for `new-brief`: the paragraphs verbatim, a
//! `direct_quote` statement per quotation, the printed attributions with the person each most
//! likely means (in the quotation's paragraph or the one before or after it), reported speech
//! behind a lead-in ("По словам …", "… sözlərinə görə"), the people the text names with a
//! title, and the dates and counts it gives. English, Russian and Azerbaijani reports are read,
//! each by its own words ([`lang`]).
//!
//! Everything guessed is listed in the draft's `to_confirm`; nothing is written that the text
//! does not contain. Native only: the page never drafts.

pub mod lang;
mod layout;
mod people;
mod quotes;

use std::ops::Range;

use crate::data::draft::paths;
use crate::data::format_chars::{describe, is_hidden};
use crate::data::model::{
    Article, Brief, Draft, Language, Paragraph, Person, Sourced, Speaker, Statement, StatementKind,
    ToConfirm,
};
use crate::data::text::{
    is_name_form, mentions, name_forms, named_before, quotations, surname, whole_words,
};

pub use lang::detect;
pub use layout::{breadcrumb, date_line, read, Layout};
pub use quotes::{quotations_with_speakers, Quotation};

use lang::{
    crediting_openers, is_title_word, name_nouns, pronouns, report_words, reported_lead_ins,
};
use people::people;

/// The schema a drafted file names, relative to `data/`, where drafts are written.
const SCHEMA: &str = "../schema/brief.schema.json";

/// Words that end a count's noun phrase ("20 journalists and …").
const COUNT_STOPS: [&str; 39] = [
    "and", "or", "on", "in", "at", "to", "from", "for", "by", "with", "who", "which", "that", "of",
    "work", "are", "were", "is", "was", "will", "have", "has", "и", "в", "на", "по", "с", "к",
    "до", "за", "что", "из", "və", "ilə", "da", "də", "ki", "var", "olub",
];

/// The article's text in a file's contents, read as the page reads a data file: a leading
/// byte-order mark (Notepad writes one) is no part of it, and a control character the page
/// would refuse (NUL for one) is refused here with its line and column, so that no draft
/// carries it into a brief the page then turns down. Line ends (CRLF or LF) are read by
/// [`read`]; format characters (U+200B, …) are drafted and left to `validate-brief`, which
/// names each one where it stands in the brief.
pub fn article_text(contents: &str) -> Result<&str, String> {
    let text = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    let refused = |c: char| c.is_control() && is_hidden(c);
    for (number, line) in text.split('\n').enumerate() {
        if let Some((at, c)) = line.chars().enumerate().find(|&(_, c)| refused(c)) {
            return Err(format!(
                "line {}, column {}: {}, a character no article holds (a file saved as UTF-16 or cut from a binary has them); save the text as UTF-8 without it",
                number + 1,
                at + 1,
                describe(c)
            ));
        }
    }
    Ok(text)
}

/// The draft brief for an article's text, in the language its letters tell ([`detect`]).
pub fn draft_brief(text: &str) -> Brief {
    draft_brief_in(text, detect(text))
}

/// The draft brief for an article's text written in `language`.
pub fn draft_brief_in(text: &str, language: Language) -> Brief {
    let layout = read(text, language);
    let paragraphs: Vec<Paragraph> = layout
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| Paragraph {
            id: format!("p{}", i + 1),
            text: text.clone(),
        })
        .collect();
    let (people, people_notes) = people(&paragraphs, language);
    let mut to_confirm = vec![ToConfirm {
        path: paths::HEADLINE.into(),
        why: format!(
            "\"{}\" is the first line of the text{}",
            layout.headline,
            if layout.date_line.is_some() && text.trim_start().starts_with(&layout.headline) {
                ", above the date line"
            } else if layout.date_line.is_some() {
                " after the date line and what stands under it"
            } else {
                ""
            }
        ),
    }];
    if let Some(line) = &layout.date_line {
        to_confirm.push(ToConfirm {
            path: paths::DATE_LINE.into(),
            why: format!(
                "\"{}\" read as {} at {}; the page gives no time zone",
                line.text, line.date, line.time
            ),
        });
    }
    if !layout.breadcrumb.is_empty() {
        to_confirm.push(ToConfirm {
            path: paths::BREADCRUMB.into(),
            why: format!(
                "split into {} items where a capital letter follows a small one",
                layout.breadcrumb.len()
            ),
        });
    }
    to_confirm.push(ToConfirm {
        path: paths::PARAGRAPHS.into(),
        why: format!(
            "{} paragraphs, from the line after the headline to the page's furniture; check the {} lines of draft.left_out for anything of the article",
            paragraphs.len(),
            layout.left_out.len()
        ),
    });
    to_confirm.extend(
        people_notes
            .into_iter()
            .enumerate()
            .map(|(i, why)| ToConfirm {
                path: paths::person(i),
                why,
            }),
    );
    let (statements, speaker_notes) = statements(&paragraphs, &people, language);
    to_confirm.extend(
        speaker_notes
            .into_iter()
            .enumerate()
            .map(|(i, why)| ToConfirm {
                path: paths::speaker(i),
                why,
            }),
    );
    let candidate_facts = paragraphs
        .iter()
        .flat_map(|p| {
            candidate_facts(&p.text, language)
                .into_iter()
                .map(|text| Sourced {
                    text,
                    paragraph: p.id.clone(),
                    statement: None,
                })
        })
        .collect();
    Brief {
        schema: Some(SCHEMA.into()),
        language,
        article: Article {
            headline: layout.headline,
            breadcrumb: layout.breadcrumb,
            date_line: layout.date_line,
            outlet: None,
            attribution: None,
            byline: None,
            paragraphs,
        },
        people,
        missions: Vec::new(),
        statements,
        events: Vec::new(),
        editor_notes: Vec::new(),
        draft: Some(Draft {
            to_confirm,
            left_out: layout.left_out,
            candidate_facts,
        }),
    }
}

/// A word of a paragraph with the punctuation around it left out, and where it stands.
struct Word<'a> {
    text: &'a str,
    at: usize,
    /// Whether punctuation ends the word ("Anfimov," or "CIS.", not "(CIS)"), which ends a
    /// title run too.
    ends_clause: bool,
}

/// The words of `text` split at spaces, in order, each without the punctuation around it.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut offset = 0;
    for raw in text.split(' ') {
        let start =
            offset + (raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len());
        let core = raw
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            found.push(Word {
                text: core,
                at: start,
                // A closing bracket or quotation mark does not end a clause: "(CIS) Sergey".
                ends_clause: raw[start - offset + core.len()..]
                    .contains([',', '.', ';', ':', '!', '?']),
            });
        }
        offset += raw.len() + 1;
    }
    found
}

/// An attribution found for some words: how it is printed, where, in which paragraph, and
/// whether an organisation speaks by it.
struct Credit {
    printed: String,
    at: usize,
    paragraph: usize,
    organisation: bool,
}

/// One statement found in a paragraph, before a speaker is proposed for it.
struct Candidate {
    kind: StatementKind,
    words: String,
    at: usize,
    credit: Option<Credit>,
    short: bool,
}

/// The statements of the article, in order: a `direct_quote` per quotation (less the names in
/// quotation marks), and reported speech behind a lead-in, each with the speaker it most likely
/// has, and for each a line saying what that proposal rests on.
fn statements(
    paragraphs: &[Paragraph],
    people: &[Person],
    language: Language,
) -> (Vec<Statement>, Vec<String>) {
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    let found = mentions(&texts, people.iter().map(|p| p.name.as_str()), language);
    let mut statements = Vec::new();
    let mut notes = Vec::new();
    // A quotation left open at the end of a paragraph goes on in the next one (which opens it
    // again): the paragraph whose quotation it continues.
    let mut continued: Option<&str> = None;
    for (index, p) in paragraphs.iter().enumerate() {
        let from = continued.take();
        let open_at_end = quotations(&p.text)
            .last()
            .is_some_and(|q| q.end == p.text.len());
        let quotes: Vec<Quotation> = quotations_with_speakers(&p.text, language)
            .into_iter()
            .filter(|q| !is_a_name(&p.text, &q.span, language))
            .collect();
        let count = quotes.len();
        let mut here: Vec<Candidate> = quotes
            .into_iter()
            .enumerate()
            .map(|(n, q)| {
                let credit = match (q.speaker_as_printed, q.speaker_at) {
                    (Some(printed), Some(at)) => Some(Credit {
                        printed,
                        at,
                        paragraph: index,
                        organisation: q.organisation,
                    }),
                    // A quotation that opens its paragraph may be led in by the paragraph
                    // before; the last one may be credited by the paragraph after.
                    _ => (n == 0 && from.is_none() && opens(&p.text, &q.span))
                        .then(|| lead_in_before(paragraphs, index, language))
                        .flatten()
                        .or_else(|| {
                            (n + 1 == count && !open_at_end)
                                .then(|| credited_after(paragraphs, index, language))
                                .flatten()
                        }),
                };
                Candidate {
                    kind: StatementKind::DirectQuote,
                    short: q.words.split_whitespace().count() <= 3,
                    words: q.words,
                    at: q.span.start,
                    credit,
                }
            })
            .collect();
        here.extend(reported_speech(&p.text, index, language));
        here.sort_by_key(|f| f.at);
        let (mut quoted, mut reported) = (0, 0);
        for (n, f) in here.into_iter().enumerate() {
            let (speaker, printed, why) = match &f.credit {
                Some(credit) if credit.organisation => organisation(credit, language),
                Some(credit) => propose(
                    &credit.printed,
                    people,
                    named_before(&found, credit.paragraph, credit.at),
                    language,
                ),
                None => (
                    Speaker::NotReported,
                    String::new(),
                    match from.filter(|_| n == 0) {
                        Some(earlier) => format!("continues the quotation left open at the end of {earlier}, where the article names its speaker; this paragraph names no one, so the speaker stays not_reported here"),
                        None => "the paragraph prints no attribution for this quotation: the speaker is not_reported until an editor finds one in the article; none is guessed".to_string(),
                    },
                ),
            };
            // The validator's rule, applied before a proposal is written: the words that name
            // the speaker stand in their paragraph as whole words, outside the quotation
            // marks. Text that defeats the reading above leaves the speaker not reported.
            let (speaker, printed, why) = match &f.credit {
                Some(c)
                    if !printed.is_empty()
                        && !stands_outside_quotations(&paragraphs[c.paragraph].text, &printed) =>
                {
                    (
                        Speaker::NotReported,
                        String::new(),
                        format!("\"{printed}\" was read as the attribution but does not stand in {} as words of their own outside the quotation marks: the speaker is not_reported until an editor finds one", paragraphs[c.paragraph].id),
                    )
                }
                _ => (speaker, printed, why),
            };
            let mut why = why;
            let attribution_paragraph = f
                .credit
                .as_ref()
                .filter(|c| c.paragraph != index && speaker != Speaker::NotReported)
                .map(|c| paragraphs[c.paragraph].id.clone());
            if let Some(other) = &attribution_paragraph {
                why.push_str(&format!(
                    "; the attribution stands in {other}, next to the quotation's paragraph"
                ));
            }
            if f.short && f.kind == StatementKind::DirectQuote {
                why.push_str("; a quotation of three words or fewer may be a term in quotation marks rather than a statement: delete the statement if so");
            }
            if f.kind == StatementKind::ReportedSpeech {
                why.push_str("; reported speech: the words are the article's, after the lead-in that credits them");
            }
            notes.push(why);
            let id = match f.kind {
                StatementKind::DirectQuote => {
                    quoted += 1;
                    format!("{}-q{quoted}", p.id)
                }
                StatementKind::ReportedSpeech => {
                    reported += 1;
                    format!("{}-r{reported}", p.id)
                }
            };
            statements.push(Statement {
                id,
                speaker,
                speaker_as_printed: printed,
                date: None,
                kind: f.kind,
                text: f.words,
                paragraph: p.id.clone(),
                attribution_paragraph,
                notes: Vec::new(),
            });
        }
        if open_at_end {
            continued = Some(&p.id);
        }
    }
    (statements, notes)
}

/// Whether `words` stand in `text` as whole words somewhere outside its quotation marks.
fn stands_outside_quotations(text: &str, words: &str) -> bool {
    let quoted = quotations(text);
    whole_words(text, words)
        .into_iter()
        .any(|at| !quoted.iter().any(|q| q.contains(&at)))
}

/// Whether the quotation at `span` opens the paragraph: the paragraph is the quotation, as a
/// lead-in ending with a colon in the paragraph before sets it.
fn opens(text: &str, span: &Range<usize>) -> bool {
    text[..span.start].chars().count() == 1
}

/// The attribution of a quotation that stands as its own paragraph, in the lead-in ending with
/// a colon at the end of the paragraph before: "O bildirib ki:", "Лебедев подчеркнул:", "He
/// said:".
fn lead_in_before(paragraphs: &[Paragraph], index: usize, language: Language) -> Option<Credit> {
    let before = &paragraphs[index.checked_sub(1)?].text;
    let end = before.trim_end().strip_suffix(':')?.len();
    // The lead-in must not itself introduce a quotation of its own paragraph.
    if quotations(before).last().is_some_and(|q| q.end >= end) {
        return None;
    }
    let found = quotes::before(before, 0..before.len(), language)?;
    Some(Credit {
        printed: before[found.speaker.clone()].to_string(),
        at: found.speaker.start,
        paragraph: index - 1,
        organisation: found.organisation,
    })
}

/// The attribution of a quotation in the paragraph after it, when that paragraph opens by
/// crediting it: "Об этом заявил Андрей Яцкин", "Bunu … Andrey Yatskin … bildirib", "This was
/// stated by …".
fn credited_after(paragraphs: &[Paragraph], index: usize, language: Language) -> Option<Credit> {
    let after = &paragraphs.get(index + 1)?.text;
    let sentence_end = after.find(['.', '!', '?']).unwrap_or(after.len());
    // The opener starts the first sentence or follows a source's credit within it ("Как
    // сообщает АПА, об этом заявила …").
    let first = &after[..sentence_end];
    let (at, opener) = crediting_openers(language).iter().find_map(|o| {
        // After a comma the opener starts with a small letter.
        let mut chars = o.chars();
        let small: String = chars.next()?.to_lowercase().chain(chars).collect();
        match first.strip_prefix(o) {
            Some(_) => Some((0, *o)),
            None => first
                .find(&format!(", {small}"))
                .map(|comma| (comma + 2, *o)),
        }
    })?;
    let clause = at + opener.len()..sentence_end;
    let speaker = match language {
        // "This was stated by Leonid Anfimov, the head." → "Leonid Anfimov"
        Language::En => {
            let end = after[clause.clone()]
                .find(',')
                .map_or(clause.end, |at| clause.start + at);
            quotes::trimmed(after, clause.start..end)
        }
        _ => quotes::before(after, clause.clone(), language)
            .map(|f| f.speaker)
            .or_else(|| {
                // "Об этом заявил …": the verb comes first, the speaker after it.
                quotes::before(after, at..sentence_end, language).map(|f| f.speaker)
            })?,
    };
    let organisation =
        quotes::before(after, at..sentence_end, language).is_some_and(|f| f.organisation);
    (!speaker.is_empty()).then(|| Credit {
        printed: after[speaker.clone()].to_string(),
        at: speaker.start,
        paragraph: index + 1,
        organisation,
    })
}

/// Whether the words in quotation marks at `span` are a name (a newspaper, a media centre, a
/// programme): a noun that takes a name stands just before the opening mark or just after the
/// closing one ("газета «Известия»", "«Xalq» qəzeti"), or opens or ends the words themselves
/// ("“Xalq qəzeti”", "«Медиацентр Баку»"), and they are a few words with no sentence's
/// punctuation.
fn is_a_name(text: &str, span: &Range<usize>, language: Language) -> bool {
    let quoted = &text[span.clone()];
    if quoted.split_whitespace().count() > 4 || quoted.ends_with(['.', ',', '!', '?', '…']) {
        return false;
    }
    let noun = |word: Option<&str>| {
        word.is_some_and(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase();
            name_nouns(language).iter().any(|n| w.starts_with(n))
        })
    };
    let opening = text[..span.start]
        .chars()
        .next_back()
        .map_or(0, char::len_utf8);
    let closing = text[span.end..].chars().next().map_or(0, char::len_utf8);
    noun(text[..span.start - opening].split_whitespace().next_back())
        || noun(text[span.end + closing..].split_whitespace().next())
        || noun(quoted.split_whitespace().next())
        || noun(quoted.split_whitespace().next_back())
}

/// Reported speech behind a lead-in that credits it: "По словам Лебедева, <words>.",
/// "По его словам, …", "Onun sözlərinə görə, …". The words run from after the lead-in's comma
/// to the end of the sentence; a sentence with a quotation in it is the quotation's.
fn reported_speech(text: &str, paragraph: usize, language: Language) -> Vec<Candidate> {
    if language == Language::En {
        // English reports put "according to" after quotations as often as before reported
        // words; the draft leaves English reported speech to the editor, as before.
        return Vec::new();
    }
    let quoted = quotations(text);
    let mut found = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        let end = start + rest.find(['.', '!', '?']).map_or(rest.len(), |at| at + 1);
        let sentence_start = start + (rest.len() - rest.trim_start().len());
        let sentence = &text[sentence_start..end];
        start = end;
        if quoted
            .iter()
            .any(|q| q.start < end && q.end > sentence_start)
        {
            continue;
        }
        let Some(comma) = sentence.find(", ") else {
            continue;
        };
        let lead = &sentence[..comma];
        // "По его словам": the pronoun inside the lead-in.
        let speaker = reported_lead_ins(language)
            .iter()
            .find_map(|(open, close)| {
                let who = lead.strip_prefix(open)?.strip_suffix(close)?;
                Some(who)
            });
        let speaker = speaker.or_else(|| {
            lead.strip_prefix("По ")
                .and_then(|r| r.strip_suffix(" словам"))
                .filter(|w| ["его", "ее", "её"].contains(w) && language == Language::Ru)
        });
        // A lead-in names a speaker, with a title at most ("MDB Baş katibinin birinci müavini
        // Leonid Anfimovun sözlərinə görə"), not a whole clause.
        let Some(who) =
            speaker.filter(|w| !w.trim().is_empty() && w.split_whitespace().count() <= 10)
        else {
            continue;
        };
        let who_at = sentence_start + lead.find(who).unwrap_or(0);
        let words_start = sentence_start + comma + 2;
        let words = text[words_start..end].trim_end_matches(['.', '!', '?']);
        if words.trim().is_empty() {
            continue;
        }
        found.push(Candidate {
            kind: StatementKind::ReportedSpeech,
            words: words.to_string(),
            at: words_start,
            credit: Some(Credit {
                printed: who.to_string(),
                at: who_at,
                paragraph,
                organisation: false,
            }),
            short: false,
        });
    }
    found
}

/// The proposal for words an organisation speaks ("отметили в Исполкоме СНГ"): the
/// organisation as printed, without the preposition before it, never a person named nearby.
fn organisation(credit: &Credit, language: Language) -> (Speaker, String, String) {
    let printed = credit.printed.as_str();
    let lower = printed.to_lowercase();
    // "“…”, - məlumatda qeyd edilib": the statement itself, the article's source.
    if report_words(language)
        .iter()
        .any(|w| !whole_words(&lower, w).is_empty())
    {
        return (
            Speaker::Report,
            printed.to_string(),
            format!("proposed the report: \"{printed}\" is how the article credits its source"),
        );
    }
    let name = ["в ", "во ", "В ", "Во "]
        .iter()
        .find_map(|p| printed.strip_prefix(p))
        .unwrap_or(printed);
    (
        Speaker::Organisation(name.to_string()),
        printed.to_string(),
        format!("proposed the organisation \"{name}\": the verb credits an organisation, not a person, as \"{printed}\" names it; write its name as the brief should show it (the article may print it declined)"),
    )
}

/// Whom printed attribution words most likely mean, the words that name them, and why: the
/// person they name (narrowed to the name: "Chairman … Giorgi Kalandadze welcomed 20
/// journalists" → "Giorgi Kalandadze"); for a pronoun or a role, the person named last before
/// them; for "the report", the report.
fn propose(
    printed: &str,
    people: &[Person],
    named_before: Option<usize>,
    language: Language,
) -> (Speaker, String, String) {
    let named = people.iter().find_map(|p| {
        let surname = surname(&p.name)?;
        let words = name_forms(printed, surname, language);
        let last = words.first()?;
        // The full name when it stands whole, else the surname as printed ("Лебедева").
        let full = whole_words(printed, &p.name);
        let range = match full.first() {
            Some(&at) => at..at + p.name.len(),
            None => {
                // The given name before the surname, declined as printed ("Андрея Лебедева").
                let given = p.name.split_whitespace().next().filter(|g| *g != surname);
                let before = printed[..last.start].trim_end();
                let start = before.rfind(' ').map_or(0, |i| i + 1);
                match given {
                    Some(g)
                        if before.len() < last.start
                            && is_name_form(&before[start..], g, language) =>
                    {
                        start..last.end
                    }
                    _ => last.clone(),
                }
            }
        };
        Some((p, printed[range].to_string()))
    });
    if let Some((person, name)) = named {
        return (
            Speaker::Person(person.id.clone()),
            name.clone(),
            format!("proposed {}: \"{name}\" names them", person.name),
        );
    }
    let lower = printed.to_lowercase();
    if report_words(language)
        .iter()
        .any(|w| !whole_words(&lower, w).is_empty())
    {
        return (
            Speaker::Report,
            printed.to_string(),
            format!("proposed the report: \"{printed}\" is how the article credits its source"),
        );
    }
    let role_or_pronoun = pronouns(language).contains(&lower.as_str())
        || match language {
            Language::En => lower.starts_with("the "),
            _ => printed
                .split_whitespace()
                .any(|w| is_title_word(w, language)),
        };
    match named_before.filter(|_| role_or_pronoun) {
        Some(i) => (
            Speaker::Person(people[i].id.clone()),
            printed.to_string(),
            format!(
                "proposed {}: the person named last before \"{printed}\"",
                people[i].name
            ),
        ),
        None => (
            Speaker::NotReported,
            String::new(),
            format!("\"{printed}\" names no person the draft lists and none is named before it: add the person (people) and credit them, or leave not_reported with speaker_as_printed empty"),
        ),
    }
}

/// Dates ("August 31", "1 September 2024", "31 августа", "avqustun 31-də") and counts ("133
/// observers", "10 of whom", "12 из них") in a paragraph, verbatim, in order.
fn candidate_facts(text: &str, language: Language) -> Vec<String> {
    let words = words(text);
    let is_number = |w: &Word| w.text.bytes().all(|b| b.is_ascii_digit());
    let is_month = |w: &Word| lang::month(w.text, language).is_some();
    let span = |from: &Word, to: &Word| text[from.at..to.at + to.text.len()].to_string();
    let of = match language {
        Language::En => "of",
        Language::Ru => "из",
        Language::Az => "of",
    };
    let mut facts = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let after = words.get(i + 2);
        let year = |y: &&Word| is_number(y) && y.text.len() == 4;
        match words.get(i + 1).filter(|_| !w.ends_clause) {
            // "avqustun 31-də": the month's genitive, then the day with its ending
            Some(day)
                if language == Language::Az
                    && is_month(w)
                    && day.text.split('-').next().is_some_and(|d| {
                        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
                    }) =>
            {
                facts.push(span(w, day));
                i += 2;
            }
            // "August 31" or "August 31, 2024"
            Some(day) if is_month(w) && is_number(day) => {
                let year = after.filter(year);
                facts.push(span(w, year.unwrap_or(day)));
                i += if year.is_some() { 3 } else { 2 };
            }
            // "31 August" or "31 August 2024"
            Some(month) if is_number(w) && is_month(month) => {
                let year = after.filter(year).filter(|_| !month.ends_clause);
                facts.push(span(w, year.unwrap_or(month)));
                i += if year.is_some() { 3 } else { 2 };
            }
            // "133 observers", "10 of whom", "14 polling stations"
            Some(noun) if is_number(w) => {
                let end = match (noun.text, after) {
                    (word, Some(whom)) if word == of => whom,
                    (_, Some(second))
                        if !noun.ends_clause
                            && second.text.chars().all(char::is_lowercase)
                            && !COUNT_STOPS.contains(&second.text) =>
                    {
                        second
                    }
                    _ => noun,
                };
                facts.push(span(w, end));
                i += 2;
            }
            _ => i += 1,
        }
    }
    facts
}

// The articles in `tests/articles` and the source page, drafted and checked by hand.
#[cfg(test)]
mod articles;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drafting::quotes::is_name_word;

    #[test]
    fn reported_speech_is_a_sentence_behind_a_lead_in_that_names_a_speaker_with_no_quotation() {
        // Eleven words are a clause, not a speaker.
        let text = "«Мы готовы», — сказал он. По словам Анфимова, миссия продолжит работу. \
                    По его словам, итоги будут в сентябре. По общим словам, всё ясно. По словам \
                    одного из многих наблюдателей из разных стран которые приехали сюда заранее, \
                    всё спокойно. По словам Мартынова, «всё спокойно».";
        let found: Vec<(String, String)> = reported_speech(text, 0, Language::Ru)
            .into_iter()
            .map(|c| {
                let credit = c.credit.expect("a credit");
                assert_eq!(
                    &text[credit.at..credit.at + credit.printed.len()],
                    credit.printed,
                    "where the speaker is named"
                );
                (c.words, credit.printed)
            })
            .collect();
        let pair = |w: &str, who: &str| (w.to_string(), who.to_string());
        assert_eq!(
            found,
            [
                pair("миссия продолжит работу", "Анфимова"),
                pair("итоги будут в сентябре", "его"),
            ]
        );
    }

    /// Лебедев, head of a mission, named `name` (hand-written, not the article's).
    fn lebedev(name: &str) -> Person {
        Person {
            id: "lebedev".into(),
            name: name.into(),
            role: Sourced {
                text: "руководитель миссии".into(),
                paragraph: "p1".into(),
                statement: None,
            },
        }
    }

    #[test]
    fn reported_words_before_a_quotation_mark_opened_at_the_very_end_of_the_text_are_found() {
        let text = "По словам Лебедева, всё спокойно «";
        let found: Vec<(String, String)> = reported_speech(text, 0, Language::Ru)
            .into_iter()
            .map(|c| (c.words, c.credit.expect("a credit").printed))
            .collect();
        assert_eq!(
            found,
            [("всё спокойно «".to_string(), "Лебедева".to_string())]
        );
    }

    #[test]
    fn reported_speech_after_a_quotation_that_closes_its_own_sentence_is_credited() {
        let people = [lebedev("Andrey Lebedev")];
        let text = "«Biz başladıq.» Lebedevin sözlərinə görə, seçkilər sakit keçib.";
        let (statements, _) = super::statements(&[paragraph("p1", text)], &people, Language::Az);
        let reported: Vec<(&str, &Speaker, &str)> = statements
            .iter()
            .filter(|s| s.kind == StatementKind::ReportedSpeech)
            .map(|s| (s.text.as_str(), &s.speaker, s.speaker_as_printed.as_str()))
            .collect();
        assert_eq!(
            reported,
            [(
                "seçkilər sakit keçib",
                &Speaker::Person("lebedev".into()),
                "Lebedevin"
            )]
        );
    }

    #[test]
    fn a_credit_whose_name_stands_only_inside_quotation_marks_leaves_the_speaker_not_reported() {
        let people = [lebedev("Андрей Лебедев")];
        let credit = |next: &str| {
            let paragraphs = [paragraph("p1", "«Всё спокойно»."), paragraph("p2", next)];
            let (statements, notes) = super::statements(&paragraphs, &people, Language::Ru);
            let first = &statements[0];
            assert_eq!(first.text, "Всё спокойно");
            (
                first.speaker.clone(),
                first.speaker_as_printed.clone(),
                notes[0].clone(),
            )
        };
        assert_eq!(
            credit("Об этом заявил «Лебедев»."),
            (
                Speaker::NotReported,
                String::new(),
                "\"Лебедев\" was read as the attribution but does not stand in p2 as words of their own outside the quotation marks: the speaker is not_reported until an editor finds one; a quotation of three words or fewer may be a term in quotation marks rather than a statement: delete the statement if so".to_string()
            )
        );
        let (speaker, printed, _) = credit("Об этом заявил Лебедев.");
        assert_eq!(
            (speaker, printed.as_str()),
            (Speaker::Person("lebedev".into()), "Лебедев")
        );
    }

    #[test]
    fn a_given_name_printed_against_the_surname_with_no_space_is_not_read_as_part_of_it() {
        let people = [lebedev("А. Лебедев")];
        let named = |printed: &str| propose(printed, &people, None, Language::Ru).1;
        assert_eq!(named("А.Лебедев"), "Лебедев");
        assert_eq!(named("А. Лебедева"), "А. Лебедева");
    }

    #[test]
    fn a_speaker_is_named_by_the_given_name_and_surname_as_printed_and_no_other_word() {
        let people = [lebedev("Андрей Лебедев")];
        let named = |printed: &str| {
            let (speaker, name, _) = propose(printed, &people, None, Language::Ru);
            assert_eq!(speaker, Speaker::Person("lebedev".into()), "{printed}");
            name
        };
        assert_eq!(named("Андрея Лебедева"), "Андрея Лебедева");
        assert_eq!(named("руководитель миссии Лебедев"), "Лебедев");
        assert_eq!(named("руководителя миссии Лебедева"), "Лебедева");
    }

    #[test]
    fn in_english_a_role_after_the_credits_the_person_named_before() {
        let people = [Person {
            id: "anfimov".into(),
            name: "Leonid Anfimov".into(),
            role: Sourced {
                text: "First Deputy Secretary General".into(),
                paragraph: "p1".into(),
                statement: None,
            },
        }];
        let (speaker, printed, _) = propose("the visitor", &people, Some(0), Language::En);
        assert_eq!(
            (speaker, printed.as_str()),
            (Speaker::Person("anfimov".into()), "the visitor")
        );
        let (speaker, _, _) = propose("a visitor", &people, Some(0), Language::En);
        assert_eq!(speaker, Speaker::NotReported);
    }

    #[test]
    fn a_quotation_opens_its_paragraph_only_when_nothing_but_its_mark_stands_before_it() {
        let alone = "«Мы готовы», – сказал он.";
        assert!(opens(alone, &quotations(alone)[0]));
        let led = "Он сказал: «Мы готовы».";
        assert!(!opens(led, &quotations(led)[0]));
    }

    #[test]
    fn an_attribution_counts_only_where_it_stands_outside_the_quotation_marks() {
        let text = "Анфимов сказал: «Мартынов прав».";
        assert!(stands_outside_quotations(text, "Анфимов"));
        assert!(!stands_outside_quotations(text, "Мартынов"));
        assert!(!stands_outside_quotations(text, "Лебедев"));
    }

    #[test]
    fn a_name_in_quotation_marks_is_a_few_words_after_a_noun_that_takes_one() {
        let name = "Об этом пишет газета «Вестник наблюдателя» сегодня.";
        assert!(is_a_name(name, &quotations(name)[0], Language::Ru));
        // Five words are a statement, even after "газета".
        let long = "Об этом пишет газета «Голосование прошло спокойно и организованно» сегодня.";
        assert!(!is_a_name(long, &quotations(long)[0], Language::Ru));
        let four = "Об этом пишет газета «Вестник наблюдателя Баку сегодня».";
        assert!(is_a_name(four, &quotations(four)[0], Language::Ru));
        // The noun is read without the punctuation around it.
        let bracketed = "Об этом пишет (газета «Известия») сегодня.";
        assert!(is_a_name(
            bracketed,
            &quotations(bracketed)[0],
            Language::Ru
        ));
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_crlf_and_tabs_are_text() {
        assert_eq!(
            article_text("\u{feff}Headline\r\n\r\nA\tparagraph."),
            Ok("Headline\r\n\r\nA\tparagraph.")
        );
        assert_eq!(
            article_text("Headline\n\nText \u{feff}here"),
            Ok("Headline\n\nText \u{feff}here")
        );
    }

    #[test]
    fn a_control_character_is_refused_with_its_line_and_column_and_a_format_character_is_not() {
        assert_eq!(
            article_text("\u{feff}Headline\r\n\r\nA pa\u{0}ragraph."),
            Err("line 3, column 5: U+0000 NULL, a character no article holds (a file saved as UTF-16 or cut from a binary has them); save the text as UTF-8 without it".into())
        );
        assert_eq!(
            article_text("H\n\u{7f}"),
            Err("line 2, column 1: U+007F, a character no article holds (a file saved as UTF-16 or cut from a binary has them); save the text as UTF-8 without it".into())
        );
        assert_eq!(article_text("H\n\nx\u{200b}y"), Ok("H\n\nx\u{200b}y"));
    }

    fn paragraph(id: &str, text: &str) -> Paragraph {
        Paragraph {
            id: id.into(),
            text: text.into(),
        }
    }

    fn people(paragraphs: &[Paragraph]) -> Vec<Person> {
        super::people(paragraphs, Language::En).0
    }

    fn statements(paragraphs: &[Paragraph], people: &[Person]) -> (Vec<Statement>, Vec<String>) {
        super::statements(paragraphs, people, Language::En)
    }

    fn candidate_facts(text: &str) -> Vec<String> {
        super::candidate_facts(text, Language::En)
    }

    #[test]
    fn a_name_word_is_a_capital_then_small_letters() {
        for name in ["Anfimov", "Al-Hassan", "O'Neil", "D’Arcy", "Ñuñez"] {
            assert!(is_name_word(name), "{name}");
        }
        for not_one in ["CIS", "anfimov", "A", "Anfimov2", "Al_Hassan", ""] {
            assert!(!is_name_word(not_one), "{not_one}");
        }
    }

    #[test]
    fn a_title_followed_by_anything_but_two_name_words_proposes_no_one() {
        let names = |text: &str| -> Vec<String> {
            people(&[paragraph("p1", text)])
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(names("Chairman Igor Karpenko spoke."), ["Igor Karpenko"]);
        for no_one in [
            "Chairman CEC Karpenko spoke.",
            "Chairman Igor KARPENKO spoke.",
            "Head Deputy Anfimov spoke.",
            "Chairman of Igor Karpenko spoke.",
        ] {
            assert_eq!(names(no_one), Vec::<String>::new(), "{no_one}");
        }
    }

    #[test]
    fn each_quotation_gets_the_speaker_its_attribution_names_and_says_why() {
        let p = paragraph;
        let paragraphs = [
            p(
                "p1",
                "Chairman Igor Karpenko met the observers. “We are ready to work openly,” he said.",
            ),
            p("p2", "“Everything is in order today,” Karpenko stressed."),
            p("p3", "“Calm,” the report says."),
            p("p4", "Karpenko added: “We observe every station"),
            p("p5", "“And we report on each one of them.”"),
            p("p6", "“Nobody knows why it happened,” Petrov said."),
        ];
        let (statements, notes) = statements(&paragraphs, &people(&paragraphs));
        let found: Vec<(&str, &Speaker, &str, &str)> = statements
            .iter()
            .map(|s| {
                (
                    s.id.as_str(),
                    &s.speaker,
                    s.speaker_as_printed.as_str(),
                    s.text.as_str(),
                )
            })
            .collect();
        let karpenko = Speaker::Person("karpenko".into());
        assert_eq!(
            found,
            [
                ("p1-q1", &karpenko, "he", "We are ready to work openly"),
                (
                    "p2-q1",
                    &karpenko,
                    "Karpenko",
                    "Everything is in order today"
                ),
                ("p3-q1", &Speaker::Report, "the report", "Calm"),
                ("p4-q1", &karpenko, "Karpenko", "We observe every station"),
                (
                    "p5-q1",
                    &Speaker::NotReported,
                    "",
                    "And we report on each one of them."
                ),
                (
                    "p6-q1",
                    &Speaker::NotReported,
                    "",
                    "Nobody knows why it happened"
                ),
            ]
        );
        assert_eq!(
            notes,
            [
                "proposed Igor Karpenko: the person named last before \"he\"",
                "proposed Igor Karpenko: \"Karpenko\" names them",
                "proposed the report: \"the report\" is how the article credits its source; a quotation of three words or fewer may be a term in quotation marks rather than a statement: delete the statement if so",
                "proposed Igor Karpenko: \"Karpenko\" names them",
                "continues the quotation left open at the end of p4, where the article names its speaker; this paragraph names no one, so the speaker stays not_reported here",
                "\"Petrov\" names no person the draft lists and none is named before it: add the person (people) and credit them, or leave not_reported with speaker_as_printed empty",
            ]
        );
    }

    #[test]
    fn a_date_is_read_wherever_it_stands_and_a_year_has_four_digits() {
        assert_eq!(
            candidate_facts("On August 31 the 133 observers, all of them, met."),
            ["August 31", "133 observers"]
        );
        assert_eq!(
            candidate_facts("By August 31 10 observers, in all, came."),
            ["August 31", "10 observers"]
        );
        assert_eq!(
            candidate_facts("They visited 14 polling stations and 2 of 10 schools."),
            ["14 polling stations", "2 of 10", "10 schools"]
        );
    }

    #[test]
    fn a_name_that_ends_its_paragraph_is_found() {
        let found = people(&[paragraph(
            "p1",
            "They met Chairman of the Commission Igor Karpenko",
        )]);
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|p| (p.name.as_str(), p.role.text.as_str()))
            .collect();
        assert_eq!(pairs, [("Igor Karpenko", "Chairman of the Commission")]);
    }

    #[test]
    fn a_word_after_opening_punctuation_starts_at_its_first_letter() {
        let found: Vec<(&str, usize, bool)> = words("Said \"(Leonid Anfimov,\" then")
            .iter()
            .map(|w| (w.text, w.at, w.ends_clause))
            .collect();
        assert_eq!(
            found,
            [
                ("Said", 0, false),
                ("Leonid", 7, false),
                ("Anfimov", 14, true),
                ("then", 24, false)
            ]
        );
    }

    #[test]
    fn only_a_draft_with_a_breadcrumb_asks_to_confirm_it() {
        let paths_to_confirm = |text: &str| -> Vec<String> {
            draft_brief(text)
                .draft
                .unwrap()
                .to_confirm
                .into_iter()
                .map(|c| c.path)
                .collect()
        };
        let dated = "20 September 2024, 12:30\nHomeNews\n\nHeadline\n\nOne.\n";
        assert_eq!(
            paths_to_confirm(dated),
            [
                paths::HEADLINE,
                paths::DATE_LINE,
                paths::BREADCRUMB,
                paths::PARAGRAPHS
            ]
        );
        assert_eq!(
            paths_to_confirm("Headline\n\nOne.\n"),
            [paths::HEADLINE, paths::PARAGRAPHS]
        );
    }

    #[test]
    fn dates_and_counts_are_found_verbatim() {
        assert_eq!(
            candidate_facts("The mission includes 133 observers, 10 of whom work in Azerbaijan."),
            ["133 observers", "10 of whom"]
        );
        assert_eq!(
            candidate_facts("They met in Baku on August 31. Elections are on 1 September 2024, and on September 1, 2024 votes are counted."),
            ["August 31", "1 September 2024", "September 1, 2024"]
        );
        assert_eq!(candidate_facts("No numbers here."), Vec::<String>::new());
        // Azerbaijani: the month's genitive, then the day with its ending.
        assert_eq!(
            super::candidate_facts("Görüş avqustun 31-də Bakıda keçirilib.", Language::Az),
            ["avqustun 31-də"]
        );
        assert_eq!(
            super::candidate_facts("Seçkilər avqustun sonunda, -də keçirilib.", Language::Az),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_title_before_a_name_proposes_a_person() {
        let found = people(&[paragraph("p1", "The head, First Deputy Secretary General of the CIS Leonid Anfimov, and Chairman of the Central Election Commission of Belarus Igor Karpenko met the CIS.")]);
        let pairs: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str(), p.role.text.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                (
                    "anfimov",
                    "Leonid Anfimov",
                    "First Deputy Secretary General of the CIS"
                ),
                (
                    "karpenko",
                    "Igor Karpenko",
                    "Chairman of the Central Election Commission of Belarus"
                )
            ]
        );
        assert!(people(&[paragraph("p1", "Anfimov met the Head of the Mission.")]).is_empty());
        assert!(people(&[paragraph(
            "p1",
            "Deputy Secretary General of the SCO, met the Central Election Commission."
        )])
        .is_empty());
    }

    /// The statements of `paragraphs` in `language`, as (paragraph, words, printed, speaker,
    /// attribution's paragraph).
    fn said(
        texts: &[&str],
        language: Language,
    ) -> Vec<(String, String, String, Speaker, Option<String>)> {
        let paragraphs: Vec<Paragraph> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| paragraph(&format!("p{}", i + 1), t))
            .collect();
        let people = super::people(&paragraphs, language).0;
        super::statements(&paragraphs, &people, language)
            .0
            .into_iter()
            .map(|s| {
                let speaker = match s.speaker {
                    Speaker::Person(id) => {
                        Speaker::Person(people.iter().find(|p| p.id == id).unwrap().name.clone())
                    }
                    other => other,
                };
                (
                    s.paragraph,
                    s.text,
                    s.speaker_as_printed,
                    speaker,
                    s.attribution_paragraph,
                )
            })
            .collect()
    }

    fn one(
        paragraph: &str,
        words: &str,
        printed: &str,
        speaker: Speaker,
        attribution: Option<&str>,
    ) -> (String, String, String, Speaker, Option<String>) {
        (
            paragraph.into(),
            words.into(),
            printed.into(),
            speaker,
            attribution.map(Into::into),
        )
    }

    fn named(name: &str) -> Speaker {
        Speaker::Person(name.into())
    }

    #[test]
    fn shapes_met_in_real_reports_are_credited_as_printed() {
        // A role leads in the quotation of the next paragraph: the person named last before it.
        assert_eq!(
            said(
                &[
                    "Bunu MSK-nın sədri Rəşad Əsgərov deyib.",
                    "MSK sədri bildirib ki, qeydiyyat başa çatıb:",
                    "\"Bütün məntəqələr hazırdır\".",
                ],
                Language::Az,
            ),
            [one(
                "p3",
                "Bütün məntəqələr hazırdır",
                "MSK sədri",
                named("Rəşad Əsgərov"),
                Some("p2")
            )]
        );
        // The statement itself speaks: "məlumatda qeyd edilib".
        assert_eq!(
            said(
                &["“Hazırlıq gedir”, - məlumatda qeyd edilib."],
                Language::Az
            ),
            [one(
                "p1",
                "Hazırlıq gedir",
                "məlumatda",
                Speaker::Report,
                None
            )]
        );
        // A source's credit before "об этом" in the next paragraph.
        assert_eq!(
            said(
                &[
                    "«Выборы прошли спокойно».",
                    "Как сообщает агентство, об этом заявила наблюдатель от Литвы Ольга Петрайтене.",
                ],
                Language::Ru,
            ),
            [one("p1", "Выборы прошли спокойно", "Ольга Петрайтене", named("Ольга Петрайтене"), Some("p2"))]
        );
        // A title with "по делам" and a short "зампред"; the pronoun after the quotation.
        assert_eq!(
            said(
                &["Слово взял первый зампред комитета по делам СНГ Игорь Сомов. \"Нарушений нет\", - сказал он."],
                Language::Ru,
            ),
            [one("p1", "Нарушений нет", "он", named("Игорь Сомов"), None)]
        );
        // An abbreviation in brackets inside an English title; "Secretary-General".
        assert_eq!(
            super::people(
                &[paragraph(
                    "p1",
                    "Secretary-General of the Union of Coastal States (UCS) Marta Lind spoke."
                )],
                Language::En
            )
            .0
            .into_iter()
            .map(|p| (p.name, p.role.text))
            .collect::<Vec<_>>(),
            [(
                "Marta Lind".to_string(),
                "Secretary-General of the Union of Coastal States (UCS)".to_string()
            )]
        );
    }
}
