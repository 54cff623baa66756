use yew::prelude::*;

/// Whether a `<details>` is open, and the `ontoggle` callback that tracks it. Content behind a closed
/// disclosure need not be built at all, which keeps every keystroke cheap.
#[hook]
pub fn use_open() -> (bool, Callback<Event>) {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    (*open, ontoggle)
}
