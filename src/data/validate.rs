//! Checks that go beyond the types: ids are unique, references resolve, dates are real dates,
//! and every sourced word really stands in the paragraph it names.
//!
//! The app runs these before showing anything, so an edited file with a fabricated quote or a
//! dangling reference is refused with its path instead of being shown to readers.

use std::collections::HashSet;
use std::fmt;

use crate::data::date::{check_time, IsoDate};
use crate::data::model::{Brief, Sourced, Speaker};

/// One thing wrong with a brief, at a path such as `missions[1].head`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, in the notation `statements[2].paragraph`.
    pub path: String,
    /// What is wrong there, in words an editor can act on.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem in `brief`, in file order; empty when the brief is sound.
pub fn validate(brief: &Brief) -> Vec<Problem> {
    let mut v = Validator {
        brief,
        problems: Vec::new(),
        seen: HashSet::new(),
    };
    v.article();
    v.people();
    v.missions();
    v.statements();
    v.events();
    v.editor_notes();
    v.hidden_characters();
    v.problems
}

/// Characters that do not show but change what a reader sees: direction overrides can make a
/// quote read differently from the bytes a check compares, and zero-width characters split
/// words invisibly. Named so that an editor can find them.
fn hidden_character_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

/// Calls `found` with the path and text of every string in `value`.
fn each_string(value: &serde_json::Value, path: &str, found: &mut dyn FnMut(&str, &str)) {
    match value {
        serde_json::Value::String(text) => found(path, text),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                each_string(item, &format!("{path}[{i}]"), found);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                each_string(item, &path, found);
            }
        }
        _ => {}
    }
}

struct Validator<'a> {
    brief: &'a Brief,
    problems: Vec<Problem>,
    seen: HashSet<(String, String)>,
}

