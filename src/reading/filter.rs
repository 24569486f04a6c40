//! Narrowing the timeline: by mission (statements by its head), by speaker, by kind (direct
//! quote or reported speech) and by words, and the choices each filter offers.

use crate::data::model::{Brief, Speaker, Statement, StatementKind};
use crate::reading::search;
use crate::reading::timeline::speaker_label;

/// The speaker key of the meeting's participants speaking together.
pub const BOTH_PARTIES: &str = "both_parties";
/// The speaker key of the report itself.
pub const REPORT: &str = "report";

/// What the reader has narrowed the timeline to. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A mission's id: only statements by its head.
    pub mission: Option<String>,
    /// A speaker key ([`speaker_key`]): a person's id, `both_parties` or `report`.
    pub speaker: Option<String>,
    /// Only direct quotes, or only reported speech.
    pub kind: Option<StatementKind>,
    /// Words to find in statements (and, highlighted, in the article).
    pub query: String,
}

impl Filter {
    /// Whether anything is narrowed at all.
    pub fn is_active(&self) -> bool {
        self.mission.is_some()
            || self.speaker.is_some()
            || self.kind.is_some()
            || !self.query.trim().is_empty()
    }

    /// Whether `statement` passes every part of the filter.
    pub fn admits(&self, brief: &Brief, statement: &Statement) -> bool {
        let query = search::fold(self.query.trim());
        self.admits_folded(brief, statement, &searchable(brief, statement), &query)
    }

    /// [`Filter::admits`], given the statement's [`searchable`] text and the query, both folded
    /// once beforehand: a timeline of thousands of statements then filters within a keystroke.
    pub fn admits_folded(
        &self,
        brief: &Brief,
        statement: &Statement,
        folded: &str,
        query: &str,
    ) -> bool {
        let by_mission = self.mission.as_deref().is_none_or(|mission| {
            matches!(&statement.speaker, Speaker::Person(p)
                if brief.mission_headed_by(p).is_some_and(|m| m.id == mission))
        });
        let by_speaker = self
            .speaker
            .as_deref()
            .is_none_or(|key| speaker_key(statement) == key);
        let by_kind = self.kind.is_none_or(|kind| statement.kind == kind);
        let by_words = query.is_empty() || folded.contains(query);
        by_mission && by_speaker && by_kind && by_words
    }

    /// The statements that pass, in file order.
    pub fn apply<'a>(&self, brief: &'a Brief) -> Vec<&'a Statement> {
        let query = search::fold(self.query.trim());
        brief
            .statements
            .iter()
            .filter(|s| self.admits_folded(brief, s, &searchable(brief, s), &query))
            .collect()
    }
}

/// How a kind filter is written in links and form values.
pub fn kind_key(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::DirectQuote => "quote",
        StatementKind::ReportedSpeech => "reported",
    }
}

/// The kind a key names, if any.
pub fn kind_from_key(key: &str) -> Option<StatementKind> {
    match key {
        "quote" => Some(StatementKind::DirectQuote),
        "reported" => Some(StatementKind::ReportedSpeech),
        _ => None,
    }
}

/// What a search looks through for a statement — its words, its speaker's name and how the
/// article names the speaker — folded, one per line so that no match spans two of them.
pub fn searchable(brief: &Brief, statement: &Statement) -> String {
    let name = speaker_label(brief, statement).name;
    search::fold(&format!(
        "{}\n{name}\n{}",
        statement.text, statement.speaker_as_printed
    ))
}

/// A statement's speaker as a filter key: the person's id, `both_parties` or `report`.
pub fn speaker_key(statement: &Statement) -> &str {
    match &statement.speaker {
        Speaker::Person(id) => id,
        Speaker::BothParties => BOTH_PARTIES,
        Speaker::Report => REPORT,
    }
}

