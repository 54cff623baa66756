//! Any bytes as a link: decoding must not panic, and what it decodes must be a valid scenario that encodes
//! and decodes back to itself.
#![no_main]

use ai_energy::link::{decode, encode};
use ai_energy::model::scenario::Field;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let d = decode(&text);
    for f in Field::ALL {
        if let Some(v) = f.get(&d.scenario) {
            assert_eq!(f.check(v), Ok(v), "{f:?} out of limits from {text:?}");
        }
    }
    let again = decode(&encode(&d.scenario, &d.view));
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.scenario, d.scenario);
});
