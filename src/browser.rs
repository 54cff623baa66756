//! The only code that touches the browser (`window`, `document`, `navigator`, later `history` and the
//! clipboard). Everything else is plain Rust that runs and is tested on the host.

use crate::i18n::Lang;

/// The reader's preferred language from the browser, if it is one we write.
pub fn preferred_lang() -> Option<Lang> {
    let nav = web_sys::window()?.navigator();
    nav.language().and_then(|tag| Lang::from_tag(&tag))
}

/// Makes `<html lang>` follow the page's language, for screen readers and fonts.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The page address's query string (`?…`), or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}
