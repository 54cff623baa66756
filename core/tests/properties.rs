//! Property tests over every valid scenario: the model is total, ordered, monotone, linear where it should
//! be, and the share link gives back exactly what it was given.
#![cfg(not(target_arch = "wasm32"))]

use ai_energy_core::lang::Lang;
use ai_energy_core::link::{decode, encode, encode_pair};
use ai_energy_core::model::diffusion::Arch;
use ai_energy_core::model::equivalence::{Ev, HomeRegion};
use ai_energy_core::model::hardware::Hw;
use ai_energy_core::model::my_use::{MyTraining, MyUse, MAX_PER_DAY};
use ai_energy_core::model::presets::Preset;
use ai_energy_core::model::question::Question;
use ai_energy_core::model::scenario::{Currency, Field};
use ai_energy_core::model::serving::{Engine, Precision};
use ai_energy_core::model::unet::UnetLayout;
use ai_energy_core::model::work::Work;
use ai_energy_core::model::Metric;
use ai_energy_core::model::{evaluate, Scenario};
use ai_energy_core::view::{Theme, View};
use proptest::prelude::*;

/// A value spread log-uniformly over a field's limits (uniformly where the range crosses zero).
fn value(field: Field) -> impl Strategy<Value = f64> {
    let (min, max) = field.limits();
    if min > 0.0 {
        // exp(ln(min)) can land a hair below min: clamp back inside the limits.
        (min.ln()..=max.ln())
            .prop_map(move |v| v.exp().clamp(min, max))
            .boxed()
    } else {
        prop_oneof![
            Just(min),
            Just(0f64.max(min)),
            min..=max,
            (1e-3f64.ln()..=max.ln()).prop_map(f64::exp)
        ]
        .prop_map(move |v: f64| v.clamp(min, max))
        .boxed()
    }
}

fn optional(field: Field) -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), value(field).prop_map(Some)]
}

prop_compose! {
    fn serving()(
        serving_hw in proptest::option::of(proptest::sample::select(Hw::ALL.to_vec())),
        precision in proptest::sample::select(Precision::ALL.to_vec()),
        batch in optional(Field::Batch),
        gpus in optional(Field::AcceleratorsPerReplica),
        util in optional(Field::FleetUtilisation),
    ) -> (Option<Hw>, Precision, Option<f64>, Option<f64>, Option<f64>) {
        (serving_hw, precision, batch, gpus.map(f64::round), util)
    }
}

prop_compose! {
    /// How a text call is served: either engine or none, any cached share, any number of calls.
    fn calls()(
        engine in proptest::option::of(proptest::sample::select(Engine::ALL.to_vec())),
        cache in prop_oneof![Just(0.0), Just(1.0), value(Field::CachedShare)],
        turns in prop_oneof![Just(1.0), value(Field::CallsPerQuery)],
    ) -> (Option<Engine>, f64, f64) {
        (engine, cache, turns)
    }
}

prop_compose! {
    /// What an image or video is: any kind of work, and every diffusion field anywhere in its limits (whole
    /// numbers where the field rounds).
    fn diffusion()(
        work in proptest::sample::select(Work::ALL.to_vec()),
        steps in value(Field::Steps),
        width in value(Field::WidthPx),
        height in value(Field::HeightPx),
        frames in value(Field::Frames),
        fps in value(Field::Fps),
        cfg in optional(Field::GuidancePasses),
        layers in optional(Field::Layers),
        hidden in optional(Field::Hidden),
        patch in value(Field::PxPerToken),
        arch in proptest::sample::select(Arch::ALL.to_vec()),
        unet in proptest::option::of(proptest::sample::select(UnetLayout::ALL.to_vec())),
    ) -> Scenario {
        Scenario {
            work,
            steps: steps.round(),
            width_px: width,
            height_px: height,
            frames: frames.round(),
            fps,
            guidance_passes: cfg.map(f64::round),
            layers: layers.map(f64::round),
            hidden,
            px_per_token: patch,
            arch,
            unet,
            ..Scenario::default()
        }
    }
}

