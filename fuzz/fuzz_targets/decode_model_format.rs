//! Any bytes as a link, through the model and every formatter in both languages: no panic, no hang, and no
//! NaN, infinity or negative number anywhere in the results or the text a reader would see.
#![no_main]

use ai_energy_core::export::{citation, export_csv, export_doc};
use ai_energy_core::format;
use ai_energy_core::lang::Lang;
use ai_energy_core::link::decode;
use ai_energy_core::model::evaluate;
use ai_energy_core::model::Metric;
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
        let cite = citation(&d.scenario, &r, None, "L", lang);
        assert!(
            cite.split_whitespace().all(|w| !is_not_a_number(w)),
            "{cite}"
        );
        if let Some(b) = &d.b {
            let rb = evaluate(b);
            let cite = citation(&d.scenario, &r, Some((b, &rb)), "L", lang);
            assert!(
                cite.split_whitespace().all(|w| !is_not_a_number(w)),
                "{cite}"
            );
        }
    }
    let csv = export_csv(&export_doc(&d.scenario, &r, "L"));
    assert!(
        csv.split([',', '\n']).all(|cell| !is_not_a_number(cell)),
        "{csv}"
    );
});
