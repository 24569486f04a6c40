//! Drafting a brief from an article's plain text, for `new-brief`: the paragraphs verbatim, a
//! `direct_quote` statement per quotation, the printed attributions with the person each most
//! likely means, the people the text names with a title, and the dates and counts it gives.
//!
//! Everything guessed is listed in the draft's `to_confirm`; nothing is written that the text
//! does not contain. Native only: the page never drafts.

mod layout;
mod quotes;

use crate::data::date::MONTHS;
use crate::data::draft::paths;
use crate::data::model::{
    Article, Brief, Draft, Language, Paragraph, Person, Sourced, Speaker, Statement, StatementKind,
    ToConfirm,
};
use crate::data::text::{mentions, named_before, naming_words, quotations, whole_words};

pub use layout::{breadcrumb, date_line, read, Layout};
pub use quotes::{quotations_with_speakers, Quotation};

/// The schema a drafted file names, relative to `data/`, where drafts are written.
const SCHEMA: &str = "../schema/brief.schema.json";

/// Words that begin a title printed before a name ("First Deputy Secretary General of the CIS
/// Leonid Anfimov").
const TITLE_WORDS: [&str; 27] = [
    "President",
    "Vice",
    "Deputy",
    "First",
    "Secretary",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Head",
    "Director",
    "Minister",
    "Ambassador",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Prime",
    "Speaker",
    "Governor",
    "Mayor",
    "Chief",
    "Senator",
    "Coordinator",
    "Member",
    "Professor",
    "Special",
];

/// Small words a title may contain between its capitalised ones.
const TITLE_LINKS: [&str; 6] = ["of", "the", "for", "and", "on", "to"];

/// Pronouns that refer to the person named last before them.
const PRONOUNS: [&str; 4] = ["he", "she", "him", "her"];

/// Words by which an article credits its own source rather than a person.
const REPORT_WORDS: [&str; 5] = [
    "report",
    "statement",
    "press release",
    "press service",
    "communiqué",
];

/// Words that end a count's noun phrase ("20 journalists and …").
const COUNT_STOPS: [&str; 22] = [
    "and", "or", "on", "in", "at", "to", "from", "for", "by", "with", "who", "which", "that", "of",
    "work", "are", "were", "is", "was", "will", "have", "has",
];

/// The draft brief for an article's text.
pub fn draft_brief(text: &str) -> Brief {
    let layout = read(text);
    let paragraphs: Vec<Paragraph> = layout
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| Paragraph {
            id: format!("p{}", i + 1),
            text: text.clone(),
        })
        .collect();
    let people = people(&paragraphs);
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
    to_confirm.extend(people.iter().enumerate().map(|(i, p)| ToConfirm {
        path: paths::person(i),
        why: format!(
            "\"{}\", named in {} with the title \"{}\" before the name",
            p.name, p.role.paragraph, p.role.text
        ),
    }));
    let (statements, speaker_notes) = statements(&paragraphs, &people);
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
            candidate_facts(&p.text).into_iter().map(|text| Sourced {
                text,
                paragraph: p.id.clone(),
                statement: None,
            })
        })
        .collect();
    Brief {
        schema: Some(SCHEMA.into()),
        language: Language::En,
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
    /// Whether punctuation ends the word ("Anfimov," or "CIS."), which ends a title run too.
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
                ends_clause: core.len() < raw.len() - (start - offset),
            });
        }
        offset += raw.len() + 1;
    }
    found
}

/// A personal name's word: a capital, then small letters ("Anfimov", not "CIS").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

/// The people the paragraphs name with a title before the name, in order of first mention,
/// each with that title as printed. A name is its last two words before the run ends.
fn people(paragraphs: &[Paragraph]) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    for p in paragraphs {
        let words = words(&p.text);
        let mut i = 0;
        while i < words.len() {
            if !TITLE_WORDS.contains(&words[i].text) {
                i += 1;
                continue;
            }
            // The run of capitalised words and title links, up to punctuation or a small word.
            let mut end = i;
            while end < words.len() {
                let w = &words[end];
                let capital = w.text.chars().next().is_some_and(char::is_uppercase);
                if !capital && !TITLE_LINKS.contains(&w.text) {
                    break;
                }
                end += 1;
                if w.ends_clause {
                    break;
                }
            }
            let run = &words[i..end];
            // The title word itself is capitalised, so the run holds at least it.
            i = end;
            let [.., last_title, given, surname] = run else {
                continue;
            };
            if !is_name_word(given.text)
                || !is_name_word(surname.text)
                || TITLE_WORDS.contains(&given.text)
                || TITLE_LINKS.contains(&last_title.text)
            {
                continue;
            }
            let name = p.text[given.at..surname.at + surname.text.len()].to_string();
            if people.iter().any(|known| known.name == name) {
                continue;
            }
            let title = p.text[run[0].at..last_title.at + last_title.text.len()].to_string();
            let mut id: String = surname.text.to_lowercase();
            while people.iter().any(|known| known.id == id) {
                id.push('-');
                id.push_str(&people.len().to_string());
            }
            people.push(Person {
                id,
                name,
                role: Sourced {
                    text: title,
                    paragraph: p.id.clone(),
                    statement: None,
                },
            });
        }
    }
    people
}

