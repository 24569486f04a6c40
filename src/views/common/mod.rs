//! Small pieces every view uses: links to a claim's source paragraph and statement, links to
//! editor's notes, text with marks, "not reported", a draft's unconfirmed marks, and a copy button.

mod copy_button;
mod marked_text;
mod not_reported;
mod note_links;
mod source_link;
mod statement_link;
mod unconfirmed;

pub use copy_button::CopyButton;
pub use marked_text::MarkedText;
pub use not_reported::NotReported;
pub use note_links::NoteLinks;
pub use source_link::SourceLink;
pub use statement_link::StatementLink;
pub use unconfirmed::Unconfirmed;
