//! Which parts of the brief come from each article paragraph: the statements made in it and
//! the facts on the cards that cite it. The article shows this under each paragraph, so a
//! reader can go from a sentence to everything built on it.

use std::collections::HashMap;

use crate::data::model::{Brief, EventKind, Sourced};
use crate::words::{words, Locale};

/// What the brief takes from one paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphUses {
    /// The statements whose words or attribution stand in the paragraph, as indices into the
    /// brief's statements, in file order.
    pub statements: Vec<usize>,
    /// How many facts on the mission and meeting cards cite the paragraph.
    pub card_facts: usize,
}

impl ParagraphUses {
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

/// What the brief takes from each of its paragraphs, in article order: computed once, in one
/// pass over the statements and the cards' facts.
pub fn uses(brief: &Brief) -> Vec<ParagraphUses> {
    let position: HashMap<&str, usize> = brief
        .article
        .paragraphs
        .iter()
        .enumerate()
        .rev()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut uses = vec![ParagraphUses::default(); brief.article.paragraphs.len()];
    for (i, statement) in brief.statements.iter().enumerate() {
        // A statement feeds its words' paragraph and, when another one names its speaker
        // ("He noted:" before a quotation on its own), that paragraph too.
        let from = std::iter::once(&statement.paragraph).chain(&statement.attribution_paragraph);
        for paragraph in from {
            if let Some(&p) = position.get(paragraph.as_str()) {
                uses[p].statements.push(i);
            }
        }
    }
    for cited in card_fact_paragraphs(brief) {
        if let Some(&p) = position.get(cited) {
            uses[p].card_facts += 1;
        }
    }
    uses
}

/// "2 statements and 3 card facts", for the line under a paragraph.
pub fn describe(locale: Locale, uses: &ParagraphUses) -> String {
    let statements = uses.statements.len();
    let facts = uses.card_facts;
    let statements =
        (statements > 0).then(|| words!(locale, uses_statements, count = statements).to_string());
    let facts = (facts > 0).then(|| words!(locale, uses_card_facts, count = facts).to_string());
    match (statements, facts) {
        (Some(statements), Some(facts)) => words!(locale, uses_both, statements, facts).to_string(),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::bundled;

    #[test]
    fn a_paragraph_is_unused_only_with_no_statement_and_no_card_fact() {
        let uses = |statements: Vec<usize>, card_facts: usize| ParagraphUses {
            statements,
            card_facts,
        };
        assert!(uses(vec![], 0).is_empty());
        assert!(!uses(vec![3], 0).is_empty());
        assert!(!uses(vec![], 2).is_empty());
        assert!(!uses(vec![1], 1).is_empty());
    }

    #[test]
    fn each_paragraph_has_the_statements_and_card_facts_that_cite_it() {
        let brief = bundled();
        let ids = |p: &ParagraphUses| {
            p.statements
                .iter()
                .map(|&i| brief.statements[i].id.as_str())
                .collect::<Vec<_>>()
        };
        let found: Vec<(Vec<&str>, usize)> = uses(&brief)
            .iter()
            .map(|p| (ids(p), p.card_facts))
            .collect();
        assert_eq!(
            found,
            [
                (vec!["leaders-discussed-preparations"], 3),
                (vec![], 0),
                (vec!["report-meeting"], 9),
                (vec!["interlocutors-discussed-activities"], 1),
                (vec!["report-transparent-campaign"], 0),
                (vec!["anfimov-observer-count", "anfimov-principles"], 3),
                (vec!["anfimov-working-methods"], 2),
                (
                    vec!["niyazaliyev-experience", "niyazaliyev-familiarisation"],
                    2
                ),
                (vec!["niyazaliyev-smooth-elections"], 0),
                (vec!["parties-discussed-progress"], 3),
            ]
        );
    }

    #[test]
    fn a_statement_feeds_the_paragraph_that_names_its_speaker_too() {
        let mut brief = bundled();
        // Niyazaliyev's quote in p9 as if "he stressed" stood in p8, the paragraph before.
        let at = brief
            .statements
            .iter()
            .position(|s| s.id == "niyazaliyev-smooth-elections")
            .unwrap();
        brief.statements[at].attribution_paragraph = Some("p8".into());
        let found = uses(&brief);
        assert_eq!(
            found[7].statements.len(),
            3,
            "p8: its two statements and the quote it credits"
        );
        assert!(found[7].statements.contains(&at));
        assert_eq!(found[8].statements, [at], "p9 still has the quote");
        assert_eq!(
            describe(Locale::en, &found[7]),
            "3 statements and 2 card facts"
        );
    }

    #[test]
    fn the_description_counts_in_words() {
        let one = ParagraphUses {
            statements: vec![0],
            card_facts: 1,
        };
        assert_eq!(describe(Locale::en, &one), "1 statement and 1 card fact");
        let facts = ParagraphUses {
            statements: vec![],
            card_facts: 3,
        };
        assert_eq!(describe(Locale::en, &facts), "3 card facts");
        let two = ParagraphUses {
            statements: vec![0, 1],
            card_facts: 0,
        };
        assert_eq!(describe(Locale::en, &two), "2 statements");
        assert!(ParagraphUses::default().is_empty());
        assert_eq!(describe(Locale::en, &ParagraphUses::default()), "");
    }
}