/// The speakers a reader can choose, as (key, label), in order of first statement.
pub fn speaker_choices(brief: &Brief) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Vec::new();
    for statement in &brief.statements {
        let key = speaker_key(statement);
        if !choices.iter().any(|(k, _)| k == key) {
            let label = speaker_label(brief, statement).name;
            choices.push((key.to_string(), label));
        }
    }
    choices
}

/// The missions a reader can choose, as (id, label): those whose head made a statement.
pub fn mission_choices(brief: &Brief) -> Vec<(String, String)> {
    brief
        .missions
        .iter()
        .filter(|m| {
            brief
                .statements
                .iter()
                .any(|s| matches!(&s.speaker, Speaker::Person(p) if *p == m.head))
        })
        .map(|m| {
            let head = brief.person(&m.head).map(|p| p.name.as_str()).unwrap_or("");
            (
                m.id.clone(),
                format!("{} (statements by {head})", m.name.text),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::parse_brief;

    fn bundled() -> Brief {
        parse_brief("data/brief.json", include_str!("../../data/brief.json")).unwrap()
    }

    fn ids(brief: &Brief, filter: &Filter) -> Vec<String> {
        filter.apply(brief).iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn no_filter_admits_every_statement() {
        let brief = bundled();
        assert!(!Filter::default().is_active());
        assert_eq!(
            Filter::default().apply(&brief).len(),
            brief.statements.len()
        );
    }

    #[test]
    fn a_speaker_filter_keeps_only_that_speaker() {
        let brief = bundled();
        let filter = Filter {
            speaker: Some("niyazaliyev".into()),
            ..Filter::default()
        };
        let kept = filter.apply(&brief);
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|s| speaker_key(s) == "niyazaliyev"));
        let expected = brief
            .statements
            .iter()
            .filter(|s| matches!(&s.speaker, Speaker::Person(p) if p == "niyazaliyev"))
            .count();
        assert_eq!(kept.len(), expected);
    }

    #[test]
    fn a_mission_filter_keeps_its_heads_statements() {
        let brief = bundled();
        let cis = brief.missions[0].clone();
        let filter = Filter {
            mission: Some(cis.id.clone()),
            ..Filter::default()
        };
        let kept = filter.apply(&brief);
        assert!(!kept.is_empty());
        assert!(kept
            .iter()
            .all(|s| matches!(&s.speaker, Speaker::Person(p) if *p == cis.head)));
    }

    #[test]
    fn kind_and_words_narrow_together() {
        let brief = bundled();
        let quotes = Filter {
            kind: Some(StatementKind::DirectQuote),
            ..Filter::default()
        };
        assert_eq!(quotes.apply(&brief).len(), 4);
        let smooth = Filter {
            kind: Some(StatementKind::DirectQuote),
            query: "SMOOTHLY".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&brief, &smooth), ["niyazaliyev-smooth-elections"]);
        let none = Filter {
            kind: Some(StatementKind::ReportedSpeech),
            query: "smoothly".into(),
            ..Filter::default()
        };
        assert!(none.apply(&brief).is_empty());
    }

    #[test]
    fn words_also_find_the_speakers_name() {
        let brief = bundled();
        let by_name = Filter {
            query: "niyazalıyev".into(),
            ..Filter::default()
        };
        let by_speaker = Filter {
            speaker: Some("niyazaliyev".into()),
            ..Filter::default()
        };
        let named = ids(&brief, &by_name);
        for id in ids(&brief, &by_speaker) {
            assert!(named.contains(&id), "{id}");
        }
    }

    #[test]
    fn the_choices_name_each_speaker_and_mission_once() {
        let brief = bundled();
        let speakers = speaker_choices(&brief);
        let keys: Vec<_> = speakers.iter().map(|(k, _)| k.as_str()).collect();
        assert!(keys.contains(&"anfimov") && keys.contains(&"niyazaliyev"));
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
        let missions = mission_choices(&brief);
        assert_eq!(missions.len(), 2);
        assert!(missions[0].1.contains("statements by Leonid Anfimov"));
    }
}