prop_compose! {
    fn scenario()(base in base_scenario(), serve in serving(), kind in diffusion(), call in calls(), mine in mine()) -> Scenario {
        let (serving_hw, precision, batch, accelerators_per_replica, fleet_utilisation) = serve;
        let (engine, cached_share, calls_per_query) = call;
        let (question, my_use, my_training) = mine;
        let Scenario { work, steps, width_px, height_px, frames, fps, guidance_passes, layers, hidden, px_per_token, arch, unet, .. } = kind;
        Scenario { serving_hw, precision, batch, accelerators_per_replica, fleet_utilisation, engine, cached_share, calls_per_query, work, steps, width_px, height_px, frames, fps, guidance_passes, layers, hidden, px_per_token, arch, unet, question, my_use, my_training, ..base }
    }
}

prop_compose! {
    /// The question, up to eight of a person's lines at any count a day a line accepts (0 drops one), and whether
    /// they count training's share.
    fn mine()(
        question in proptest::sample::select(Question::ALL.to_vec()),
        lines in proptest::collection::vec((proptest::sample::select(Preset::ALL.to_vec()), 0.0f64..=MAX_PER_DAY), 0..=10),
        my_training in proptest::sample::select(MyTraining::ALL.to_vec()),
    ) -> (Question, MyUse, MyTraining) {
        let mut my_use = MyUse::NONE;
        for (preset, per_day) in lines {
            // A ninth line is refused, and the eight stay.
            let _ = my_use.set(preset, per_day);
        }
        (question, my_use, my_training)
    }
}

prop_compose! {
    fn base_scenario()(
        params in value(Field::Params),
        active_fraction in prop_oneof![Just(None), (0.01f64..=1.0).prop_map(Some)],
        training_tokens in value(Field::TrainingTokens),
        hw in proptest::sample::select(Hw::ALL.to_vec()),
        gpuh in optional(Field::TrainingAcceleratorHours),
        mfu in optional(Field::Mfu),
        trainw in optional(Field::TrainingW),
        qpd in value(Field::QueriesPerDay),
        tpq in value(Field::OutputTokens),
        itq in value(Field::InputTokens),
        days in value(Field::Days),
        growth in prop_oneof![Just(0.0), value(Field::YearlyGrowth)],
        pue in optional(Field::Pue),
        host in optional(Field::HostOverhead),
        grid in value(Field::Grid),
        wue in value(Field::Wue),
        price in value(Field::Price),
        currency in proptest::sample::select(Currency::ALL.to_vec()),
        home in proptest::sample::select(HomeRegion::ALL.to_vec()),
        ev in proptest::sample::select(Ev::ALL.to_vec()),
    ) -> Scenario {
        Scenario {
            params,
            // Active parameters must stay inside their own limits as well as below the total.
            active_params: active_fraction.map(|f| (params * f).max(Field::ActiveParams.limits().0).min(params)),
            training_tokens,
            hw,
            training_accelerator_hours: gpuh,
            mfu,
            training_w_per_accelerator: trainw,
            queries_per_day: qpd,
            output_tokens_per_query: tpq,
            input_tokens_per_query: itq,
            days,
            yearly_growth: growth,
            pue,
            host_overhead: host,
            grid_gco2_per_kwh: grid,
            wue_l_per_kwh: wue,
            price_per_kwh: price,
            currency,
            home,
            ev,
            ..Scenario::default()
        }
    }
}

