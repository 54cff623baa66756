//! Any bytes as a link: decoding must not panic, and what it decodes must be a valid scenario that encodes
//! and decodes back to itself (scenario B and the view too).
#![no_main]

use ai_energy_core::link::{decode, encode_pair};
use ai_energy_core::model::scenario::Field;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let d = decode(&text);
    for f in Field::ALL {
        if let Some(v) = f.get(&d.scenario) {
            assert_eq!(f.check(v), Ok(v), "{f:?} out of limits from {text:?}");
        }
    }
    if let Some(b) = &d.b {
        for f in Field::ALL {
            if let Some(v) = f.get(b) {
                assert_eq!(f.check(v), Ok(v), "b.{f:?} out of limits from {text:?}");
            }
        }
    }
    // What the page writes for it comes back as it was, B included.
    let link = encode_pair(&d.scenario, d.b.as_ref(), &d.view);
    let again = decode(&link);
    assert!(again.problems.is_empty(), "{link}: {:?}", again.problems);
    assert_eq!(again.scenario, d.scenario, "{link}");
    // A B equal to A writes no `b.` key (there is nothing to compare), so it comes back as no comparison.
    let b = d.b.filter(|b| *b != d.scenario);
    assert_eq!(again.b, b, "{link}");
    assert_eq!(again.view, d.view, "{link}");
});
