//! Checks that go beyond the types: ids are unique, references resolve, dates are real dates,
//! every sourced word really stands in the paragraph it names, a direct quote is a quotation
//! there, and every statement is credited to whom the article credits it.
//!
//! The app runs these before showing anything, so an edited file with a fabricated quote or a
//! dangling reference is refused with its path instead of being shown to readers.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;

use crate::data::date::{check_time, IsoDate};
use crate::data::draft::is_confirmable;
use crate::data::format_chars::{describe, is_hidden};
use crate::data::model::{Brief, Sourced, Speaker, Statement, StatementKind};
use crate::data::text::{
    is_quotation, mentions, named_before, names_surname, quotations, surname, whole_words, Mention,
};

/// The longest id a brief may use: links carry ids, and no link the brief makes may be long.
pub const MAX_ID_LEN: usize = 128;

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

/// Every problem in `brief`, in file order; empty when the brief is sound. Linear in the size of
/// the brief: every look-up by id goes through an index built once.
pub fn validate(brief: &Brief) -> Vec<Problem> {
    validate_read(brief, None)
}

/// [`validate`] for a brief read from the JSON text `text`, which tells at a glance whether a
/// hidden character can be anywhere in it: the same problems, found sooner in a large file.
pub fn validate_text(brief: &Brief, text: &str) -> Vec<Problem> {
    validate_read(brief, Some(text))
}

fn validate_read(brief: &Brief, text: Option<&str>) -> Vec<Problem> {
    let paragraph_texts: Vec<&str> = brief
        .article
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    let mut v = Validator {
        brief,
        text,
        problems: Vec::new(),
        seen: HashSet::new(),
        paragraphs: first_by_id(brief.article.paragraphs.iter().map(|p| p.id.as_str())),
        people: first_by_id(brief.people.iter().map(|p| p.id.as_str())),
        statements: first_by_id(brief.statements.iter().map(|s| s.id.as_str())),
        notes: first_by_id(brief.editor_notes.iter().map(|n| n.id.as_str())),
        surnames: brief.people.iter().map(|p| surname(&p.name)).collect(),
        mentions: mentions(
            &paragraph_texts,
            brief.people.iter().map(|p| p.name.as_str()),
            brief.language,
        ),
        quoted: paragraph_texts
            .iter()
            .map(|text| quotations(text))
            .collect(),
    };
    v.article();
    v.people();
    v.missions();
    v.statements();
    v.events();
    v.editor_notes();
    v.draft();
    v.hidden_characters();
    v.problems
}

/// The position of the first record with each id. The map is made for all of them at once:
/// growing it would hash every id again at each step.
fn first_by_id<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut index = HashMap::with_capacity(ids.len());
    for (i, id) in ids.enumerate() {
        index.entry(id).or_insert(i);
    }
    index
}

