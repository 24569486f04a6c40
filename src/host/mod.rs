//! The brief on a real page: mounting it as the whole page or into a host page's elements (each
//! in a shadow root), talking to a parent frame, and telling the reader when something panics.
//!
//! The only module that reaches the views, and only through [`crate::views::App`].

pub mod frame;
pub mod mount;
pub mod panic;
