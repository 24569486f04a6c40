//! Parts of the brief that the browser takes over one at a time, each in a task of its own.
//!
//! Taking over the pre-rendered page in one go held a phone's main thread for over half a
//! second: taps and keys waited, and Lighthouse counted it all as blocking time. So the page is
//! taken over in turns. The synchronous take-over (`hydrate_from`) passes over each part wrapped
//! in [`InTurn`], leaving its nodes as they are and noting where they stand; the host then calls
//! [`take_over_in_turn`], which gives the browser a turn (input, a frame) before each part's
//! components run and take over its nodes. Rendered at build time, or afresh in the browser, a
//! part is simply its view.
//!
//! The parts are taken over in the order of the page, a part inside another right after it, and
//! a part made by [`InTurn::after`] once every part noted before it is in place.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::renderer::{CastFrom, Rndr};
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::any_view::{AnyViewState, AnyViewWithAttrs};
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// A part of the view taken over in its own turn when the page is taken over (see the module);
/// otherwise made at once, like any view.
pub struct InTurn {
    make: Box<dyn FnOnce() -> AnyView + Send>,
    /// Whether the part is one element (taken over in its place later), or has no nodes at all
    /// (run once the parts before it are in place).
    nodes: Nodes,
}

#[derive(Clone, Copy, PartialEq)]
enum Nodes {
    OneElement,
    None,
}

impl InTurn {
    /// A part whose view is exactly one element; its components run only when its turn comes.
    pub fn new<V>(make: impl FnOnce() -> V + Send + 'static) -> Self
    where
        V: IntoView + 'static,
    {
        Self {
            make: Box::new(move || make().into_any()),
            nodes: Nodes::OneElement,
        }
    }

    /// A part with no nodes of its own (effects, say), run once every part before it has been
    /// taken over.
    pub fn after(run: impl FnOnce() + Send + 'static) -> Self {
        Self {
            make: Box::new(move || {
                run();
                ().into_any()
            }),
            nodes: Nodes::None,
        }
    }

    fn make(self) -> AnyView {
        (self.make)()
    }
}

/// A part passed over by the take-over, waiting for its turn.
struct Waiting {
    owner: Owner,
    make: Box<dyn FnOnce() -> AnyView + Send>,
    /// The part's element on the page (none for a part without nodes).
    element: Option<Element>,
    /// Where the part's state goes once taken over; gone if the brief was unmounted meanwhile.
    slot: Weak<RefCell<Slot>>,
}

thread_local! {
    /// The parts passed over so far, in the order of the page.
    static WAITING: RefCell<VecDeque<Waiting>> = const { RefCell::new(VecDeque::new()) };
}

/// Takes over, one task each, the parts that the synchronous take-over passed over; resolves
/// once every part is in place.
pub async fn take_over_in_turn() {
    while let Some(part) = WAITING.with_borrow_mut(VecDeque::pop_front) {
        next_turn().await;
        let Some(slot) = part.slot.upgrade() else {
            continue;
        };
        // Parts noted inside this one come right after it, before those that followed it.
        let later = WAITING.with_borrow_mut(std::mem::take);
        let state = part.owner.with(|| {
            let view = (part.make)();
            match part.element {
                Some(element) => {
                    let cursor = Cursor::new(element);
                    view.hydrate::<true>(&cursor, &PositionState::new(Position::Current))
                }
                None => view.build(),
            }
        });
        *slot.borrow_mut() = Slot::Taken(state);
        WAITING.with_borrow_mut(|waiting| waiting.extend(later));
    }
}

/// Resolves in a later task of the browser's event loop, so that what waited (input, a frame)
/// runs first. A message to itself rather than a timer: timers set from timers wait at least
/// 4 ms from the fifth on, which a brief of many parts would add up.
pub async fn next_turn() {
    #[cfg(target_arch = "wasm32")]
    {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return;
        };
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel
                .port2()
                .post_message(&wasm_bindgen::JsValue::UNDEFINED);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        channel.port1().set_onmessage(None);
    }
}

/// A part's state: its element while it waits, then the view's own state.
enum Slot {
    Waiting(Option<Element>),
    Taken(AnyViewState),
}

/// The state of an [`InTurn`] part.
pub struct InTurnState(Rc<RefCell<Slot>>);

impl Mountable for InTurnState {
    fn unmount(&mut self) {
        match &mut *self.0.borrow_mut() {
            Slot::Waiting(Some(element)) => Rndr::remove(element.as_ref()),
            Slot::Waiting(None) => {}
            Slot::Taken(state) => state.unmount(),
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match &mut *self.0.borrow_mut() {
            Slot::Waiting(Some(element)) => Rndr::insert_node(parent, element.as_ref(), marker),
            Slot::Waiting(None) => {}
            Slot::Taken(state) => state.mount(parent, marker),
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &*self.0.borrow() {
            Slot::Waiting(Some(element)) => {
                let parent = Rndr::get_parent(element.as_ref()).and_then(Element::cast_from);
                if let Some(parent) = &parent {
                    child.mount(parent, Some(element.as_ref()));
                }
                parent.is_some()
            }
            Slot::Waiting(None) => false,
            Slot::Taken(state) => state.insert_before_this(child),
        }
    }

    fn elements(&self) -> Vec<Element> {
        match &*self.0.borrow() {
            Slot::Waiting(element) => element.iter().cloned().collect(),
            Slot::Taken(state) => state.elements(),
        }
    }
}

impl Render for InTurn {
    type State = InTurnState;

    fn build(self) -> Self::State {
        InTurnState(Rc::new(RefCell::new(Slot::Taken(self.make().build()))))
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut slot = state.0.borrow_mut();
        match &mut *slot {
            Slot::Taken(taken) => self.make().rebuild(taken),
            Slot::Waiting(element) => {
                // Made afresh before its turn came: the new part takes the waiting one's place.
                let mut built = self.make().build();
                if let Some(element) = element.take() {
                    if let Some(parent) = Rndr::get_parent(element.as_ref()) {
                        if let Some(parent) = Element::cast_from(parent) {
                            built.mount(&parent, Some(element.as_ref()));
                        }
                    }
                    Rndr::remove(element.as_ref());
                }
                *slot = Slot::Taken(built);
            }
        }
    }
}

impl AddAnyAttr for InTurn {
    type Output<SomeNewAttr: Attribute> = AnyViewWithAttrs;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self.make().add_any_attr(attr)
    }
}

impl RenderHtml for InTurn {
    type AsyncOutput = AnyView;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        // The part is made now so that its resources are seen, and kept for the render.
        let make = std::mem::replace(&mut self.make, Box::new(|| ().into_any()));
        let mut view = make();
        view.dry_resolve();
        self.make = Box::new(move || view);
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.make().resolve().await
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.make()
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.make().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        )
    }

    /// Passes over the part: notes its element (the next one), moves the cursor past it, and
    /// leaves the rest to [`take_over_in_turn`].
    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let element = (self.nodes == Nodes::OneElement).then(|| {
            match position.get() {
                Position::FirstChild => cursor.child(),
                Position::Current => {}
                _ => cursor.sibling(),
            }
            position.set(Position::NextChild);
            Element::cast_from(cursor.current())
                .expect("a part taken over in turn is one element, where the page has one")
        });
        let slot = Rc::new(RefCell::new(Slot::Waiting(element.clone())));
        WAITING.with_borrow_mut(|waiting| {
            waiting.push_back(Waiting {
                owner: Owner::current().unwrap_or_default(),
                make: self.make,
                element,
                slot: Rc::downgrade(&slot),
            })
        });
        InTurnState(slot)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
