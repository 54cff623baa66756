//! Time to evaluate one scenario with every output and its range (three cases plus the sensitivity table),
//! and to decode a share link first: what the page does on every keystroke.
//! `cargo bench --bench evaluate`; figures in docs/PERFORMANCE.md.

use std::hint::black_box;

use ai_energy_core::link::decode;
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::{evaluate, Scenario};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let default = Scenario::default();
    c.bench_function("evaluate default scenario", |b| {
        b.iter(|| evaluate(black_box(&default)))
    });
    let chatgpt = Preset::ChatGpt.scenario();
    c.bench_function("evaluate chatgpt preset", |b| {
        b.iter(|| evaluate(black_box(&chatgpt)))
    });
    let link = "v=1&preset=chatgpt&qpd=5%E4%BA%BF&hw=mi300x&home=us&growth=50%25&pue=1.1";
    c.bench_function("decode link + evaluate", |b| {
        b.iter(|| evaluate(&decode(black_box(link)).scenario))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