/// Where a value stands in the file (`statements[2].text`), written out only when a problem is
/// reported there: a large file has hundreds of thousands of values and few problems.
#[derive(Clone, Copy)]
enum At<'a> {
    /// A path as written (`article.headline`), or a top-level key.
    Named(&'a str),
    /// A field of the value at a path.
    Field(&'a At<'a>, &'a str),
    /// An item of the list at a path.
    Item(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    fn field(&'a self, name: &'a str) -> Self {
        Self::Field(self, name)
    }

    fn item(&'a self, index: usize) -> Self {
        Self::Item(self, index)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Named(path) => f.write_str(path),
            Self::Field(at, name) => write!(f, "{at}.{name}"),
            Self::Item(at, index) => write!(f, "{at}[{index}]"),
        }
    }
}

/// Calls `found` with every string in `value`, which stands at `at`, and where each stands, in
/// order.
fn each_string_in(value: &serde_json::Value, at: &At, found: &mut dyn FnMut(&At, &str)) {
    use serde_json::Value;
    match value {
        Value::String(text) => found(at, text),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                each_string_in(item, &at.item(i), found);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                each_string_in(field, &at.field(key), found);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Whether the JSON text `json` may hold a hidden character: one written as itself, or an
/// escape other than those of `"`, `\`, `/`, a tab and a line end (a `\u` escape can write
/// any character).
fn may_hide(json: &str) -> bool {
    let bytes = json.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // Printable ASCII, most of a file, is passed over without a look-up, eight bytes at a
        // time where it can be.
        if bytes
            .get(at..at + 8)
            .and_then(|word| word.try_into().ok())
            .is_some_and(plain_word)
        {
            at += 8;
        } else if byte == b'\\' {
            if !matches!(
                bytes.get(at + 1),
                Some(b'"' | b'\\' | b'/' | b'n' | b'r' | b't')
            ) {
                return true;
            }
            at += 2;
        } else if (b' '..b'\x7F').contains(&byte) {
            at += 1;
        } else {
            let c = json[at..].chars().next().unwrap_or_default();
            if is_hidden(c) {
                return true;
            }
            at += c.len_utf8();
        }
    }
    false
}

/// Whether all eight bytes of `word` are printable ASCII (space to `~`) other than a backslash,
/// tested at once: such bytes cannot start a hidden character.
fn plain_word(word: [u8; 8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);
    // Whether a byte of `w`, whose bytes are all below 0x80, is below `n`: subtracting `n` from
    // every byte borrows into a byte's high bit only then (Hacker's Delight, 6-1).
    let has_below = |w: u64, n: u8| w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH_BITS != 0;
    let has = |w: u64, b: u8| has_below(w ^ (ONES * u64::from(b)), 1);
    let word = u64::from_le_bytes(word);
    word & HIGH_BITS == 0 && !has_below(word, b' ') && !has(word, b'\\') && !has(word, 0x7F)
}

/// Calls `found` with every string the brief holds, in file order, and its path. Driven by the
/// brief's own serialisation, so that a field added to the model is walked without anyone
/// listing it here.
fn each_string(brief: &impl serde::Serialize, found: &mut dyn FnMut(&At, &str)) {
    // Serialising a brief cannot fail: its maps have string keys and it holds no floats. It is
    // an object, whose keys begin the paths.
    if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(brief) {
        for (key, field) in &fields {
            each_string_in(field, &At::Named(key), found);
        }
    }
}

struct Validator<'a> {
    brief: &'a Brief,
    /// The JSON the brief was read from, when there is one.
    text: Option<&'a str>,
    problems: Vec<Problem>,
    seen: HashSet<(String, String)>,
    /// Where the first paragraph, person, statement and note of each id stand.
    paragraphs: HashMap<&'a str, usize>,
    people: HashMap<&'a str, usize>,
    statements: HashMap<&'a str, usize>,
    notes: HashMap<&'a str, usize>,
    /// Every place the article names one of the brief's people, in reading order.
    mentions: Vec<Mention>,
    /// Each person's [`surname`], by position: every statement's speaker is matched against
    /// all of them.
    surnames: Vec<Option<&'a str>>,
    /// Each paragraph's quotations ([`quotations`]), read once: many statements can stand in
    /// one paragraph.
    quoted: Vec<Vec<Range<usize>>>,
}

impl Validator<'_> {
    fn report(&mut self, at: &At, message: impl Into<String>) {
        let problem = Problem {
            path: at.to_string(),
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

    fn non_empty(&mut self, at: &At, text: &str) {
        if text.trim().is_empty() {
            self.report(at, "must not be empty");
        }
    }

    /// Reports ids that are empty, too long or used twice within one list.
    fn unique_ids<'i>(&mut self, list: &str, ids: impl ExactSizeIterator<Item = &'i str>) {
        let mut seen = HashSet::with_capacity(ids.len());
        let list = At::Named(list);
        for (i, id) in ids.enumerate() {
            let item = list.item(i);
            let path = &item.field("id");
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                // Ids become element ids and URL fragments, which other characters would break.
                self.report(
                    path,
                    format!(
                        "\"{}\" is not an id: use letters, digits, - and _ only",
                        shorten(id)
                    ),
                );
            } else if id.len() > MAX_ID_LEN {
                // A link carries ids of this length at most.
                self.report(
                    path,
                    format!(
                        "\"{}\" is too long for an id: use {MAX_ID_LEN} characters at most",
                        shorten(id)
                    ),
                );
            } else if !seen.insert(id) {
                self.report(path, format!("the id \"{id}\" is used twice in {list}"));
            }
        }
    }

    /// The position of paragraph `id`, reporting at `path` when there is none.
    fn paragraph_index(&mut self, at: &At, id: &str) -> Option<usize> {
        let found = self.paragraphs.get(id).copied();
        if found.is_none() {
            self.report(at, format!("no paragraph has the id \"{}\"", shorten(id)));
        }
        found
    }

    /// The text of the paragraph `id`, reporting at `at` when there is none.
    fn paragraph(&mut self, at: &At, id: &str) -> Option<&str> {
        let brief = self.brief;
        self.paragraph_index(at, id)
            .map(|i| brief.article.paragraphs[i].text.as_str())
    }

    /// Checks that `text` stands verbatim in paragraph `paragraph`; the paragraph's position
    /// when it does.
    fn verbatim(
        &mut self,
        at: &At,
        text: &str,
        paragraph_at: &At,
        paragraph: &str,
    ) -> Option<usize> {
        if text.trim().is_empty() {
            self.report(at, "must not be empty");
            return None;
        }
        let index = self.paragraph_index(paragraph_at, paragraph)?;
        if stands_in(&self.brief.article.paragraphs[index].text, text) {
            Some(index)
        } else {
            self.report(
                at,
                format!(
                    "\"{}\" does not occur in paragraph {paragraph}; sourced words must be copied verbatim",
                    shorten(text)
                ),
            );
            None
        }
    }

    fn sourced(&mut self, at: &At, s: &Sourced) {
        self.verbatim(
            &at.field("text"),
            &s.text,
            &at.field("paragraph"),
            &s.paragraph,
        );
        self.claim(at, &s.text, &s.paragraph, s.statement.as_deref());
    }

    /// Checks that a fact credited to a statement is words of that statement.
    fn claim(&mut self, at: &At, text: &str, paragraph: &str, statement: Option<&str>) {
        let Some(id) = statement else { return };
        let brief = self.brief;
        match self.statements.get(id).map(|&i| &brief.statements[i]) {
            None => self.report(
                &at.field("statement"),
                format!("no statement has the id \"{}\"", shorten(id)),
            ),
            Some(s) if s.paragraph != paragraph || !s.text.contains(text) => self.report(
                &at.field("statement"),
                format!("statement \"{id}\" does not contain \"{}\"", shorten(text)),
            ),
            Some(_) => {}
        }
    }

    fn sourced_list(&mut self, at: &At, list: &[Sourced]) {
        for (i, s) in list.iter().enumerate() {
            self.sourced(&at.item(i), s);
        }
    }

    fn person_ref(&mut self, at: &At, id: &str) -> Option<usize> {
        let found = self.people.get(id).copied();
        if found.is_none() {
            self.report(at, format!("no person has the id \"{}\"", shorten(id)));
        }
        found
    }

    fn note_refs(&mut self, at: &At, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            if !self.notes.contains_key(id.as_str()) {
                self.report(
                    &at.item(i),
                    format!("no editor's note has the id \"{}\"", shorten(id)),
                );
            }
        }
    }

    fn date(&mut self, at: &At, date: &str) {
        if let Err(message) = IsoDate::parse(date) {
            self.report(at, message);
        }
    }

    /// Reports every string that carries a hidden character, wherever it is in the file.
    fn hidden_characters(&mut self) {
        // Finding where each string stands takes a tree of the whole file; a sound file (the
        // usual one) is told apart first from its text, in a tenth of the time.
        if self.text.is_some_and(|text| !may_hide(text)) {
            return;
        }
        let mut found = Vec::new();
        each_string(self.brief, &mut |at, text| {
            if let Some(c) = text.chars().find(|&c| is_hidden(c)) {
                let what = if c.is_control() {
                    // A control is a sign of a file saved in another encoding, or cut from a
                    // binary: it changes nothing a reader sees, but is no word of the article.
                    "a control character that no text holds"
                } else {
                    "a hidden character that changes how the text reads"
                };
                found.push((
                    at.to_string(),
                    format!("contains {}, {what}; remove it", describe(c)),
                ));
            }
        });
        for (path, message) in found {
            self.report(&At::Named(&path), message);
        }
    }

    fn article(&mut self) {
        let a = &self.brief.article;
        self.non_empty(&At::Named("article.headline"), &a.headline);
        if let Some(line) = &a.date_line {
            self.non_empty(&At::Named("article.date_line.text"), &line.text);
            self.date(&At::Named("article.date_line.date"), &line.date);
            if let Err(message) = check_time(&line.time) {
                self.report(&At::Named("article.date_line.time"), message);
            }
        }
        if let Some(outlet) = &a.outlet {
            self.non_empty(&At::Named("article.outlet"), outlet);
        }
        if let Some(byline) = &a.byline {
            self.non_empty(&At::Named("article.byline"), byline);
        }
        if a.paragraphs.is_empty() {
            self.report(
                &At::Named("article.paragraphs"),
                "the article needs at least one paragraph",
            );
        }
        self.unique_ids(
            "article.paragraphs",
            a.paragraphs.iter().map(|p| p.id.as_str()),
        );
        for (i, p) in a.paragraphs.iter().enumerate() {
            self.non_empty(
                &At::Named("article.paragraphs").item(i).field("text"),
                &p.text,
            );
        }
        if let Some(attribution) = &a.attribution {
            self.verbatim(
                &At::Named("article.attribution.text"),
                &attribution.text,
                &At::Named("article.attribution.paragraph"),
                &attribution.paragraph,
            );
            if !attribution.text.contains(&attribution.source_name)
                || attribution.source_name.is_empty()
            {
                self.report(
                    &At::Named("article.attribution.source_name"),
                    "must be words of article.attribution.text, copied verbatim",
                );
            }
        }
    }

    fn people(&mut self) {
        let brief = self.brief;
        self.unique_ids("people", brief.people.iter().map(|p| p.id.as_str()));
        for (i, p) in brief.people.iter().enumerate() {
            self.non_empty(&At::Named("people").item(i).field("name"), &p.name);
            self.sourced(&At::Named("people").item(i).field("role"), &p.role);
        }
    }

    fn missions(&mut self) {
        let brief = self.brief;
        self.unique_ids("missions", brief.missions.iter().map(|m| m.id.as_str()));
        let list = At::Named("missions");
        for (i, m) in brief.missions.iter().enumerate() {
            let at = &list.item(i);
            self.sourced(&at.field("name"), &m.name);
            let org = &m.organisation;
            for (field, words) in [("name", &org.name), ("abbreviation", &org.abbreviation)] {
                self.verbatim(
                    &at.field("organisation").field(field),
                    words,
                    &at.field("organisation").field("paragraph"),
                    &org.paragraph,
                );
            }
            self.person_ref(&at.field("head"), &m.head);
            if let Some(count) = &m.observers {
                let path = &at.field("observers");
                self.verbatim(
                    &path.field("text"),
                    &count.text,
                    &path.field("paragraph"),
                    &count.paragraph,
                );
                self.claim(
                    path,
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
                            &path.field(field),
                            format!("{n} does not appear in {path}.text; counts must be the ones the source gives"),
                        );
                    }
                }
                if count.long_term.is_some_and(|n| n > count.total) {
                    self.report(
                        &path.field("long_term"),
                        format!("is more than the total of {}", count.total),
                    );
                }
            }
            self.sourced_list(&at.field("principles"), &m.principles);
            self.sourced_list(&at.field("methods"), &m.methods);
            self.sourced_list(&at.field("also_stated"), &m.also_stated);
        }
    }

    fn statements(&mut self) {
        let brief = self.brief;
        self.unique_ids("statements", brief.statements.iter().map(|s| s.id.as_str()));
        let list = At::Named("statements");
        for (i, s) in brief.statements.iter().enumerate() {
            let at = &list.item(i);
            let person = match &s.speaker {
                Speaker::Person(id) => self.person_ref(&at.field("speaker").field("person"), id),
                Speaker::Organisation(name) => {
                    self.non_empty(&at.field("speaker").field("organisation"), name);
                    None
                }
                _ => None,
            };
            if let Some(date) = &s.date {
                self.date(&at.field("date"), date);
            }
            let stands_in = self.verbatim(
                &at.field("text"),
                &s.text,
                &at.field("paragraph"),
                &s.paragraph,
            );
            self.note_refs(&at.field("notes"), &s.notes);
            // Words not found in their paragraph are reported already; whom they are credited
            // to can only be read where they stand.
            let Some(paragraph) = stands_in else {
                continue;
            };
            let body = brief.article.paragraphs[paragraph].text.as_str();
            if s.kind == StatementKind::DirectQuote
                && !is_quotation(body, &self.quoted[paragraph], &s.text)
            {
                self.report(
                    &at.field("kind"),
                    format!(
                        "\"{}\" is not a quotation in paragraph {}: a direct quote is all the words inside one pair of quotation marks; words the article reports are reported_speech",
                        shorten(&s.text),
                        s.paragraph
                    ),
                );
            }
            // The speaker is named in the quotation's own paragraph, or in the one just
            // before or after it, and nowhere further: a reader must see the words together.
            let named_in = match &s.attribution_paragraph {
                None => paragraph,
                Some(id) => match self.paragraph_index(&at.field("attribution_paragraph"), id) {
                    Some(i) if i + 1 == paragraph || i == paragraph + 1 => i,
                    Some(_) => {
                        self.report(
                            &at.field("attribution_paragraph"),
                            format!(
                                "must be the paragraph just before or just after {}, where the words stand; leave it out when {} itself names the speaker",
                                s.paragraph, s.paragraph
                            ),
                        );
                        continue;
                    }
                    None => continue,
                },
            };
            self.attribution(at, s, named_in, person);
        }
    }

    /// Checks that a statement's speaker is the one the article gives: the words it names the
    /// speaker by stand in the paragraph as whole words, outside the quotation marks; and a
    /// statement credited to a person is tied to that person by the article, either because
    /// those words name them, or because they are a pronoun or a role ("He", "The head of the
    /// mission") and the person named last before them is that person. `paragraph` is the one
    /// that names the speaker: the statement's own, or its `attribution_paragraph`.
    fn attribution(&mut self, at: &At, s: &Statement, paragraph: usize, person: Option<usize>) {
        let brief = self.brief;
        let body = brief.article.paragraphs[paragraph].text.as_str();
        let named_in = brief.article.paragraphs[paragraph].id.as_str();
        let printed = s.speaker_as_printed.as_str();
        let path = &at.field("speaker_as_printed");
        if s.speaker == Speaker::NotReported {
            if !printed.is_empty() {
                self.report(
                    path,
                    "must be empty: the speaker is not_reported, so the article names no one",
                );
            }
            return;
        }
        if printed.trim().is_empty() {
            self.report(path, "must not be empty");
            return;
        }
        let quoted = &self.quoted[paragraph];
        let occurrences = whole_words(body, printed);
        let Some(&place) = occurrences
            .iter()
            .find(|&&o| !quoted.iter().any(|q| q.contains(&o)))
            .or_else(|| {
                (!matches!(s.speaker, Speaker::Person(_)))
                    .then(|| occurrences.first())
                    .flatten()
            })
        else {
            let message = if occurrences.is_empty() {
                format!(
                    "\"{}\" does not occur as a word in paragraph {}; copy the words the article names the speaker by",
                    shorten(printed),
                    named_in
                )
            } else {
                format!(
                    "\"{}\" occurs in paragraph {} only inside quotation marks, where it is not who is speaking",
                    shorten(printed),
                    named_in
                )
            };
            self.report(path, message);
            return;
        };
        let Some(person) = person else { return };
        let credited = &brief.people[person];
        let named = self
            .surnames
            .iter()
            .position(|s| s.is_some_and(|s| names_surname(printed, s, brief.language)));
        let (referred, how) = match named {
            Some(named) => (Some(named), "names"),
            None => (named_before(&self.mentions, paragraph, place), "refers to"),
        };
        if referred != Some(person) {
            let message = match referred {
                Some(other) if how == "names" => format!(
                    "the article credits these words to {}, not {}: \"{}\" names them",
                    brief.people[other].name,
                    credited.name,
                    shorten(printed),
                ),
                Some(other) => format!(
                    "the article credits these words to {}, not {}: \"{}\" in paragraph {} refers to the person named last before it",
                    brief.people[other].name,
                    credited.name,
                    shorten(printed),
                    named_in,
                ),
                None => format!(
                    "the article does not tie these words to {}: \"{}\" does not name them and no person is named before it",
                    credited.name,
                    shorten(printed)
                ),
            };
            self.report(&at.field("speaker"), message);
        }
    }

    fn events(&mut self) {
        let brief = self.brief;
        self.unique_ids("events", brief.events.iter().map(|e| e.id.as_str()));
        let list = At::Named("events");
        for (i, e) in brief.events.iter().enumerate() {
            let at = &list.item(i);
            self.non_empty(&at.field("label"), &e.label);
            self.date(&at.field("date"), &e.date);
            if let Some(printed) = &e.printed_date {
                self.sourced(&at.field("printed_date"), printed);
            }
            if let Some(place) = &e.place {
                self.sourced(&at.field("place"), place);
            }
            for (j, person) in e.participants.iter().enumerate() {
                self.person_ref(&at.field("participants").item(j), person);
            }
            self.sourced_list(&at.field("topics"), &e.topics);
            self.note_refs(&at.field("notes"), &e.notes);
        }
    }

    /// A draft's guesses must name values the brief holds, and its candidate facts must stand
    /// in their paragraphs like every other sourced word.
    fn draft(&mut self) {
        let brief = self.brief;
        let Some(draft) = &brief.draft else { return };
        for (i, c) in draft.to_confirm.iter().enumerate() {
            if !is_confirmable(brief, &c.path) {
                self.report(
                    &At::Named("draft.to_confirm").item(i).field("path"),
                    format!(
                        "\"{}\" names nothing in this brief a draft can ask to confirm",
                        shorten(&c.path)
                    ),
                );
            }
            self.non_empty(&At::Named("draft.to_confirm").item(i).field("why"), &c.why);
        }
        self.sourced_list(&At::Named("draft.candidate_facts"), &draft.candidate_facts);
    }

    fn editor_notes(&mut self) {
        let brief = self.brief;
        self.unique_ids(
            "editor_notes",
            brief.editor_notes.iter().map(|n| n.id.as_str()),
        );
        for (i, n) in brief.editor_notes.iter().enumerate() {
            self.non_empty(&At::Named("editor_notes").item(i).field("text"), &n.text);
            for (j, p) in n.paragraphs.iter().enumerate() {
                self.paragraph(
                    &At::Named("editor_notes")
                        .item(i)
                        .field("paragraphs")
                        .item(j),
                    p,
                );
            }
        }
    }
}

