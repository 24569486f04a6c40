//! The brief's data file: which address it may be fetched from, and the fetch itself, as a
//! Leptos resource that the app reads and Retry refetches.

use leptos::prelude::*;

use crate::data::model::Brief;
use crate::data::parse::{is_json_type, parse_brief, LoadError};
use crate::embed::origin::{is_allowed, origin_of, parse_allowlist, BUILD_ALLOWLIST};

/// The absolute address of data file `src` for a brief whose folder is `base` (the page's own
/// address when empty), or why it may not be loaded: only http(s) on the brief's own origin or
/// on an origin the deployer allowed when building.
pub fn data_url(src: &str, base: &str) -> Result<String, LoadError> {
    let base = if base.is_empty() {
        document().url().unwrap_or_default()
    } else {
        base.to_string()
    };
    let refused = |origin: String| LoadError::Refused {
        file: src.into(),
        origin,
    };
    let url = web_sys::Url::new_with_base(src, &base)
        .map_err(|_| refused("an address that cannot be read".into()))?;
    let href = url.href();
    let own = origin_of(&base).unwrap_or_default();
    match origin_of(&href) {
        Some(origin) if is_allowed(&origin, &own, &parse_allowlist(BUILD_ALLOWLIST).0) => Ok(href),
        Some(origin) => Err(refused(origin)),
        None => Err(refused(format!("a “{}” address", url.protocol()))),
    }
}

/// Fetches `url` and reads it as a brief; messages name the file as `file`.
pub async fn fetch_brief(url: &str, file: &str) -> Result<Brief, LoadError> {
    let network = |e: gloo_net::Error| LoadError::Network {
        file: file.into(),
        detail: e.to_string(),
    };
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(network)?;
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
    let text = response.text().await.map_err(network)?;
    parse_brief(file, &text)
}

/// What loading gives: the brief, or why it cannot be shown.
pub type Loaded = Result<std::sync::Arc<Brief>, LoadError>;

/// The data file `file` (relative to the brief's folder `base`), fetched when first read and
/// again on `refetch()`. A refused origin is answered at once, without a request.
pub fn brief_resource(file: String, base: String) -> LocalResource<Loaded> {
    LocalResource::new(move || {
        let (file, base) = (file.clone(), base.clone());
        async move {
            let url = data_url(&file, &base)?;
            fetch_brief(&url, &file).await.map(std::sync::Arc::new)
        }
    })
}
