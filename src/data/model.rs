//! The data model of a brief: the article, its people, missions, statements, events and
//! editor's notes, exactly as `data/brief.json` holds them.
//!
//! Every type refuses unknown fields, so a misspelt key in an edited file is an error with a
//! path rather than a silently missing fact. Facts carry the id of the paragraph they come
//! from; `validate` checks that the words really stand there.

use serde::{Deserialize, Serialize};

/// A whole brief: everything the three views show.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brief {
    /// The JSON Schema the file follows, for editors' tools (`"schema/brief.schema.json"`); the
    /// brief itself does not use it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The language the report is written in; the reader's own words follow it unless the
    /// reader asks for another.
    pub language: Language,
    /// The news report itself.
    pub article: Article,
    /// The people the report names.
    pub people: Vec<Person>,
    /// One record per observer mission.
    pub missions: Vec<Mission>,
    /// Every statement the report carries, in the order it prints them.
    pub statements: Vec<Statement>,
    /// Dated events: the meeting, election day, the page's date line.
    pub events: Vec<Event>,
    /// Visible remarks where the source is unclear or contradicts itself.
    pub editor_notes: Vec<EditorNote>,
    /// Present only in a draft made by `new-brief`: what it guessed, for an editor to confirm.
    /// The page marks every value listed here as unconfirmed; a finished brief has no draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
}

/// A language a brief can be written in, as its BCP 47 tag (`"en"`, `"ru"`, `"az"`).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Azerbaijani, in its Latin alphabet.
    Az,
}

impl Language {
    /// Every language, in the order a chooser lists them.
    pub const ALL: [Language; 3] = [Language::En, Language::Ru, Language::Az];

    /// The BCP 47 tag, as `lang` attributes and the data file write it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Az => "az",
        }
    }

    /// The language whose tag this is, if it is one of ours. Case and a region or script
    /// subtag are ignored (`"az-Latn-AZ"` is Azerbaijani), as BCP 47 matching allows.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?;
        Language::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(primary))
    }
}

/// The report as the page prints it, without the site's furniture.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The headline, verbatim.
    pub headline: String,
    /// The page's breadcrumb trail, verbatim (its last item is truncated on the page).
    pub breadcrumb: Vec<String>,
    /// The date line printed above the article; `null` when the page prints none.
    #[serde(default)]
    pub date_line: Option<DateLine>,
    /// The outlet the page credits for the report (in its attribution paragraph); the page
    /// does not name its own publisher. `null` when not reported.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Whom the outlet credits for the report; `null` when not reported.
    #[serde(default)]
    pub attribution: Option<Attribution>,
    /// The author named in the page's author box; `null` when not reported.
    #[serde(default)]
    pub byline: Option<String>,
    /// The body, one entry per paragraph, verbatim.
    pub paragraphs: Vec<Paragraph>,
}

/// The date line as printed, with the date and time it names in machine form.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateLine {
    /// Verbatim, e.g. "Friday, September 20, 2024 - 8:06 pm".
    pub text: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// 24-hour time, `HH:MM`; the page gives no time zone.
    pub time: String,
}

/// The outlet's attribution of the report, in its own words.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// The attribution sentence as printed (it occurs in `paragraph`).
    pub text: String,
    /// The credited body's name as printed (it occurs in `text`).
    pub source_name: String,
    /// The paragraph that carries the attribution.
    pub paragraph: String,
}

/// One paragraph of the article body.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Stable id, used in links (`#para-<id>`).
    pub id: String,
    /// The paragraph's words, verbatim.
    pub text: String,
}

/// Words from the article together with the paragraph they stand in.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    /// Verbatim words from the paragraph.
    pub text: String,
    /// The id of the paragraph.
    pub paragraph: String,
    /// The statement these words are taken from, when they are someone's claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// A person the report names.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id, referenced by missions, statements and events.
    pub id: String,
    /// Full name as printed.
    pub name: String,
    /// The title the report gives them.
    pub role: Sourced,
}