fn scale(s: &Scenario, field: Field, factor: f64) -> Option<Scenario> {
    let mut t = s.clone();
    let v = field.get(s)? * factor;
    field.set(&mut t, Some(v)).ok()?;
    Some(t)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_output_is_finite_non_negative_and_ordered(s in scenario()) {
        let r = evaluate(&s);
        for (name, x) in Metric::ALL.map(|m| (m.key(), r.get(m))) {
            prop_assert!(x.is_finite(), "{name}: {x:?}");
            prop_assert!(x.low >= 0.0, "{name}: {x:?}");
            prop_assert!(x.low <= x.central && x.central <= x.high, "{name}: {x:?}");
        }
        prop_assert!(r.training_share.high <= 1.0);
        for row in &r.sensitivity {
            prop_assert!(row.total_kwh.is_finite() && row.swing() >= 1.0);
        }
    }

    #[test]
    fn total_is_monotone_in_size_tokens_queries_and_days(s in scenario(), factor in 1.0f64..4.0) {
        let s = Scenario { active_params: None, ..s };
        for field in [Field::Params, Field::TrainingTokens, Field::QueriesPerDay, Field::Days] {
            if let Some(bigger) = scale(&s, field, factor) {
                let after = evaluate(&bigger).total_kwh;
                let base = evaluate(&s).total_kwh;
                for (a, b) in [(after.low, base.low), (after.central, base.central), (after.high, base.high)] {
                    prop_assert!(a >= b * (1.0 - 1e-12), "{field:?} ×{factor}: {b} -> {a}");
                }
            }
        }
    }

    #[test]
    fn inference_is_linear_in_days_without_growth(s in scenario(), factor in 1.0f64..5.0) {
        let s = Scenario { yearly_growth: 0.0, ..s };
        if let Some(longer) = scale(&s, Field::Days, factor) {
            let a = evaluate(&s).inference_kwh.central;
            let b = evaluate(&longer).inference_kwh.central;
            prop_assert!((b - a * factor).abs() <= 1e-9 * b.max(1e-300), "{a} × {factor} != {b}");
        }
    }

    #[test]
    fn decode_of_encode_gives_back_the_scenario(
        s in scenario(),
        embed: bool,
        lock: bool,
        theme in proptest::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]),
        lang in proptest::sample::select(vec![None, Some(Lang::Zh), Some(Lang::En)]),
    ) {
        let view = View { preset: None, lang, embed, lock, theme };
        let link = encode(&s, &view);
        let d = decode(&link);
        prop_assert!(d.problems.is_empty(), "{link}: {:?}", d.problems);
        prop_assert_eq!(d.scenario, s, "{}", link);
        prop_assert_eq!(d.view, view);
    }

    #[test]
    fn a_comparison_link_gives_back_both_scenarios(a in scenario(), b in scenario()) {
        let link = encode_pair(&a, Some(&b), &View::default());
        let d = decode(&link);
        prop_assert!(d.problems.is_empty(), "{link}: {:?}", d.problems);
        prop_assert_eq!(&d.scenario, &a, "{}", link);
        prop_assert_eq!(d.b, Some(b), "{}", link);
        // Without B the link is exactly today's.
        prop_assert_eq!(encode_pair(&a, None, &View::default()), encode(&a, &View::default()));
    }

    #[test]
    fn decoding_any_text_is_total(text in ".{0,300}") {
        let d = decode(&text);
        let r = evaluate(&d.scenario);
        prop_assert!(r.total_kwh.is_finite());
    }

    /// The page's own decimal parser (which keeps the standard one's 11 KB table out of the download) gives
    /// the standard parser's double, bit for bit: for every double's shortest and scientific forms, and for
    /// long digit strings at any exponent.
    #[test]
    fn the_decimal_parser_is_the_standard_one(
        bits in any::<u64>(),
        digits in "[0-9]{1,30}",
        point in 0usize..31,
        exp in -360i32..330,
    ) {
        let v = f64::from_bits(bits & 0x7fff_ffff_ffff_ffff);
        let p = point.min(digits.len());
        let texts = if v.is_finite() {
            vec![format!("{v}"), format!("{v:e}"), format!("{digits}e{exp}"), format!("{}.{}", &digits[..p], &digits[p..])]
        } else {
            vec![format!("{digits}e{exp}")]
        };
        for text in texts {
            let ours = ai_energy_core::parse::decimal(&text).map(f64::to_bits);
            let std = text.parse::<f64>().ok().map(f64::to_bits);
            prop_assert_eq!(ours, std, "{}", text);
        }
    }

    /// A whole number in Chinese numerals, with a measure word or without, reads as exactly the number in digits
    /// (`两千零五万零三百次` is 20,050,300), below 10¹⁶.
    #[test]
    fn chinese_numerals_read_exactly(n in 0u64..10_000_000_000_000_000, measure in prop::bool::ANY) {
        let text = format!("{}{}", chinese(n), if measure { "次" } else { "" });
        prop_assert_eq!(ai_energy_core::parse::parse_number(&text), Ok(n as f64), "{}", text);
        prop_assert_eq!(ai_energy_core::parse::parse_number(&text), ai_energy_core::parse::parse_number(&n.to_string()));
    }

    /// The page's own printer (which keeps the standard library's 10 KB of float printing out of the download)
    /// writes what `{}` writes, character for character: for any double, and for the short decimals the page
    /// shows most (a value rounded to a few significant figures).
    #[test]
    fn the_shortest_printer_is_the_standard_one(bits in any::<u64>(), digits in 1u64..100_000, exp in -330i32..310) {
        let v = f64::from_bits(bits);
        let short = format!("{digits}e{exp}").parse::<f64>().unwrap_or(0.0); // ok: test
        for v in [v, short, -short] {
            prop_assert_eq!(ai_energy_core::shortest::shortest(v), format!("{v}"), "{:e}", v);
        }
    }
}

