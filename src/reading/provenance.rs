//! Which parts of the brief come from each article paragraph: the statements made in it and
//! the facts on the cards that cite it. The article shows this under each paragraph, so a
//! reader can go from a sentence to everything built on it.

use crate::data::model::{Brief, EventKind, Sourced, Statement};

/// What the brief takes from one paragraph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParagraphUses<'a> {
    /// The statements whose words stand in the paragraph.
    pub statements: Vec<&'a Statement>,
    /// How many facts on the mission and meeting cards cite the paragraph.
    pub card_facts: usize,
}

impl ParagraphUses<'_> {
    /// Whether nothing in the brief comes from the paragraph.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && self.card_facts == 0
    }
}

fn paragraphs(facts: &[Sourced]) -> impl Iterator<Item = &str> {
    facts.iter().map(|f| f.paragraph.as_str())
}

/// The paragraphs the cards cite, once per fact, in the order the cards show them.
pub fn card_fact_paragraphs(brief: &Brief) -> Vec<&str> {
    let mut cited: Vec<&str> = Vec::new();
    let role = |id: &str| brief.person(id).map(|p| p.role.paragraph.as_str());
    for mission in &brief.missions {
        cited.push(&mission.name.paragraph);
        cited.push(&mission.organisation.paragraph);
        cited.extend(role(&mission.head));
        cited.extend(mission.observers.as_ref().map(|o| o.paragraph.as_str()));
        cited.extend(paragraphs(&mission.principles));
        cited.extend(paragraphs(&mission.methods));
        cited.extend(paragraphs(&mission.also_stated));
    }
    if let Some(meeting) = brief.events.iter().find(|e| e.kind == EventKind::Meeting) {
        cited.extend(meeting.printed_date.as_ref().map(|d| d.paragraph.as_str()));
        cited.extend(meeting.place.as_ref().map(|p| p.paragraph.as_str()));
        cited.extend(meeting.participants.iter().filter_map(|id| role(id)));
        cited.extend(paragraphs(&meeting.topics));
    }
    cited
}

/// What the brief takes from `paragraph`.
pub fn uses_of<'a>(brief: &'a Brief, paragraph: &str) -> ParagraphUses<'a> {
    ParagraphUses {
        statements: brief
            .statements
            .iter()
            .filter(|s| s.paragraph == paragraph)
            .collect(),
        card_facts: card_fact_paragraphs(brief)
            .into_iter()
            .filter(|p| *p == paragraph)
            .count(),
    }
}

/// "2 statements and 3 card facts", for the line under a paragraph.
pub fn describe(uses: &ParagraphUses) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = Vec::new();
    if !uses.statements.is_empty() {
        parts.push(plural(uses.statements.len(), "statement", "statements"));
    }
    if uses.card_facts > 0 {
        parts.push(plural(uses.card_facts, "card fact", "card facts"));
    }
    parts.join(" and ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::parse_brief;

    fn bundled() -> Brief {
        parse_brief("data/brief.json", include_str!("../../data/brief.json")).unwrap()
    }

    #[test]
    fn every_statement_is_counted_under_its_own_paragraph_once() {
        let brief = bundled();
        let total: usize = brief
            .article
            .paragraphs
            .iter()
            .map(|p| uses_of(&brief, &p.id).statements.len())
            .sum();
        assert_eq!(total, brief.statements.len());
    }

    #[test]
    fn the_observer_count_paragraph_feeds_a_card_and_statements() {
        let brief = bundled();
        let count_paragraph = brief.missions[0]
            .observers
            .as_ref()
            .unwrap()
            .paragraph
            .clone();
        let uses = uses_of(&brief, &count_paragraph);
        assert!(uses.card_facts >= 1);
        assert!(!uses.statements.is_empty());
        assert!(!uses.is_empty());
    }

    #[test]
    fn the_description_counts_in_words() {
        let brief = bundled();
        let one = ParagraphUses {
            statements: vec![&brief.statements[0]],
            card_facts: 1,
        };
        assert_eq!(describe(&one), "1 statement and 1 card fact");
        let facts = ParagraphUses {
            statements: vec![],
            card_facts: 3,
        };
        assert_eq!(describe(&facts), "3 card facts");
        assert!(ParagraphUses::default().is_empty());
    }
}
