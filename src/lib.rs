//! observer-brief: one news report about election observation, as an article, mission cards
//! and a timeline of statements that all lead back to the sentence they came from.

pub mod components;
pub mod date;
pub mod load;
pub mod model;
pub mod selection;
pub mod timeline;
pub mod validate;

/// Logs panics to the console and tells the reader, instead of leaving a frozen page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let document = leptos::prelude::document();
        if let (Ok(notice), Some(body)) = (document.create_element("p"), document.body()) {
            notice.set_class_name("fatal-error");
            notice.set_attribute("role", "alert").ok();
            notice.set_text_content(Some(
                "Something went wrong while showing the brief. Reload the page to try again.",
            ));
            body.prepend_with_node_1(&notice).ok();
        }
    }));
}

/// Mounts the app into the page's body, replacing the static loading notice.
pub fn mount() {
    if let Some(notice) = leptos::prelude::document().get_element_by_id("boot-loading") {
        notice.remove();
    }
    leptos::mount::mount_to_body(|| leptos::view! { <components::App/> });
}