impl Validator<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        let problem = Problem {
            path: path.into(),
            message: message.into(),
        };
        // Two checks of one record can meet the same fault (a missing paragraph); say it once.
        // A set, because a huge damaged file can have tens of thousands of problems.
        if self
            .seen
            .insert((problem.path.clone(), problem.message.clone()))
        {
            self.problems.push(problem);
        }
    }

    fn non_empty(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            self.report(path, "must not be empty");
        }
    }

    /// Reports ids that are empty or used twice within one list.
    fn unique_ids<'i>(&mut self, list: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                // Ids become element ids and URL fragments, which other characters would break.
                self.report(
                    path,
                    format!("\"{id}\" is not an id: use letters, digits, - and _ only"),
                );
            } else if !seen.insert(id) {
                self.report(path, format!("the id \"{id}\" is used twice in {list}"));
            }
        }
    }

    /// The text of the paragraph `id`, reporting at `path` when there is none.
    fn paragraph(&mut self, path: &str, id: &str) -> Option<&str> {
        let brief = self.brief;
        let found = brief.article.paragraphs.iter().find(|p| p.id == id);
        if found.is_none() {
            self.report(path, format!("no paragraph has the id \"{id}\""));
        }
        found.map(|p| p.text.as_str())
    }

    /// Checks that `text` stands verbatim in paragraph `paragraph`.
    fn verbatim(&mut self, path: &str, text: &str, paragraph_path: &str, paragraph: &str) {
        if text.trim().is_empty() {
            self.report(path, "must not be empty");
        } else if let Some(body) = self.paragraph(paragraph_path, paragraph) {
            if !body.contains(text) {
                self.report(
                    path,
                    format!(
                        "\"{}\" does not occur in paragraph {paragraph}; sourced words must be copied verbatim",
                        shorten(text)
                    ),
                );
            }
        }
    }

    fn sourced(&mut self, path: &str, s: &Sourced) {
        self.verbatim(
            &format!("{path}.text"),
            &s.text,
            &format!("{path}.paragraph"),
            &s.paragraph,
        );
        self.claim(path, &s.text, &s.paragraph, s.statement.as_deref());
    }

    /// Checks that a fact credited to a statement is words of that statement.
    fn claim(&mut self, path: &str, text: &str, paragraph: &str, statement: Option<&str>) {
        let Some(id) = statement else { return };
        let brief = self.brief;
        match brief.statements.iter().find(|s| s.id == id) {
            None => self.report(
                format!("{path}.statement"),
                format!("no statement has the id \"{id}\""),
            ),
            Some(s) if s.paragraph != paragraph || !s.text.contains(text) => self.report(
                format!("{path}.statement"),
                format!("statement \"{id}\" does not contain \"{}\"", shorten(text)),
            ),
            Some(_) => {}
        }
    }

    fn sourced_list(&mut self, path: &str, list: &[Sourced]) {
        for (i, s) in list.iter().enumerate() {
            self.sourced(&format!("{path}[{i}]"), s);
        }
    }

    fn person_ref(&mut self, path: &str, id: &str) {
        if self.brief.person(id).is_none() {
            self.report(path, format!("no person has the id \"{id}\""));
        }
    }

    fn note_refs(&mut self, path: &str, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            if self.brief.note(id).is_none() {
                self.report(
                    format!("{path}[{i}]"),
                    format!("no editor's note has the id \"{id}\""),
                );
            }
        }
    }

    fn date(&mut self, path: &str, date: &str) {
        if let Err(message) = IsoDate::parse(date) {
            self.report(path, message);
        }
    }

    /// Reports every string that carries a hidden character, wherever it is in the file.
    fn hidden_characters(&mut self) {
        let Ok(value) = serde_json::to_value(self.brief) else {
            return;
        };
        let mut found = Vec::new();
        each_string(&value, "", &mut |path, text| {
            if let Some((c, name)) = text
                .chars()
                .find_map(|c| hidden_character_name(c).map(|name| (c, name)))
            {
                found.push((
                    path.to_string(),
                    format!(
                        "contains U+{:04X} {name}, a hidden character that changes how the text reads; remove it",
                        c as u32
                    ),
                ));
            }
        });
        for (path, message) in found {
            self.report(path, message);
        }
    }

    fn article(&mut self) {
        let a = &self.brief.article;
        self.non_empty("article.headline", &a.headline);
        self.non_empty("article.date_line.text", &a.date_line.text);
        self.date("article.date_line.date", &a.date_line.date);
        if let Err(message) = check_time(&a.date_line.time) {
            self.report("article.date_line.time", message);
        }
        self.non_empty("article.outlet", &a.outlet);
        self.non_empty("article.byline", &a.byline);
        if a.paragraphs.is_empty() {
            self.report(
                "article.paragraphs",
                "the article needs at least one paragraph",
            );
        }
        self.unique_ids(
            "article.paragraphs",
            a.paragraphs.iter().map(|p| p.id.as_str()),
        );
        for (i, p) in a.paragraphs.iter().enumerate() {
            self.non_empty(format!("article.paragraphs[{i}].text"), &p.text);
        }
        self.verbatim(
            "article.attribution.text",
            &a.attribution.text,
            "article.attribution.paragraph",
            &a.attribution.paragraph,
        );
        if !a.attribution.text.contains(&a.attribution.source_name)
            || a.attribution.source_name.is_empty()
        {
            self.report(
                "article.attribution.source_name",
                "must be words of article.attribution.text, copied verbatim",
            );
        }
    }

    fn people(&mut self) {
        let brief = self.brief;
        self.unique_ids("people", brief.people.iter().map(|p| p.id.as_str()));
        for (i, p) in brief.people.iter().enumerate() {
            self.non_empty(format!("people[{i}].name"), &p.name);
            self.sourced(&format!("people[{i}].role"), &p.role);
        }
    }

    fn missions(&mut self) {
        let brief = self.brief;
        self.unique_ids("missions", brief.missions.iter().map(|m| m.id.as_str()));
        for (i, m) in brief.missions.iter().enumerate() {
            let at = format!("missions[{i}]");
            self.sourced(&format!("{at}.name"), &m.name);
            let org = &m.organisation;
            for (field, words) in [("name", &org.name), ("abbreviation", &org.abbreviation)] {
                self.verbatim(
                    &format!("{at}.organisation.{field}"),
                    words,
                    &format!("{at}.organisation.paragraph"),
                    &org.paragraph,
                );
            }
            self.person_ref(&format!("{at}.head"), &m.head);
            if let Some(count) = &m.observers {
                let path = format!("{at}.observers");
                self.verbatim(
                    &format!("{path}.text"),
                    &count.text,
                    &format!("{path}.paragraph"),
                    &count.paragraph,
                );
                self.claim(
                    &path,
                    &count.text,
                    &count.paragraph,
                    count.statement.as_deref(),
                );
                let numbers = [
                    Some(("total", count.total)),
                    count.long_term.map(|n| ("long_term", n)),
                ];
                for (field, n) in numbers.into_iter().flatten() {
                    if !contains_number(&count.text, n) {
                        self.report(
                            format!("{path}.{field}"),
                            format!("{n} does not appear in {path}.text; counts must be the ones the source gives"),
                        );
                    }
                }
                if count.long_term.is_some_and(|n| n > count.total) {
                    self.report(
                        format!("{path}.long_term"),
                        format!("is more than the total of {}", count.total),
                    );
                }
            }
            self.sourced_list(&format!("{at}.principles"), &m.principles);
            self.sourced_list(&format!("{at}.methods"), &m.methods);
            self.sourced_list(&format!("{at}.also_stated"), &m.also_stated);
        }
    }

    fn statements(&mut self) {
        let brief = self.brief;
        self.unique_ids("statements", brief.statements.iter().map(|s| s.id.as_str()));
        for (i, s) in brief.statements.iter().enumerate() {
            let at = format!("statements[{i}]");
            if let Speaker::Person(id) = &s.speaker {
                self.person_ref(&format!("{at}.speaker.person"), id);
            }
            if let Some(date) = &s.date {
                self.date(&format!("{at}.date"), date);
            }
            self.verbatim(
                &format!("{at}.text"),
                &s.text,
                &format!("{at}.paragraph"),
                &s.paragraph,
            );
            self.verbatim(
                &format!("{at}.speaker_as_printed"),
                &s.speaker_as_printed,
                &format!("{at}.paragraph"),
                &s.paragraph,
            );
            self.note_refs(&format!("{at}.notes"), &s.notes);
        }
    }

    fn events(&mut self) {
        let brief = self.brief;
        self.unique_ids("events", brief.events.iter().map(|e| e.id.as_str()));
        for (i, e) in brief.events.iter().enumerate() {
            let at = format!("events[{i}]");
            self.non_empty(format!("{at}.label"), &e.label);
            self.date(&format!("{at}.date"), &e.date);
            if let Some(printed) = &e.printed_date {
                self.sourced(&format!("{at}.printed_date"), printed);
            }
            if let Some(place) = &e.place {
                self.sourced(&format!("{at}.place"), place);
            }
            for (j, person) in e.participants.iter().enumerate() {
                self.person_ref(&format!("{at}.participants[{j}]"), person);
            }
            self.sourced_list(&format!("{at}.topics"), &e.topics);
            self.note_refs(&format!("{at}.notes"), &e.notes);
        }
    }

    fn editor_notes(&mut self) {
        let brief = self.brief;
        self.unique_ids(
            "editor_notes",
            brief.editor_notes.iter().map(|n| n.id.as_str()),
        );
        for (i, n) in brief.editor_notes.iter().enumerate() {
            self.non_empty(format!("editor_notes[{i}].text"), &n.text);
            for (j, p) in n.paragraphs.iter().enumerate() {
                self.paragraph(&format!("editor_notes[{i}].paragraphs[{j}]"), p);
            }
        }
    }
}

