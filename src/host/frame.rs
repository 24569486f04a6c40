//! Talking to the page that frames an embedded brief: its height now and whenever it changes,
//! and answers to the parent's requests for it, in the forms of [`crate::embed::messages`].
//! Messages *to* the brief are only acted on when they come from the parent window and from
//! the origin the host gave (`parentUrl` or `parentOrigin`, else the referrer).

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::messages::{parse_pym_message, pym_message, PLAIN_HEIGHT, PLAIN_MEASURE};
use crate::embed::options::Options;
use crate::embed::origin::origin_of;

/// The brief's end of the conversation with its parent frame.
struct Channel {
    parent: web_sys::Window,
    /// `Some` when pym.js embeds us.
    pym_child_id: Option<String>,
    /// Where height messages go: the parent's origin when known, else any.
    target_origin: String,
    last_height: Cell<i32>,
}

impl Channel {
    /// Tells the parent the brief's height, unless it has not changed and nobody asked.
    fn send_height(&self, asked: bool) {
        let Some(root) = leptos::prelude::document().document_element() else {
            return;
        };
        let height = root.get_bounding_client_rect().height().ceil() as i32;
        if !asked && height == self.last_height.get() {
            return;
        }
        self.last_height.set(height);
        let message: JsValue = match &self.pym_child_id {
            Some(id) => pym_message(id, "height", &height.to_string()).into(),
            None => {
                let object = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&object, &"type".into(), &PLAIN_HEIGHT.into());
                let _ = js_sys::Reflect::set(&object, &"height".into(), &height.into());
                object.into()
            }
        };
        let _ = self.parent.post_message(&message, &self.target_origin);
    }

    /// Whether a message asks for the height again.
    fn asks_for_height(&self, data: &JsValue) -> bool {
        match &self.pym_child_id {
            Some(id) => data
                .as_string()
                .is_some_and(|d| matches!(parse_pym_message(&d, id), Some(("width", _)))),
            None => js_sys::Reflect::get(data, &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|t| t == PLAIN_MEASURE),
        }
    }
}

/// When the page is framed, reports its height to the parent now and whenever it changes, and
/// answers the parent's requests for it. Does nothing when the page is not in a frame.
pub fn connect(options: &Options) {
    let window = leptos::prelude::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let expected_origin = options
        .parent_url
        .as_deref()
        .and_then(origin_of)
        .or_else(|| origin_of(&leptos::prelude::document().referrer()));
    let channel = Rc::new(Channel {
        parent: parent.clone(),
        pym_child_id: options.pym_child_id.clone(),
        target_origin: expected_origin.clone().unwrap_or_else(|| "*".into()),
        last_height: Cell::new(-1),
    });

    // Filters, expanded entries, web fonts and a narrower window all change the height.
    let on_resize = {
        let channel = channel.clone();
        Closure::<dyn Fn()>::new(move || channel.send_height(false))
    };
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        leptos::prelude::document().document_element(),
    ) {
        observer.observe(&root);
    }
    // Both live as long as the page.
    on_resize.forget();

    // It lives as long as the page.
    EventListener::new(&window, "message", move |event| {
        let event = event.unchecked_ref::<web_sys::MessageEvent>();
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
        let from_expected_origin = expected_origin.as_deref() == Some(event.origin().as_str());
        if from_parent && from_expected_origin && channel.asks_for_height(&event.data()) {
            channel.send_height(true);
        }
    })
    .forget();
}
