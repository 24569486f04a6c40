//! Small pieces every view uses: links to a claim's source paragraph and statement, links to
//! editor's notes, text with marks, "not reported", a draft's unconfirmed marks, a copy button,
//! and a part taken over in its own turn.

mod copy_button;
mod in_turn;
mod marked_text;
mod not_reported;
mod note_links;
mod source_link;
mod statement_link;
mod unconfirmed;

pub use copy_button::CopyButton;
pub use in_turn::{next_turn, take_over_in_turn, InTurn};
pub use marked_text::MarkedText;
pub use not_reported::NotReported;
pub use note_links::NoteLinks;
pub use source_link::SourceLink;
pub use statement_link::StatementLink;
pub use unconfirmed::Unconfirmed;