/// A `direct_quote` statement per quotation, in order, each with the speaker it most likely
/// has, and for each a line saying what that proposal rests on.
fn statements(paragraphs: &[Paragraph], people: &[Person]) -> (Vec<Statement>, Vec<String>) {
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    let found = mentions(&texts, people.iter().map(|p| p.name.as_str()));
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
        for (n, quote) in quotations_with_speakers(&p.text).into_iter().enumerate() {
            let short = quote.words.split_whitespace().count() <= 3;
            let (speaker, printed, mut why) = match (&quote.speaker_as_printed, quote.speaker_at) {
                (Some(printed), Some(at)) => {
                    propose(printed, people, named_before(&found, index, at))
                }
                _ => (
                    Speaker::NotReported,
                    String::new(),
                    match from.filter(|_| n == 0) {
                        Some(earlier) => format!("continues the quotation left open at the end of {earlier}, where the article names its speaker; this paragraph names no one, so the speaker stays not_reported here"),
                        None => "the paragraph prints no attribution for this quotation: the speaker is not_reported until an editor finds one in the article; none is guessed".to_string(),
                    },
                ),
            };
            if short {
                why.push_str("; a quotation of three words or fewer may be a term in quotation marks rather than a statement: delete the statement if so");
            }
            notes.push(why);
            statements.push(Statement {
                id: format!("{}-q{}", p.id, n + 1),
                speaker,
                speaker_as_printed: printed,
                date: None,
                kind: StatementKind::DirectQuote,
                text: quote.words,
                paragraph: p.id.clone(),
                notes: Vec::new(),
            });
        }
        if open_at_end {
            continued = Some(&p.id);
        }
    }
    (statements, notes)
}

/// Whom printed attribution words most likely mean, the words that name them, and why: the
/// person they name (narrowed to the name: "Chairman … Giorgi Kalandadze welcomed 20
/// journalists" → "Giorgi Kalandadze"); for a pronoun or a role, the person named last before
/// them; for "the report", the report.
fn propose(
    printed: &str,
    people: &[Person],
    named_before: Option<usize>,
) -> (Speaker, String, String) {
    let named = people.iter().find_map(|p| {
        naming_words(&p.name)
            .into_iter()
            .find(|w| !whole_words(printed, w).is_empty())
            .map(|w| (p, w))
    });
    if let Some((person, name)) = named {
        return (
            Speaker::Person(person.id.clone()),
            name.to_string(),
            format!("proposed {}: \"{name}\" names them", person.name),
        );
    }
    let lower = printed.to_lowercase();
    if REPORT_WORDS
        .iter()
        .any(|w| !whole_words(&lower, w).is_empty())
    {
        return (
            Speaker::Report,
            printed.to_string(),
            format!("proposed the report: \"{printed}\" is how the article credits its source"),
        );
    }
    let role_or_pronoun = PRONOUNS.contains(&lower.as_str()) || lower.starts_with("the ");
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

/// Dates ("August 31", "1 September 2024") and counts ("133 observers", "10 of whom") in a
/// paragraph, verbatim, in order.
fn candidate_facts(text: &str) -> Vec<String> {
    let words = words(text);
    let is_number = |w: &Word| w.text.bytes().all(|b| b.is_ascii_digit());
    let is_month = |w: &Word| MONTHS.contains(&w.text);
    let span = |from: &Word, to: &Word| text[from.at..to.at + to.text.len()].to_string();
    let mut facts = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let after = words.get(i + 2);
        let year = |y: &&Word| is_number(y) && y.text.len() == 4;
        match words.get(i + 1).filter(|_| !w.ends_clause) {
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
                    ("of", Some(whom)) => whom,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(id: &str, text: &str) -> Paragraph {
        Paragraph {
            id: id.into(),
            text: text.into(),
        }
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
}
