use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;

/// Where an answer from the whole module stands.
#[derive(Clone, PartialEq)]
pub enum Asked {
    /// Nothing is asked.
    Nothing,
    Loading,
    Ready(Rc<str>),
    /// The module could not be had (offline before the first visit): asking again retries.
    Failed,
}

/// Asks the whole module (`browser::module_call`, `core/src/takeaway.rs`) for export `name` of `texts` while
/// `texts` is given — a result's working while it is open, the citation while the share panel's details are —
/// and again whenever they change. Only the answer to the texts asked last counts: an older one that arrives late
/// is dropped.
#[hook]
pub fn use_module(name: &'static str, texts: Option<Vec<String>>) -> Asked {
    let answer = use_state_eq(|| None::<(Vec<String>, Asked)>);
    let latest = use_mut_ref(|| None::<Vec<String>>);
    use_effect_with(texts.clone(), {
        let answer = answer.setter();
        let latest: Rc<RefCell<Option<Vec<String>>>> = latest.clone();
        move |texts: &Option<Vec<String>>| {
            latest.replace(texts.clone());
            if let Some(texts) = texts.clone() {
                yew::platform::spawn_local(async move {
                    let args: Vec<&str> = texts.iter().map(String::as_str).collect();
                    let got = browser::module_call(name, &args).await;
                    if latest.borrow().as_ref() == Some(&texts) {
                        answer.set(Some((
                            texts,
                            got.map_or(Asked::Failed, |t| Asked::Ready(t.into())),
                        )));
                    }
                });
            }
        }
    });
    match (&*answer, &texts) {
        (_, None) => Asked::Nothing,
        (Some((asked, got)), Some(texts)) if asked == texts => got.clone(),
        (Some(_) | None, Some(_)) => Asked::Loading,
    }
}
