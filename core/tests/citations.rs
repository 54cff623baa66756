//! The citation a reader pastes says only what is true of its link: for every golden link in both languages it
//! names the data version and the link, opens with the headline's number and range, says whether training is
//! counted exactly when the results count it, speaks of the scenario's kind of item (queries, tasks, images,
//! videos), and a service's citation also gives one item's energy.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy_core::lang::Lang;
use ai_energy_core::lead::{energy, lead, Figures, Leading};
use ai_energy_core::link::decode;
use ai_energy_core::model::energy::training_counted;
use ai_energy_core::model::my_use::MyTraining;
use ai_energy_core::model::question::Question;
use ai_energy_core::model::work::Work;
use ai_energy_core::model::{evaluate, Metric};
use ai_energy_core::takeaway::citation;

fn golden(file: &str) -> Vec<String> {
    let path = format!("{}/tests/golden/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the golden file"); // ok: test
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON"); // ok: test
    doc["links"]
        .as_array()
        .expect("a list of links") // ok: test
        .iter()
        .map(|l| l["link"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Words that say training is in a figure, and that it is not, in each language.
fn training_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("连同训练", "训练"),
        Lang::En => ("including training", "training"),
    }
}

#[test]
fn every_golden_citation_says_only_what_its_results_say() {
    let links: Vec<String> = golden("links.json")
        .into_iter()
        .chain(golden("diffusion-links.json"))
        .collect();
    assert!(links.len() > 100, "{}", links.len());
    let mut checked = [0usize; 3];
    for address in &links {
        let decoded = decode(address);
        let s = &decoded.scenario;
        let r = evaluate(s);
        let b = decoded.b.as_ref().map(|b| (b, evaluate(b)));
        let l = Leading {
            a: (s, Figures::from(&r)),
            b: b.as_ref().map(|(sb, rb)| (*sb, Figures::from(rb))),
            from: decoded.view.preset,
        };
        for lang in [Lang::Zh, Lang::En] {
            let cite = citation(address, lang);
            let said = |what: &str| cite.contains(what);
            // One spacing rule: no space between two Chinese words ("365 亿次", not "365 亿 次").
            let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            let chars: Vec<char> = cite.chars().collect();
            assert!(
                !chars
                    .windows(3)
                    .any(|w| han(w[0]) && (w[1] == ' ' || w[1] == '\u{a0}') && han(w[2])),
                "{address}: a space between two Chinese words: {cite}"
            );
            // Its data version and its link, last.
            let version = r.data_version_with(b.as_ref().map(|(_, rb)| rb));
            assert!(said(version), "{address} {lang:?}: no data version: {cite}");
            assert!(
                cite.ends_with(address.as_str()),
                "{address} {lang:?}: {cite}"
            );
            // The headline's number and its range.
            let headline = lead::<true>(&l, lang);
            assert!(
                said(&headline.shown) || headline.ratio,
                "{address} {lang:?}: {cite}"
            );
            // A person who added no use yet has nothing to range over.
            let nothing_yet = s.question == Question::Me && s.my_use.is_empty() && b.is_none();
            if let Some(range) = headline.range.as_ref().filter(|_| !nothing_yet) {
                assert!(said(range), "{address} {lang:?}: no range {range}: {cite}");
            }
            if b.is_some() {
                continue;
            }
            let (counted_word, training) = training_words(lang);
            let cite_lower = cite.to_lowercase();
            match s.question {
                Question::Service => {
                    // Training in the total exactly when it is counted; then its share is given.
                    assert_eq!(
                        cite_lower.contains(counted_word),
                        training_counted(s),
                        "{address} {lang:?}: {cite}"
                    );
                    if training_counted(s) {
                        let training_kwh =
                            energy(Metric::TrainingKwh, r.training_kwh.central, lang);
                        assert!(
                            said(&training_kwh),
                            "{address} {lang:?}: {training_kwh}: {cite}"
                        );
                    }
                    // One item's energy, with the kind's word for one item.
                    let per_item = energy(
                        Metric::InferenceWhPerQuery,
                        r.inference_wh_per_query.central,
                        lang,
                    );
                    assert!(said(&per_item), "{address} {lang:?}: no {per_item}: {cite}");
                    checked[0] += 1;
                }
                Question::Item => {
                    if !training_counted(s) {
                        assert!(
                            !cite_lower.contains(counted_word),
                            "{address} {lang:?}: {cite}"
                        );
                    }
                    checked[1] += 1;
                }
                Question::Me => {
                    // Training is said to be in a person's year exactly when they asked for it.
                    let w = lang.first_words();
                    let (yes, no) = match s.my_training {
                        MyTraining::Shared => (w.with_training, w.without_training),
                        MyTraining::Left => (w.without_training, w.with_training),
                    };
                    assert!(
                        said(yes.trim()) && !said(no.trim()),
                        "{address} {lang:?}: {cite}"
                    );
                    checked[2] += 1;
                    continue;
                }
            }
            // Training is always spoken of for one item or a service: counted, or not.
            assert!(cite_lower.contains(training), "{address} {lang:?}: {cite}");
            // The kind of item: an agent's tasks are never called queries; images and videos are named.
            let (kind_words, never): (&[&str], &[&str]) = match (s.work, s.is_task(), lang) {
                (Work::Text, true, Lang::En) => (&["task"], &["quer"]),
                (Work::Text, true, Lang::Zh) => (&["任务"], &["提问"]),
                (Work::Text, false, Lang::En) => (&["quer", "answer", "prompt", "chat"], &[]),
                (Work::Text, false, Lang::Zh) => (&["提问", "回答", "对话", "问答"], &[]),
                (Work::Image, _, Lang::En) => (&["image"], &["quer"]),
                (Work::Image, _, Lang::Zh) => (&["图"], &["提问"]),
                (Work::Video, _, Lang::En) => (&["video"], &["quer"]),
                (Work::Video, _, Lang::Zh) => (&["视频"], &["提问"]),
            };
            assert!(
                kind_words.iter().any(|w| cite_lower.contains(w)),
                "{address} {lang:?}: none of {kind_words:?}: {cite}"
            );
            assert!(
                !never.iter().any(|w| cite_lower.contains(w)),
                "{address} {lang:?}: one of {never:?}: {cite}"
            );
        }
    }
    assert!(checked.iter().all(|&n| n > 0), "{checked:?}");
}