/// Whether `words` stand in `body`, as `body.contains(words)` says. That search first prepares
/// itself for the words it looks for, which took more time than the search when 10,000
/// statements were checked: sourced words usually stand at one of the first places where their
/// first letter does, so a few of those are tried as they are before it.
fn stands_in(body: &str, words: &str) -> bool {
    /// Enough places for nearly all sourced words; few enough that a hostile paragraph (one
    /// letter repeated) costs at most this many comparisons more than the search alone.
    const TRIED_AS_THEY_ARE: usize = 16;
    let Some(first) = words.chars().next() else {
        return true;
    };
    let mut from = 0;
    for _ in 0..TRIED_AS_THEY_ARE {
        let Some(at) = body[from..].find(first) else {
            return false;
        };
        if body[from + at..].starts_with(words) {
            return true;
        }
        from += at + first.len_utf8();
    }
    body[from..].contains(words)
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
            schema: None,
            language: Language::En,
            article: Article {
                headline: "Heads met".into(),
                breadcrumb: vec!["Home".into()],
                date_line: Some(DateLine {
                    text: "Friday, September 20, 2024 - 8:06 pm".into(),
                    date: "2024-09-20".into(),
                    time: "20:06".into(),
                }),
                outlet: Some("Oku.Az".into()),
                attribution: Some(Attribution {
                    text: "with reference to the Press Service".into(),
                    source_name: "Press Service".into(),
                    paragraph: "p2".into(),
                }),
                byline: Some("Jeffrey Roundtree".into()),
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
                attribution_paragraph: None,
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
            draft: None,
        }
    }

    fn paths(brief: &Brief) -> Vec<String> {
        validate(brief).into_iter().map(|p| p.path).collect()
    }

    /// The sample with its quotation standing as its own paragraph, p4, after p3.
    fn quotation_on_its_own() -> Brief {
        let mut b = sample();
        b.article.paragraphs[2].text =
            "Anfimov said the mission includes 133 observers, 10 of whom stay. He noted:".into();
        b.article.paragraphs.push(Paragraph {
            id: "p4".into(),
            text: "“We observe.”".into(),
        });
        b.missions[0].principles.clear();
        let s = &mut b.statements[0];
        s.text = "We observe.".into();
        s.paragraph = "p4".into();
        s.speaker_as_printed = "He".into();
        s.attribution_paragraph = Some("p3".into());
        b
    }

    #[test]
    fn an_attribution_may_stand_in_the_paragraph_next_to_the_quotation_and_no_further() {
        let mut b = quotation_on_its_own();
        assert_eq!(validate(&b), Vec::new());
        // Without it, "He" is looked for in the quotation's own paragraph, where it is not.
        b.statements[0].attribution_paragraph = None;
        assert_eq!(paths(&b), ["statements[0].speaker_as_printed"]);
        // The paragraph after the quotation's may credit it too ("This was stated by …").
        let mut b = quotation_on_its_own();
        b.article.paragraphs.push(Paragraph {
            id: "p5".into(),
            text: "This was stated by Anfimov.".into(),
        });
        b.statements[0].attribution_paragraph = Some("p5".into());
        b.statements[0].speaker_as_printed = "Anfimov".into();
        assert_eq!(validate(&b), Vec::new());
        // Two paragraphs away is not next to it; a paragraph that is not there is named.
        b.statements[0].attribution_paragraph = Some("p2".into());
        assert_eq!(
            validate(&b),
            [Problem {
                path: "statements[0].attribution_paragraph".into(),
                message: "must be the paragraph just before or just after p4, where the words stand; leave it out when p4 itself names the speaker".into()
            }]
        );
        b.statements[0].attribution_paragraph = Some("p9".into());
        assert_eq!(paths(&b), ["statements[0].attribution_paragraph"]);
    }

    #[test]
    fn a_pronoun_in_the_attribution_s_paragraph_refers_to_the_person_named_last_before_it_there() {
        let mut b = quotation_on_its_own();
        // Karpenko is named in the quotation's paragraph, after "He" in p3: not whom "He" means.
        b.article.paragraphs[3].text = "Karpenko listened. “We observe.”".into();
        b.people.push(Person {
            id: "karpenko".into(),
            name: "Igor Karpenko".into(),
            role: Sourced {
                text: "Anfimov".into(),
                paragraph: "p3".into(),
                statement: None,
            },
        });
        assert_eq!(validate(&b), Vec::new(), "\"He\" in p3 is Anfimov");
        b.statements[0].speaker = Speaker::Person("karpenko".into());
        assert_eq!(
            validate(&b)[0].message,
            "the article credits these words to Leonid Anfimov, not Igor Karpenko: \"He\" in paragraph p3 refers to the person named last before it"
        );
    }

    #[test]
    fn a_declined_name_names_its_person_in_russian_and_azerbaijani_only() {
        let mut b = sample();
        b.article.paragraphs[2].text = "По словам Анфимова, в миссии 133 наблюдателя, 10 из них остаются. «Мы наблюдаем», — сказал он.".into();
        b.people[0].name = "Леонид Анфимов".into();
        b.people[0].role.text = "Анфимова".into();
        b.missions[0].principles.clear();
        b.missions[0].observers.as_mut().unwrap().text = "133 наблюдателя, 10 из них".into();
        b.statements[0].text = "Мы наблюдаем".into();
        b.statements[0].speaker_as_printed = "он".into();
        b.statements.push(Statement {
            id: "reported".into(),
            speaker: Speaker::Person("anfimov".into()),
            speaker_as_printed: "Анфимова".into(),
            date: None,
            kind: StatementKind::ReportedSpeech,
            text: "в миссии 133 наблюдателя".into(),
            paragraph: "p3".into(),
            attribution_paragraph: None,
            notes: vec![],
        });
        b.language = Language::Ru;
        assert_eq!(
            validate(&b),
            Vec::new(),
            "«Анфимова» is Анфимов, and «он» refers to him"
        );
        // In English the same letters name no one: the surname must stand as printed.
        b.language = Language::En;
        assert_eq!(
            paths(&b),
            ["statements[0].speaker", "statements[1].speaker"]
        );
    }

    #[test]
    fn an_organisation_speaks_by_its_name_and_the_words_that_print_it() {
        let mut b = sample();
        b.statements[0].speaker = Speaker::Organisation("Press Service".into());
        assert_eq!(validate(&b), Vec::new());
        b.statements[0].speaker = Speaker::Organisation(" ".into());
        assert_eq!(paths(&b), ["statements[0].speaker.organisation"]);
        b.statements[0].speaker = Speaker::Organisation("Press Service".into());
        b.statements[0].speaker_as_printed = "the Executive Committee".into();
        assert_eq!(paths(&b), ["statements[0].speaker_as_printed"]);
    }

    #[test]
    fn words_credited_to_no_one_name_no_one() {
        let mut b = sample();
        b.statements[0].speaker = Speaker::NotReported;
        assert_eq!(paths(&b), ["statements[0].speaker_as_printed"]);
        b.statements[0].speaker_as_printed = String::new();
        assert_eq!(paths(&b), Vec::<String>::new());
    }

    #[test]
    fn a_draft_may_only_list_guesses_the_brief_holds_and_facts_its_paragraphs_give() {
        let mut b = sample();
        let guess = |path: &str, why: &str| ToConfirm {
            path: path.into(),
            why: why.into(),
        };
        let fact = |text: &str| Sourced {
            text: text.into(),
            paragraph: "p3".into(),
            statement: None,
        };
        b.draft = Some(Draft {
            to_confirm: vec![
                guess("people[0]", "a title before the name"),
                guess("people[1]", "no second person"),
                guess("statements[0].text", "not a guess a draft makes"),
                guess("article.headline", ""),
            ],
            left_out: vec!["Recent Posts".into()],
            candidate_facts: vec![fact("133 observers"), fact("134 observers")],
        });
        assert_eq!(
            paths(&b),
            [
                "draft.to_confirm[1].path",
                "draft.to_confirm[2].path",
                "draft.to_confirm[3].why",
                "draft.candidate_facts[1].text",
            ]
        );
        b.draft.as_mut().unwrap().left_out = vec!["a hidden\u{202E}turn".into()];
        assert!(paths(&b).contains(&"draft.left_out[0]".to_string()));
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
        let line = b.article.date_line.as_mut().unwrap();
        line.date = "2024-09-31".into();
        line.time = "8:06 pm".into();
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
        // All of them long-term is possible.
        let count = b.missions[0].observers.as_mut().unwrap();
        count.long_term = Some(133);
        count.text = "133 observers, 133".into();
        b.article.paragraphs[2].text.push_str(" 133 observers, 133");
        assert_eq!(paths(&b), Vec::<String>::new());
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

    #[test]
    fn reported_speech_relabelled_as_a_direct_quote_is_refused() {
        let mut b = sample();
        b.statements.push(Statement {
            id: "count".into(),
            speaker: Speaker::Person("anfimov".into()),
            speaker_as_printed: "Anfimov".into(),
            date: None,
            kind: StatementKind::DirectQuote,
            text: "Anfimov said the mission includes 133 observers".into(),
            paragraph: "p3".into(),
            attribution_paragraph: None,
            notes: vec![],
        });
        let problems = validate(&b);
        assert_eq!(
            problems,
            [Problem {
                path: "statements[1].kind".into(),
                message: "\"Anfimov said the mission includes 133 observers\" is not a quotation in \
                          paragraph p3: a direct quote is all the words inside one pair of quotation \
                          marks; words the article reports are reported_speech"
                    .into()
            }]
        );
        b.statements[1].kind = StatementKind::ReportedSpeech;
        assert_eq!(validate(&b), vec![], "as reported speech it is sound");
    }

    #[test]
    fn part_of_a_quotation_is_not_a_direct_quote() {
        let mut b = sample();
        b.article.paragraphs[2].text = b.article.paragraphs[2]
            .text
            .replace("“We observe,”", "“We observe closely,”");
        assert_eq!(paths(&b), ["statements[0].kind"]);
    }

    #[test]
    fn a_quote_credited_to_someone_else_than_the_article_credits_is_refused() {
        let mut b = sample();
        b.people.push(Person {
            id: "niyazaliyev".into(),
            name: "Nuran Niyazaliyev".into(),
            role: Sourced {
                text: "Anfimov".into(),
                paragraph: "p3".into(),
                statement: None,
            },
        });
        b.statements[0].speaker = Speaker::Person("niyazaliyev".into());
        assert_eq!(
            validate(&b),
            [Problem {
                path: "statements[0].speaker".into(),
                message:
                    "the article credits these words to Leonid Anfimov, not Nuran Niyazaliyev: \
                          \"he\" in paragraph p3 refers to the person named last before it"
                        .into()
            }]
        );
        // Words that name the speaker must name the one credited.
        b.statements[0].speaker_as_printed = "Anfimov".into();
        assert_eq!(
            validate(&b)[0].message,
            "the article credits these words to Leonid Anfimov, not Nuran Niyazaliyev: \"Anfimov\" names them"
        );
    }

    #[test]
    fn the_speakers_words_must_be_whole_words_outside_the_quotation() {
        let mut b = sample();
        // "he" stands in "the" and "The", never as a word of its own here.
        b.article.paragraphs[2].text = "Anfimov said the mission includes 133 observers, 10 of whom stay. “We observe,” the head noted.".into();
        b.statements[0].speaker_as_printed = "he".into();
        assert_eq!(
            validate(&b)[0].message,
            "\"he\" does not occur as a word in paragraph p3; copy the words the article names the speaker by"
        );
        b.article.paragraphs[2].text = "Anfimov said the mission includes 133 observers, 10 of whom stay. “We observe, he said,” it went on.".into();
        b.statements[0].text = "We observe, he said".into();
        assert_eq!(
            validate(&b)[0].message,
            "\"he\" occurs in paragraph p3 only inside quotation marks, where it is not who is speaking"
        );
    }

    #[test]
    fn a_person_named_nowhere_before_cannot_be_tied_to_a_pronoun() {
        let mut b = sample();
        b.article.paragraphs[2].text = "Someone said the mission includes 133 observers, 10 of whom stay. “We observe,” he said.".into();
        b.people[0].role.text = "Someone".into();
        assert_eq!(
            validate(&b),
            [Problem {
                path: "statements[0].speaker".into(),
                message: "the article does not tie these words to Leonid Anfimov: \"he\" does not name them and no person is named before it".into()
            }]
        );
    }

    #[test]
    fn every_format_character_is_refused_by_its_code_point() {
        for (c, named) in [
            ('\u{061C}', "U+061C ARABIC LETTER MARK"),
            ('\u{E0041}', "U+E0041 TAG “A”"),
            ('\u{2061}', "U+2061 FUNCTION APPLICATION"),
            ('\u{206A}', "U+206A, a format character"),
        ] {
            let mut b = sample();
            b.events[0].label = format!("Meet{c}ing");
            assert_eq!(
                validate(&b),
                [Problem {
                    path: "events[0].label".into(),
                    message: format!(
                        "contains {named}, a hidden character that changes how the text reads; remove it"
                    ),
                }]
            );
        }
    }

    #[test]
    fn a_control_character_is_refused_by_its_code_point_but_a_tab_is_not() {
        let mut b = sample();
        b.events[0].label = "Meet\u{0}ing".into();
        b.editor_notes[0].text = "A\u{1B} note.".into();
        b.article.byline = Some("Jeffrey\tRoundtree".into());
        assert_eq!(
            validate(&b),
            [
                Problem {
                    path: "events[0].label".into(),
                    message:
                        "contains U+0000 NULL, a control character that no text holds; remove it"
                            .into(),
                },
                Problem {
                    path: "editor_notes[0].text".into(),
                    message: "contains U+001B, a control character that no text holds; remove it"
                        .into(),
                },
            ]
        );
    }

    #[test]
    fn a_backspace_and_a_form_feed_are_found_though_json_writes_them_as_letters() {
        let mut b = sample();
        b.events[0].label = "Meet\u{8}ing".into();
        b.editor_notes[0].text = "A\u{C} note.".into();
        b.article.byline = Some("\"Jeffrey\"\\Roundtree/\r\n".into());
        let hidden: Vec<String> = validate(&b).into_iter().map(|p| p.path).collect();
        assert_eq!(hidden, ["events[0].label", "editor_notes[0].text"]);
    }

    #[test]
    fn a_hidden_character_the_file_writes_as_an_escape_is_found_from_its_text() {
        let sound = sample();
        let text = serde_json::to_string(&sound).unwrap();
        assert_eq!(validate_text(&sound, &text), vec![]);
        let mut b = sample();
        b.editor_notes[0].text = "A\u{200B} note.".into();
        let text = serde_json::to_string(&b)
            .unwrap()
            .replace('\u{200B}', "\\u200b");
        assert!(text.contains(r"A\u200b note."));
        let hidden: Vec<String> = validate_text(&b, &text)
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(hidden, ["editor_notes[0].text"]);
    }

    #[test]
    fn sourced_words_are_found_wherever_they_stand_after_any_number_of_false_starts() {
        assert!(stands_in("Anfimov said: we observe.", "we observe"));
        assert!(stands_in("Мы наблюдаем за выборами.", "наблюдаем"));
        // Twenty places where the first letter stands but not the words, then the words:
        // found past the places tried one by one.
        let after_false_starts = format!("{}ab", "a".repeat(20));
        assert!(stands_in(&after_false_starts, "ab"));
        let in_cyrillic = format!("{}на", "н".repeat(20));
        assert!(stands_in(&in_cyrillic, "на"));

        assert!(!stands_in(&"a".repeat(40), "ab"));
        assert!(!stands_in(&"н".repeat(40), "на"));
        assert!(!stands_in("Мы наблюдаем за выборами.", "Наблюдаем"));
        assert!(!stands_in("we observe", "we observe the vote"));
    }

    #[test]
    fn only_json_with_a_hidden_character_or_an_unusual_escape_may_hide_one() {
        assert!(!may_hide(r#"{"a":"\"Meeting\" \\ a/b\n\r\t «ё»"}"#));
        for json in [
            r#"{"a":"\b"}"#,
            r#"{"a":"\f"}"#,
            r#"{"a":"\u0001"}"#,
            "{\"a\":\"\u{200B}\"}",
            "{\"a\":\"\u{7F}\"}",
            "{\"a\":\"\u{1F}\"}",
            "{\"a\":\"\\",
            // After several stops on the way: escapes, letters beyond ASCII.
            "{\"a\":\"«ё» \\\" a/b \\n c \u{200B}\"}",
        ] {
            assert!(may_hide(json), "{json}");
        }
    }

    #[test]
    fn a_word_is_plain_only_when_all_its_bytes_are_printable_ascii_other_than_a_backslash() {
        assert!(plain_word(*b" ~azAZ09"));
        assert!(plain_word(*b"[]\"/{}:,"));
        for odd in [0x00, b'\t', 0x1F, b'\\', 0x7F, 0x80, 0xC2, 0xFF] {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = odd;
                assert!(!plain_word(word), "{odd:#x} at {at}");
            }
        }
    }

    #[test]
    fn a_hidden_character_or_an_escape_is_found_wherever_it_stands_among_plain_letters() {
        for length in 0..17 {
            let plain = "a".repeat(length);
            assert!(may_hide(&format!("{plain}\u{200B}{plain}")), "{length}");
            assert!(may_hide(&format!("{plain}\\u0041{plain}")), "{length}");
            assert!(may_hide(&format!("{plain}\u{7F}")), "{length}");
            assert!(!may_hide(&format!("{plain}ё\\n{plain}\t")), "{length}");
        }
    }

    #[test]
    fn a_hidden_character_is_found_in_every_part_of_a_sourced_value() {
        let mut b = sample();
        b.people[0].role.text.push('\u{200B}');
        b.missions[0].principles[0].text.push('\u{200B}');
        b.missions[0].principles[0].statement = Some("we-observe\u{200B}".into());
        b.events[0]
            .place
            .as_mut()
            .unwrap()
            .paragraph
            .push('\u{200B}');
        let hidden: Vec<String> = validate(&b)
            .into_iter()
            .filter(|p| p.message.contains("U+200B ZERO WIDTH SPACE"))
            .map(|p| p.path)
            .collect();
        assert_eq!(
            hidden,
            [
                "people[0].role.text",
                "missions[0].principles[0].text",
                "missions[0].principles[0].statement",
                "events[0].place.paragraph"
            ]
        );
    }

    #[test]
    fn the_string_walk_covers_fields_that_no_list_names() {
        // A model with a field added later, nested in an option and a list: the walk finds it
        // from the serialisation alone.
        #[derive(serde::Serialize)]
        struct Later {
            words: Option<String>,
            count: u32,
        }
        #[derive(serde::Serialize)]
        struct Model {
            known: String,
            added_later: Vec<Later>,
            absent: Option<String>,
        }
        let model = Model {
            known: "a".into(),
            added_later: vec![
                Later {
                    words: None,
                    count: 1,
                },
                Later {
                    words: Some("b".into()),
                    count: 2,
                },
            ],
            absent: None,
        };
        let mut seen = Vec::new();
        each_string(&model, &mut |path, text| {
            seen.push((path.to_string(), text.to_string()))
        });
        assert_eq!(
            seen,
            [
                ("known".to_string(), "a".to_string()),
                ("added_later[1].words".to_string(), "b".to_string()),
            ]
        );
    }

    #[test]
    fn a_hidden_character_in_a_speaker_or_the_schema_field_is_found() {
        let mut b = sample();
        b.schema = Some("schema\u{200B}".into());
        b.statements[0].speaker = Speaker::Person("anfimov\u{200B}".into());
        let hidden: Vec<String> = validate(&b)
            .into_iter()
            .filter(|p| p.message.contains("U+200B ZERO WIDTH SPACE"))
            .map(|p| p.path)
            .collect();
        assert_eq!(hidden, ["$schema", "statements[0].speaker.person"]);
    }

    #[test]
    fn a_person_s_role_must_be_the_article_s_words_and_ids_unique() {
        let mut b = sample();
        b.people[0].role.text = "Anfimov, the head".into();
        assert_eq!(paths(&b), ["people[0].role.text"]);
        let mut b = sample();
        b.people.push(Person {
            name: "Igor Karpenko".into(),
            ..b.people[0].clone()
        });
        assert_eq!(paths(&b), ["people[1].id"]);
    }

    #[test]
    fn an_attribution_names_a_source_in_its_own_words() {
        for source_name in ["", "News Agency"] {
            let mut b = sample();
            b.article.attribution.as_mut().unwrap().source_name = source_name.into();
            assert_eq!(
                paths(&b),
                ["article.attribution.source_name"],
                "{source_name:?}"
            );
        }
    }

    #[test]
    fn an_id_longer_than_a_link_carries_is_refused() {
        let mut b = sample();
        b.editor_notes[0].id = "n".repeat(MAX_ID_LEN);
        b.events[0].notes = vec![b.editor_notes[0].id.clone()];
        assert_eq!(validate(&b), vec![]);
        b.editor_notes[0].id.push('n');
        b.events[0].notes = vec![b.editor_notes[0].id.clone()];
        assert_eq!(paths(&b), ["editor_notes[0].id"]);
    }
}
