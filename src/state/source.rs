//! The brief's data file: which addresses it may be fetched from, and the fetch itself, as a
//! Leptos resource that the app reads and Retry refetches.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use gloo_net::http::{Request, Response};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, RequestCache, RequestCredentials};

use crate::data::model::Brief;
use crate::data::parse::{is_json_type, parse_brief, text_of, LoadError, STALL_SECONDS};
use crate::embed::origin::{
    has_credentials, is_allowed, origin_of, parse_allowlist, BUILD_ALLOWLIST,
};

/// Whether data from `url` may be shown by a brief whose folder is `base`: http(s) on the
/// brief's own origin or on an origin of `allowlist` (the deployer's, when building). Otherwise
/// says which origin (or kind of address) it is, for the refusal.
fn allowed(url: &web_sys::Url, base: &str, allowlist: &str) -> Result<(), String> {
    let own = origin_of(base).unwrap_or_default();
    match origin_of(&url.href()) {
        Some(origin) if is_allowed(&origin, &own, &parse_allowlist(allowlist).0) => Ok(()),
        Some(origin) => Err(origin),
        None => Err(format!("a “{}” address", url.protocol())),
    }
}

/// The brief's folder, or the page's own address when none is given.
fn base_or_page(base: &str) -> String {
    if base.is_empty() {
        document().url().unwrap_or_default()
    } else {
        base.to_string()
    }
}

/// The absolute address of data file `src` for a brief whose folder is `base` (the page's own
/// address when empty), or why it may not be loaded: only http(s) on the brief's own origin or
/// on an origin the deployer allowed when building.
pub fn data_url(src: &str, base: &str) -> Result<String, LoadError> {
    data_url_allowing(src, base, BUILD_ALLOWLIST)
}

/// [`data_url`] with another list of allowed origins than the build's (for tests).
pub fn data_url_allowing(src: &str, base: &str, allowlist: &str) -> Result<String, LoadError> {
    let base = base_or_page(base);
    let refused = |origin: String| LoadError::Refused {
        file: src.into(),
        origin,
    };
    let url = web_sys::Url::new_with_base(src, &base)
        .map_err(|_| refused("an address that cannot be read".into()))?;
    allowed(&url, &base, allowlist).map_err(refused)?;
    if has_credentials(&url.href()) {
        return Err(LoadError::Credentials { file: src.into() });
    }
    Ok(url.href())
}

/// Gives up a request when nothing has come for [`STALL_SECONDS`]: each sign of life (the
/// headers, a piece of the body) restarts the count, so a slow file that keeps arriving is
/// never cut off, while a server that sends its headers and then nothing is. Giving up aborts
/// the request, which makes whatever awaits it fail; `stalled` then says why.
struct Watchdog {
    controller: AbortController,
    stalled: Rc<Cell<bool>>,
    timer: RefCell<Option<TimeoutHandle>>,
}

impl Watchdog {
    fn new() -> Option<Self> {
        let watchdog = Self {
            controller: AbortController::new().ok()?,
            stalled: Rc::new(Cell::new(false)),
            timer: RefCell::new(None),
        };
        watchdog.alive();
        Some(watchdog)
    }

    /// Something arrived: the count starts again.
    fn alive(&self) {
        if let Some(timer) = self.timer.borrow_mut().take() {
            timer.clear();
        }
        let (controller, stalled) = (self.controller.clone(), self.stalled.clone());
        let timer = set_timeout_with_handle(
            move || {
                stalled.set(true);
                controller.abort();
            },
            Duration::from_secs(STALL_SECONDS.into()),
        );
        *self.timer.borrow_mut() = timer.ok();
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.borrow_mut().take() {
            timer.clear();
        }
    }
}

/// Fetches `url` asking for JSON, without cookies, revalidating any cached copy, aborted by
/// `watchdog` when it stalls. A failure is described as the browser names it ("TypeError:
/// Failed to fetch"): gloo-net's error shows the JavaScript error's `toString()`. gloo-net 0.6
/// ends an address that has a query with an extra `&` (gloo issue #498); addresses without one
/// are sent as given.
async fn fetch(url: &str, watchdog: Option<&Watchdog>) -> Result<Response, String> {
    let signal = watchdog.map(|w| w.controller.signal());
    Request::get(url)
        .credentials(RequestCredentials::Omit)
        .cache(RequestCache::NoCache)
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|error| error.to_string())
}

