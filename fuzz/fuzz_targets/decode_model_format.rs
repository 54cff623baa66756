//! Any bytes as a link, through the model and every formatter in both languages: no panic, no hang, and no
//! NaN, infinity or negative number anywhere in the results or the text a reader would see or take away (the
//! citation, the result image, the charts, each result's working, the CSV).
#![no_main]

use ai_energy_core::charts::ChartId;
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::{decode, encode_pair};
use ai_energy_core::model::evaluate;
use ai_energy_core::model::Metric;
use ai_energy_core::takeaway;
use libfuzzer_sys::fuzz_target;

/// A printed non-number (the word "inference" is fine; a cell or word "inf" is not).
fn is_not_a_number(text: &str) -> bool {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(t, "inf" | "NaN" | "infinity" | "Infinity")
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let d = decode(&text);
    let r = evaluate(&d.scenario);
    for (name, x) in Metric::ALL.map(|m| (m.key(), r.get(m))) {
        assert!(
            x.is_finite() && x.low >= 0.0 && x.low <= x.central && x.central <= x.high,
            "{name}: {x:?}"
        );
    }
    for lang in Lang::ALL {
        for (_, x) in Metric::ALL.map(|m| (m.key(), r.get(m))) {
            for v in [x.low, x.central, x.high] {
                for shown in [
                    format::energy_kwh(v, lang),
                    format::energy_wh(v, lang),
                    format::percent(v, lang),
                    format::plain(v, lang),
                    format::count(v, lang),
                    format::money(v, d.scenario.currency, lang),
                    format::mass_kg(v, lang),
                    format::volume_l(v, lang),
                    format::scientific(v, lang),
                ] {
                    assert!(
                        !shown.contains("NaN") && !shown.contains("inf") && !shown.contains('—'),
                        "{shown}"
                    );
                }
            }
        }
        // Every word of what is taken away: a number, never a non-number.
        // (Less the link itself, which the citation and the image quote as it was given.)
        let image: String = takeaway::image(&text, lang)
            .split("<text ")
            .filter(|part| !part.contains("class=\"link\""))
            .collect();
        let mut taken = vec![
            takeaway::citation(&text, lang).replace(text.as_ref(), ""),
            image,
        ];
        taken.extend(ChartId::ALL.map(|c| takeaway::chart(&text, c.id(), lang)));
        taken.extend(Metric::ALL.map(|m| takeaway::work(&text, m.key(), lang)));
        for t in taken {
            assert!(
                t.split(|c: char| c.is_whitespace() || c == '<' || c == '>')
                    .all(|w| !is_not_a_number(w)),
                "{t}"
            );
        }
    }
    // Every cell a number or a word, never a non-number: the CSV of the same scenario under its canonical link
    // (the address as it was given would be quoted as it is).
    let csv = takeaway::document(&encode_pair(&d.scenario, d.b.as_ref(), &d.view), true);
    assert!(
        csv.split([',', '\n']).all(|cell| !is_not_a_number(cell)),
        "{csv}"
    );
});