/// `n` in Chinese numerals as people write them: groups of four digits under 万亿, 亿 and 万, each with 千, 百 and
/// 十, a 零 where zeros stand between digits, 十 alone for 10–19 at the start.
fn chinese(n: u64) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 {
        return "零".to_string();
    }
    let groups = [
        (1_000_000_000_000, "万亿"),
        (100_000_000, "亿"),
        (10_000, "万"),
        (1, ""),
    ];
    let mut out = String::new();
    let mut rest = n;
    let mut zero = false;
    for (unit, name) in groups {
        let group = rest / unit;
        rest %= unit;
        if group == 0 {
            zero = !out.is_empty();
            continue;
        }
        let digits = [
            group / 1000 % 10,
            group / 100 % 10,
            group / 10 % 10,
            group % 10,
        ];
        for (i, (d, place)) in digits.into_iter().zip(["千", "百", "十", ""]).enumerate() {
            if d == 0 {
                zero = !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            // 十五, not 一十五, at the very start.
            if !(out.is_empty() && d == 1 && i == 2) {
                out.push_str(DIGITS[d as usize]);
            }
            out.push_str(place);
        }
        out.push_str(name);
        zero = false;
    }
    out
}

/// Values at the edges of what a field accepts: its limits and their neighbours, the smallest positive
/// double and the subnormal boundary where zero is allowed, and a value of 17 significant digits.
fn edge_values(field: Field) -> Vec<f64> {
    let (min, max) = field.limits();
    let mut out = vec![min, max, min.next_up(), max.next_down(), (min + max) / 3.0];
    if min <= 0.0 && max > 0.0 {
        out.extend([
            5e-324,
            1e-323,
            f64::MIN_POSITIVE,
            f64::MIN_POSITIVE.next_down(),
            f64::MIN_POSITIVE.next_up(),
            1e-120,
            1.2345678901234567e-100,
            1e-64,
            1e-63,
            1e-62,
        ]);
    }
    if min < 0.0 {
        out.extend([-5e-324, -1e-120, -f64::MIN_POSITIVE, min.next_up() / 7.0]);
    }
    out.into_iter()
        .filter(|v| field.check(*v).is_ok())
        .collect()
}

/// The scenario with one field set to `v` (the total raised to the limit for `active`, which may not exceed it).
fn with_value(field: Field, v: f64) -> Scenario {
    let mut s = Scenario::default();
    if field == Field::ActiveParams {
        s.params = Field::Params.limits().1;
    }
    field
        .set(&mut s, Some(v))
        .expect("an edge value is accepted");
    s
}

