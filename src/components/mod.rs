//! The views, one component per file.

mod app;
mod article_view;
mod brief_view;
mod context_event;
mod editor_notes;
mod embed_panel;
mod embed_snippet;
mod error_panel;
mod fact_list;
mod loading_state;
mod meeting_card;
mod mission_card;
mod not_reported;
mod note_link;
mod observer_chart;
mod person_with_role;
mod source_link;
mod source_paragraph;
mod statement_entry;
mod statement_link;
mod statement_timeline;

pub use app::App;
pub use article_view::ArticleView;
pub use brief_view::BriefView;
pub use context_event::ContextEvent;
pub use editor_notes::EditorNotes;
pub use embed_panel::EmbedPanel;
pub use embed_snippet::EmbedSnippet;
pub use error_panel::ErrorPanel;
pub use fact_list::FactList;
pub use loading_state::LoadingState;
pub use meeting_card::MeetingCard;
pub use mission_card::MissionCard;
pub use not_reported::NotReported;
pub use note_link::NoteLinks;
pub use observer_chart::ObserverChart;
pub use person_with_role::PersonWithRole;
pub use source_link::SourceLink;
pub use source_paragraph::SourceParagraph;
pub use statement_entry::StatementEntry;
pub use statement_link::StatementLink;
pub use statement_timeline::StatementTimeline;

pub use brief_view::{use_brief, use_placement};
