//! observer-brief: one news report about election observation, as an article, mission cards
//! and a timeline of statements that all lead back to the sentence they came from.

pub mod components;
pub mod date;
pub mod load;
pub mod model;
pub mod selection;
pub mod timeline;
pub mod validate;

/// Mounts the app into the page's body, replacing the static loading notice.
pub fn mount() {
    if let Some(notice) = leptos::prelude::document().get_element_by_id("boot-loading") {
        notice.remove();
    }
    leptos::mount::mount_to_body(|| leptos::view! { <components::App/> });
}