/// An election-observer mission.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    /// Stable id.
    pub id: String,
    /// The mission's name as printed.
    pub name: Sourced,
    /// The organisation that sends it.
    pub organisation: Organisation,
    /// The id of the person who heads it.
    pub head: String,
    /// Observer numbers, where the report gives them.
    pub observers: Option<ObserverCount>,
    /// Principles of work as stated.
    pub principles: Vec<Sourced>,
    /// Working methods as stated.
    pub methods: Vec<Sourced>,
    /// Other things the report says of the mission.
    pub also_stated: Vec<Sourced>,
}

/// An organisation, by its full name and abbreviation as printed.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Full name, e.g. "Commonwealth of Independent States".
    pub name: String,
    /// Abbreviation, e.g. "CIS".
    pub abbreviation: String,
    /// The paragraph that gives both.
    pub paragraph: String,
}

/// How many observers a mission has, as the report gives it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObserverCount {
    /// All observers of the mission.
    pub total: u32,
    /// Of those, the ones working in the country on a long-term basis.
    pub long_term: Option<u32>,
    /// The words that give the numbers, verbatim.
    pub text: String,
    /// The paragraph those words stand in.
    pub paragraph: String,
    /// The statement that gives the numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// Who a statement is attributed to.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    /// One named person, by id.
    Person(String),
    /// The meeting's participants together ("the parties", "the interlocutors").
    BothParties,
    /// The press-service report the article quotes ("the report says").
    Report,
    /// An organisation whose words the article reports without naming a person ("отметили в
    /// Исполкоме СНГ", "İcraiyyə Komitəsindən qeyd edilib"): its name, as an editor writes it
    /// (the article may print it declined; `speaker_as_printed` keeps the printed words).
    Organisation(String),
    /// Nobody: the article prints the words without saying who said them.
    NotReported,
}

/// Whether the article quotes the words or reports them.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Words inside quotation marks, verbatim.
    DirectQuote,
    /// The article's own wording of what was said.
    ReportedSpeech,
}

/// One statement the article reports.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable id, used in links (`#statement-<id>`).
    pub id: String,
    /// Who said it.
    pub speaker: Speaker,
    /// How the paragraph names the speaker ("He", "the statement"), verbatim, so that a reader
    /// can check the attribution.
    pub speaker_as_printed: String,
    /// ISO date it was said, or `null` where the article does not say.
    pub date: Option<String>,
    /// Direct quote or reported speech.
    pub kind: StatementKind,
    /// The words, verbatim from the paragraph.
    pub text: String,
    /// The paragraph the words stand in.
    pub paragraph: String,
    /// The paragraph that names the speaker, when it is not `paragraph` but the one just before
    /// it (a lead-in "He noted:" with the quotation as its own paragraph) or just after it
    /// ("This was stated by …"); absent when the quotation's own paragraph names the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution_paragraph: Option<String>,
    /// Editor's notes that bear on this statement.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// What kind of dated event an [`Event`] is.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A meeting the report describes.
    Meeting,
    /// The day of the vote.
    ElectionDay,
    /// The date printed on the page.
    PageDate,
}

/// A dated event that gives the statements their context.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// Meeting, election day or page date.
    pub kind: EventKind,
    /// A short label for the timeline.
    pub label: String,
    /// ISO date.
    pub date: String,
    /// The date as the paragraph prints it; `null` when it comes from the page's date line.
    pub printed_date: Option<Sourced>,
    /// Where it happened, where the report says.
    pub place: Option<Sourced>,
    /// Ids of the people who took part.
    pub participants: Vec<String>,
    /// What was discussed, as stated.
    pub topics: Vec<Sourced>,
    /// Editor's notes that bear on this event.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A visible editor's remark on the source, never a silent correction.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorNote {
    /// Stable id, referenced by statements and events.
    pub id: String,
    /// The remark.
    pub text: String,
    /// The paragraphs it is about.
    pub paragraphs: Vec<String>,
}