/// Whether `n` stands in `text` as a whole number (so 13 is not found in "133").
fn contains_number(text: &str, n: u32) -> bool {
    let n = n.to_string();
    text.split(|c: char| !c.is_ascii_digit()).any(|w| w == n)
}

/// Long words are cut in messages so that one problem stays one readable line.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::*;

    /// A small sound brief that each test breaks in one place.
    fn sample() -> Brief {
        let p = |id: &str, text: &str| Paragraph {
            id: id.into(),
            text: text.into(),
        };
        let s = |text: &str, paragraph: &str| Sourced {
            text: text.into(),
            paragraph: paragraph.into(),
            statement: None,
        };
        Brief {
            article: Article {
                headline: "Heads met".into(),
                breadcrumb: vec!["Home".into()],
                date_line: DateLine {
                    text: "Friday, September 20, 2024 - 8:06 pm".into(),
                    date: "2024-09-20".into(),
                    time: "20:06".into(),
                },
                outlet: "Oku.Az".into(),
                attribution: Attribution {
                    text: "with reference to the Press Service".into(),
                    source_name: "Press Service".into(),
                    paragraph: "p2".into(),
                },
                byline: "Jeffrey Roundtree".into(),
                paragraphs: vec![
                    p("p1", "The Commonwealth of Independent States (CIS) met in Baku on August 31."),
                    p("p2", "Reports with reference to the Press Service."),
                    p("p3", "Anfimov said the mission includes 133 observers, 10 of whom stay. “We observe,” he said."),
                ],
            },
            people: vec![Person {
                id: "anfimov".into(),
                name: "Leonid Anfimov".into(),
                role: s("Anfimov", "p3"),
            }],
            missions: vec![Mission {
                id: "cis".into(),
                name: s("CIS", "p1"),
                organisation: Organisation {
                    name: "Commonwealth of Independent States".into(),
                    abbreviation: "CIS".into(),
                    paragraph: "p1".into(),
                },
                head: "anfimov".into(),
                observers: Some(ObserverCount {
                    total: 133,
                    long_term: Some(10),
                    text: "133 observers, 10 of whom stay".into(),
                    paragraph: "p3".into(),
                    statement: None,
                }),
                principles: vec![s("We observe", "p3")],
                methods: vec![],
                also_stated: vec![],
            }],
            statements: vec![Statement {
                id: "we-observe".into(),
                speaker: Speaker::Person("anfimov".into()),
                speaker_as_printed: "he".into(),
                date: Some("2024-08-31".into()),
                kind: StatementKind::DirectQuote,
                text: "We observe".into(),
                paragraph: "p3".into(),
                notes: vec![],
            }],
            events: vec![Event {
                id: "meeting".into(),
                kind: EventKind::Meeting,
                label: "Meeting".into(),
                date: "2024-08-31".into(),
                printed_date: Some(s("August 31", "p1")),
                place: Some(s("Baku", "p1")),
                participants: vec!["anfimov".into()],
                topics: vec![],
                notes: vec!["n1".into()],
            }],
            editor_notes: vec![EditorNote {
                id: "n1".into(),
                text: "A note.".into(),
                paragraphs: vec!["p1".into()],
            }],
        }
    }

    fn paths(brief: &Brief) -> Vec<String> {
        validate(brief).into_iter().map(|p| p.path).collect()
    }

    #[test]
    fn a_sound_brief_has_no_problems() {
        assert_eq!(validate(&sample()), vec![]);
    }

    #[test]
    fn a_quote_that_is_not_in_its_paragraph_is_refused() {
        let mut b = sample();
        b.statements[0].text = "We observe everything".into();
        let problems = validate(&b);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "statements[0].text");
        assert!(problems[0]
            .message
            .contains("does not occur in paragraph p3"));
    }

    #[test]
    fn a_quote_pointing_at_the_wrong_paragraph_is_refused() {
        let mut b = sample();
        b.statements[0].paragraph = "p1".into();
        assert_eq!(paths(&b), ["statements[0].text"]);
    }

    #[test]
    fn dangling_references_are_named_by_path() {
        let mut b = sample();
        b.missions[0].head = "nobody".into();
        b.statements[0].speaker = Speaker::Person("ghost".into());
        b.statements[0].paragraph = "p9".into();
        b.events[0].participants.push("ghost".into());
        b.events[0].notes.push("missing".into());
        b.editor_notes[0].paragraphs.push("p0".into());
        assert_eq!(
            paths(&b),
            [
                "missions[0].head",
                "statements[0].speaker.person",
                "statements[0].paragraph",
                "events[0].participants[1]",
                "events[0].notes[1]",
                "editor_notes[0].paragraphs[1]",
            ]
        );
        assert!(validate(&b)[0].message.contains("\"nobody\""));
    }

    #[test]
    fn duplicate_and_empty_ids_are_refused() {
        let mut b = sample();
        b.statements.push(b.statements[0].clone());
        b.article.paragraphs[1].id = String::new();
        assert_eq!(
            paths(&b),
            [
                "article.paragraphs[1].id",
                // The attribution pointed at the paragraph that lost its id.
                "article.attribution.paragraph",
                "statements[1].id",
            ]
        );
    }

    #[test]
    fn ids_that_would_break_links_are_refused() {
        let mut b = sample();
        b.statements[0].id = "we observe".into();
        b.editor_notes[0].id = "n1#x".into();
        b.events[0].notes = vec![];
        let problems = validate(&b);
        assert_eq!(
            problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(),
            ["statements[0].id", "editor_notes[0].id"]
        );
        assert!(problems[0]
            .message
            .contains("letters, digits, - and _ only"));
    }

    #[test]
    fn a_fact_credited_to_a_statement_must_be_words_of_that_statement() {
        let mut b = sample();
        b.missions[0].principles[0].statement = Some("we-observe".into());
        assert_eq!(
            validate(&b),
            vec![],
            "the principle's words are the statement's"
        );
        b.missions[0].principles[0].statement = Some("missing".into());
        b.missions[0].observers.as_mut().unwrap().statement = Some("we-observe".into());
        assert_eq!(
            paths(&b),
            [
                "missions[0].observers.statement",
                "missions[0].principles[0].statement"
            ]
        );
    }

    #[test]
    fn the_speaker_must_be_named_as_the_paragraph_names_them() {
        let mut b = sample();
        b.statements[0].speaker_as_printed = "she".into();
        assert_eq!(paths(&b), ["statements[0].speaker_as_printed"]);
    }

    #[test]
    fn invalid_dates_and_times_are_refused() {
        let mut b = sample();
        b.article.date_line.date = "2024-09-31".into();
        b.article.date_line.time = "8:06 pm".into();
        b.statements[0].date = Some("yesterday".into());
        b.events[0].date = "2024-02-30".into();
        assert_eq!(
            paths(&b),
            [
                "article.date_line.date",
                "article.date_line.time",
                "statements[0].date",
                "events[0].date",
            ]
        );
    }

    #[test]
    fn observer_counts_must_be_the_ones_the_source_gives() {
        let mut b = sample();
        b.missions[0].observers.as_mut().unwrap().total = 13;
        assert_eq!(paths(&b), ["missions[0].observers.total"]);
        let mut b = sample();
        let count = b.missions[0].observers.as_mut().unwrap();
        count.long_term = Some(200);
        count.text = "133 observers, 200".into();
        b.article.paragraphs[2].text.push_str(" 133 observers, 200");
        assert_eq!(paths(&b), ["missions[0].observers.long_term"]);
    }

    #[test]
    fn empty_sourced_words_are_refused_even_though_they_occur_everywhere() {
        let mut b = sample();
        b.statements[0].text = " ".into();
        assert_eq!(paths(&b), ["statements[0].text"]);
    }

    #[test]
    fn an_article_without_paragraphs_is_refused() {
        let mut b = sample();
        b.article.paragraphs.clear();
        let problems = validate(&b);
        assert_eq!(problems[0].path, "article.paragraphs");
    }

    #[test]
    fn numbers_are_matched_whole() {
        assert!(contains_number("133 observers, 10 of whom", 10));
        assert!(!contains_number("133 observers", 13));
        assert!(!contains_number("133 observers", 33));
    }
}