/// Every value at the edge of every field's limits comes back from its link exactly, with no problem, and in
/// both languages' input forms (what the page's boxes show).
#[test]
fn links_round_trip_at_every_fields_edges() {
    for field in Field::ALL {
        for v in edge_values(field) {
            let s = with_value(field, v);
            let link = encode(&s, &View::default());
            let d = decode(&link);
            assert!(
                d.problems.is_empty(),
                "{field:?} = {v:e}: {link}: {:?}",
                d.problems
            );
            assert_eq!(d.scenario, s, "{field:?} = {v:e}: {link}");
            for lang in Lang::ALL {
                let shown = ai_energy_core::format::input_value(v, lang);
                assert_eq!(
                    ai_energy_core::parse::parse_number(&shown),
                    Ok(v),
                    "{shown}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any double a field accepts, at any magnitude and with any number of significant digits, comes back from
    /// its link exactly and with no problem: the encoder never writes a number its own decoder refuses.
    #[test]
    fn every_accepted_value_comes_back_from_its_link(
        field in proptest::sample::select(Field::ALL.to_vec()),
        bits in any::<u64>(),
        digits in 1u64..100_000_000_000_000_000,
        exp in -330i32..20,
    ) {
        let (min, max) = field.limits();
        let from_bits = f64::from_bits(bits).abs();
        let from_digits = format!("{digits}e{exp}").parse::<f64>().unwrap_or(0.0);
        for v in [from_bits, from_digits, -from_bits, -from_digits, from_bits.clamp(min, max)] {
            if field.check(v).is_err() {
                continue;
            }
            let s = with_value(field, v);
            let link = encode(&s, &View::default());
            let d = decode(&link);
            prop_assert!(d.problems.is_empty(), "{:?} = {:e}: {}: {:?}", field, v, link, d.problems);
            prop_assert_eq!(d.scenario, s, "{:?} = {:e}: {}", field, v, link);
        }
    }
}

/// A scenario rebuilt from its JSON export alone: each number row whose key is a link key, and each choice.
fn rebuilt_from_export(json: &serde_json::Value) -> Scenario {
    use ai_energy_core::link::{lookup, KeyKind};
    let mut pairs = vec!["v=1".to_string()];
    for a in json["assumptions"].as_array().expect("assumptions") {
        let key = a["key"].as_str().expect("key");
        let is_number = lookup(key).is_some_and(|k| matches!(k.kind, KeyKind::Number(_)));
        if let (true, Some(v)) = (is_number, a["value"].as_f64()) {
            pairs.push(format!(
                "{key}={}",
                ai_energy_core::shortest::exponent_form(v)
            ));
        }
    }
    for c in json["choices"].as_array().expect("choices") {
        pairs.push(format!(
            "{}={}",
            c["key"].as_str().expect("key"),
            c["value"].as_str().expect("value")
        ));
    }
    for line in json["my_use"].as_array().expect("my_use") {
        pairs.push(format!(
            "me.{}={}",
            line["preset"].as_str().expect("preset"),
            ai_energy_core::shortest::exponent_form(line["per_day"].as_f64().expect("per day"))
        ));
    }
    let d = decode(&pairs.join("&"));
    assert!(d.problems.is_empty(), "{pairs:?}: {:?}", d.problems);
    d.scenario
}

proptest! {
    /// An export carries every input: the scenario comes back identical from its link and from its rows alone,
    /// and every row has a source.
    #[test]
    fn a_json_export_rebuilds_the_identical_scenario(s in scenario()) {
        use ai_energy_core::export::export_doc;
        let link = format!("https://x.example/?{}", encode(&s, &View::default()));
        let doc = export_doc(&s, &evaluate(&s), &link);
        let json: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("JSON");
        let from_link = decode(json["link"].as_str().expect("link"));
        prop_assert!(from_link.problems.is_empty(), "{:?} {}", from_link.problems, link);
        prop_assert_eq!(&from_link.scenario, &s);
        prop_assert_eq!(&rebuilt_from_export(&json), &s);
        for row in json["assumptions"].as_array().into_iter().flatten().chain(json["choices"].as_array().into_iter().flatten()) {
            prop_assert!(row["source"].as_str().is_some_and(|t| t.len() > 10), "{}", row);
        }
        let keys: Vec<&str> = json["choices"].as_array().into_iter().flatten().filter_map(|c| c["key"].as_str()).collect();
        prop_assert_eq!(keys, vec!["hw", "cur", "home", "ev", "servehw", "prec", "work", "engine", "arch", "unet", "q", "metrain"]);
    }
}
