//! What embedding asks of a brief, in plain Rust: the options a link or mount element gives,
//! whose data may be shown, the code the Embed control offers, and the messages exchanged with
//! a parent frame.
//!
//! Depends on nothing else in the crate; the views, the state and the host code all read it.

pub mod code;
pub mod messages;
pub mod options;
pub mod origin;