/// What `new-brief` guessed in a draft, and what it read but left out of the article.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The values still to confirm, in the order an editor checks them; delete an entry once
    /// its value is checked against the article, and the whole `draft` once none is left.
    pub to_confirm: Vec<ToConfirm>,
    /// Lines of the text file that are not in the article (date line, breadcrumb, author box,
    /// comment form …), verbatim, so that an editor can see nothing was dropped unseen.
    pub left_out: Vec<String>,
    /// Dates and counts the text gives, with their paragraph, for the editor to place in
    /// missions and events.
    pub candidate_facts: Vec<Sourced>,
}

/// One guessed value of a draft.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToConfirm {
    /// What was guessed, e.g. `statements[2].speaker` or `people[0]` (see [`crate::data::draft`]).
    pub path: String,
    /// What the guess is and what it rests on, for the editor.
    pub why: String,
}

impl Brief {
    /// Whether the value at `path` is a draft's guess that no editor has confirmed yet.
    pub fn is_unconfirmed(&self, path: &str) -> bool {
        self.draft
            .as_ref()
            .is_some_and(|d| d.to_confirm.iter().any(|c| c.path == path))
    }

    /// The person with this id, if any.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_index(id).map(|i| &self.people[i])
    }

    /// The position of the person with this id in `people`, if any.
    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    /// The mission this person heads, if any.
    pub fn mission_headed_by(&self, person_id: &str) -> Option<&Mission> {
        self.missions.iter().find(|m| m.head == person_id)
    }

    /// The editor's note with this id, if any.
    pub fn note(&self, id: &str) -> Option<&EditorNote> {
        self.editor_notes.iter().find(|n| n.id == id)
    }

    /// The 1-based position of an editor's note, for labels like "Editor’s note 2".
    pub fn note_number(&self, id: &str) -> Option<usize> {
        self.editor_notes
            .iter()
            .position(|n| n.id == id)
            .map(|i| i + 1)
    }

    /// The 1-based position of a paragraph in the article, for labels like "¶ 3".
    pub fn paragraph_number(&self, id: &str) -> Option<usize> {
        self.article
            .paragraphs
            .iter()
            .position(|p| p.id == id)
            .map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::bundled;

    #[test]
    fn paragraphs_and_notes_are_numbered_from_one_and_unknown_ids_have_none() {
        let b = bundled();
        assert_eq!(b.paragraph_number("p1"), Some(1));
        assert_eq!(b.paragraph_number("p10"), Some(10));
        assert_eq!(b.paragraph_number("p11"), None);
        assert_eq!(b.note_number("election-kind"), Some(1));
        assert_eq!(b.note_number("parties"), Some(5));
        assert_eq!(b.note_number("p1"), None);
        assert_eq!(b.note("iec").map(|n| n.id.as_str()), Some("iec"));
        assert_eq!(b.note("nothing").map(|n| n.id.as_str()), None);
    }

    #[test]
    fn people_and_the_missions_they_head_are_found_by_id() {
        let b = bundled();
        assert_eq!(b.person_index("karpenko"), Some(2));
        assert_eq!(
            b.person("niyazaliyev").map(|p| p.id.as_str()),
            Some("niyazaliyev")
        );
        assert_eq!(b.person("cis"), None);
        assert_eq!(
            b.mission_headed_by("niyazaliyev").map(|m| m.id.as_str()),
            Some("sco")
        );
        assert_eq!(b.mission_headed_by("karpenko").map(|m| m.id.as_str()), None);
    }

    #[test]
    fn only_a_draft_s_listed_paths_are_unconfirmed() {
        let mut b = bundled();
        assert!(
            !b.is_unconfirmed("people[0]"),
            "a finished brief has no guesses"
        );
        b.draft = Some(Draft {
            to_confirm: vec![ToConfirm {
                path: "people[0]".into(),
                why: "a guess".into(),
            }],
            ..Draft::default()
        });
        assert!(b.is_unconfirmed("people[0]"));
        assert!(!b.is_unconfirmed("people[1]"));
    }
}