/// The body of `response` as text, read a piece at a time so that each piece tells `watchdog`
/// the file is still coming; decoded as [`text_of`] says.
async fn body_text(response: &Response, watchdog: Option<&Watchdog>) -> Result<String, String> {
    let failed = |error: wasm_bindgen::JsValue| {
        js_sys::Error::from(error)
            .to_string()
            .as_string()
            .unwrap_or_default()
    };
    let Some(stream) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    // The pieces stay as the browser gave them until the last has come, and are then copied into
    // the wasm once: a vector grown piece by piece was zero-filled and moved megabytes at a time
    // (about 9 ms for each piece of 1.8 MB in a file of 10,000 statements).
    let mut pieces = Vec::new();
    let mut length = 0;
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(failed)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(failed)?;
        if done.is_truthy() {
            break;
        }
        let piece: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .map_err(failed)?
            .dyn_into()
            .map_err(failed)?;
        length += piece.length();
        pieces.push(piece);
        if let Some(watchdog) = watchdog {
            watchdog.alive();
        }
    }
    let whole = js_sys::Uint8Array::new_with_length(length);
    let mut at = 0;
    for piece in &pieces {
        whole.set(piece, at);
        at += piece.length();
    }
    Ok(text_of(whole.to_vec()))
}

/// Fetches data file `file` of a brief whose folder is `base` and reads it as a brief; messages
/// name the file as `file`. A refused origin is never contacted. The request carries no
/// cookies, asks for JSON and revalidates any cached copy; a redirect that ends on an origin
/// the brief may not show is refused before the answer is read.
pub async fn fetch_brief(file: &str, base: &str) -> Result<Brief, LoadError> {
    let url = &data_url(file, base)?;
    let watchdog = Watchdog::new();
    let network = |detail: String| {
        if watchdog.as_ref().is_some_and(|w| w.stalled.get()) {
            LoadError::Stalled { file: file.into() }
        } else {
            LoadError::Network {
                file: file.into(),
                detail,
            }
        }
    };
    let response = fetch(url, watchdog.as_ref()).await.map_err(network)?;
    if let Some(watchdog) = &watchdog {
        watchdog.alive();
    }
    // Where the answer came from after redirects: checked as the address asked for was.
    if let Ok(final_url) = web_sys::Url::new(&response.url()) {
        allowed(&final_url, base_or_page(base).as_str(), BUILD_ALLOWLIST).map_err(|origin| {
            LoadError::Refused {
                file: file.into(),
                origin,
            }
        })?;
    }
    if !response.ok() {
        let reason = response.status_text();
        return Err(LoadError::Status {
            file: file.into(),
            status: response.status(),
            status_text: if reason.is_empty() {
                String::new()
            } else {
                format!(" {reason}")
            },
        });
    }
    // A proxy or CDN error page can arrive with status 200; its content type gives it away.
    if let Some(content_type) = response.headers().get("content-type") {
        if !is_json_type(&content_type) {
            return Err(LoadError::NotJson {
                file: file.into(),
                content_type,
            });
        }
    }
    let text = body_text(&response, watchdog.as_ref())
        .await
        .map_err(network)?;
    drop(watchdog);
    parse_brief(file, &text)
}

/// What loading gives: the brief, or why it cannot be shown.
pub type Loaded = Result<Arc<Brief>, LoadError>;

/// The data file `file` (relative to the brief's folder `base`), asked for as soon as the
/// resource is made and again on `refetch()`. A refused origin is answered at once, without a
/// request.
pub fn brief_resource(file: String, base: String) -> LocalResource<Loaded> {
    LocalResource::new(move || {
        let (file, base) = (file.clone(), base.clone());
        let mut loading = Box::pin(async move { fetch_brief(&file, &base).await.map(Arc::new) });
        // A local resource first polls its future a tick after making it, once the app around
        // it has been built and put on the page. Polled once now, the browser is asked for the
        // file before that. The waker does not matter: the resource polls again, and that
        // poll leaves its own.
        let asked = loading
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()));
        async move {
            match asked {
                Poll::Ready(loaded) => loaded,
                Poll::Pending => loading.await,
            }
        }
    })
}
