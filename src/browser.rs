//! The only code that touches the browser (`window`, `document`, `navigator`, `history`, the clipboard,
//! downloads and messages to a host page). Everything else is plain Rust that runs and is tested on the host.
//! Every function here fails quietly (returns `false`/nothing) rather than panicking: a browser that refuses
//! an API must not take the page down.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use ai_energy_core::lang::Lang;
use ai_energy_core::view::Theme;

/// The browser window; `None` off the browser (server-side rendering in host tests), where web-sys would panic.
fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The browser's language tag (`navigator.language`: `en-US`), if it gives one.
pub fn language_tag() -> Option<String> {
    window()?.navigator().language()
}

/// Makes `<html lang>` follow the page's language, for screen readers and fonts.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Forces a colour scheme on `<html data-theme>`; `auto` removes it so the system's preference applies.
pub fn set_theme(theme: Theme) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.id()),
        };
    }
}

/// The page address's query string (`?…`), or empty.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without query or fragment: where share links point.
pub fn page_base() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The page's origin (`https://host:port`), for the embed snippet's message check.
pub fn origin() -> String {
    window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// A pending address-bar update: its timer handle and the closure the timer calls (kept alive until then).
type PendingUpdate = (i32, Closure<dyn FnMut()>);

thread_local! {
    static PENDING: RefCell<Option<PendingUpdate>> = const { RefCell::new(None) };
}

/// Writes `?query` to the address bar after typing pauses (250 ms), with `history.replaceState`: the link
/// always reflects the page, and the back button is not filled with every keystroke.
pub fn replace_query_soon(query: String) {
    let Some(w) = window() else { return };
    PENDING.with(|pending| {
        if let Some((handle, _)) = pending.borrow_mut().take() {
            w.clear_timeout_with_handle(handle);
        }
        let callback = Closure::once(move || {
            if let Some(w) = window() {
                let url = format!("{}?{}", page_base(), query);
                if let Ok(history) = w.history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
                }
            }
            PENDING.with(|p| p.borrow_mut().take());
        });
        if let Ok(handle) = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.as_ref().unchecked_ref(),
            250,
        ) {
            *pending.borrow_mut() = Some((handle, callback));
        }
    });
}

/// Runs `f` once the browser has painted what is on the page now: in a timer queued from the next animation
/// frame, which runs after that frame is drawn. Off the browser (server-side rendering) it never runs.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let next_task = Closure::once_into_js(move || {
        if let Some(w) = window() {
            let task = Closure::once_into_js(f);
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = w.request_animation_frame(next_task.unchecked_ref());
}

/// Whether this runs in a browser (not in a host test's server-side rendering).
pub fn in_browser() -> bool {
    window().is_some()
}

/// Puts `text` on the clipboard. `false` when the browser refuses (no permission, insecure context).
pub async fn copy_text(text: String) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    // Older or locked-down browsers have no clipboard object: calling it would throw.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

/// The text of a file of this page's own origin (`path` relative to the page), or `None` when it cannot be
/// had (offline before the first visit, a failed request, or off the browser).
pub async fn fetch_text(path: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let w = window()?;
    // A relative URL: it resolves against the page, wherever the calculator is hosted.
    let response: web_sys::Response = JsFuture::from(w.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// What a reader takes away, from the whole module (`core/src/takeaway.rs`): export `name` of its API build called
/// with `texts`, which `loader.js` (`window.aiEnergyModule`) fetches and starts the first time. `None` when it
/// cannot be had (offline before the first visit, a failed request, or off the browser).
pub async fn module_call(name: &str, texts: &[&str]) -> Option<String> {
    let w = window()?;
    let call: js_sys::Function = js_sys::Reflect::get(&w, &JsValue::from_str("aiEnergyModule"))
        .ok()?
        .dyn_into()
        .ok()?;
    let args = js_sys::Array::new();
    args.push(&JsValue::from_str(name));
    for t in texts {
        args.push(&JsValue::from_str(t));
    }
    let promise: js_sys::Promise = call.apply(&JsValue::NULL, &args).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Whether the page runs inside another page's frame (an embed).
pub fn in_frame() -> bool {
    window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// The origin of the page that embeds this one, where the browser reveals it: `location.ancestorOrigins`
/// (Chromium, Safari), else the origin of the referrer (the embedding page's address, unless its referrer policy
/// withholds it). `None` when neither says (Firefox with `Referrer-Policy: no-referrer`).
fn host_origin() -> Option<String> {
    let w = window()?;
    let location: JsValue = w.location().into();
    let ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins")).ok();
    let first = ancestors
        .filter(|a| !a.is_undefined() && !a.is_null())
        .and_then(|a| js_sys::Reflect::get(&a, &JsValue::from_f64(0.0)).ok())
        .and_then(|o| o.as_string())
        .filter(|o| o != "null");
    first.or_else(|| {
        let referrer = w.document()?.referrer();
        web_sys::Url::new(&referrer)
            .ok()
            .map(|u| u.origin())
            .filter(|o| o != "null" && !o.is_empty())
    })
}

/// Sends a JSON message to the host page of an embed, as a plain object, addressed to the host's origin where the
/// browser reveals it (`host_origin`). Where it does not, to any origin: the messages carry only what is on
/// screen and in the embed's own link (which the host wrote), and the page never listens for messages in return.
pub fn post_json_to_host(json: &str) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Ok(message) = js_sys::JSON::parse(json) {
        let target = host_origin().unwrap_or_else(|| "*".to_string());
        let _ = parent.post_message(&message, &target);
    }
}

/// The page's content height in CSS pixels, for an embed's host to size its frame: the body's box, which (its
/// height auto) follows the content down as well as up; the root's `scrollHeight` never reads below the frame's
/// own height, so a frame sized by it could only grow.
pub fn content_height() -> f64 {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map_or(0.0, |b| libm::ceil(b.get_bounding_client_rect().height()))
}

/// Calls `f` with [`content_height`] now and whenever the body's size changes — content shown or hidden, a
/// narrower or wider frame, a phone turned — through a `ResizeObserver`, for the page's whole life.
pub fn on_content_height(f: impl Fn(f64) + 'static) {
    let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) else {
        return;
    };
    f(content_height());
    let changed = Closure::<dyn FnMut()>::new(move || f(content_height()));
    if let Ok(observer) = web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer and its callback live as long as the page.
        changed.forget();
        core::mem::forget(observer);
    }
}

/// Opens (if it is a disclosure) and scrolls into view the element with this id: a claim about scale shows its
/// scenario on the scale chart.
pub fn show(id: &str) {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        if let Some(details) = e.dyn_ref::<web_sys::HtmlDetailsElement>() {
            details.set_open(true);
        }
        e.scroll_into_view();
    }
}

/// The script that draws the result image as PNG (`static/png.js`), loaded only when a reader asks for one:
/// `loader.js` defines `window.aiEnergyPng`, which imports it.
pub const PNG_SCRIPT: &str = "png.js";

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = window, js_name = aiEnergyPng, catch)]
    fn ai_energy_png(svg: &str, filename: &str) -> Result<(), JsValue>;
}

/// Downloads an SVG image drawn as PNG (by [`PNG_SCRIPT`], which the page loads the first time).
pub fn download_png(svg: &str, filename: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = ai_energy_png(svg, filename);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (svg, filename);
    }
}
