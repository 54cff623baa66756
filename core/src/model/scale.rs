//! A year of a service on the scale of a country: familiar yearly totals (a household to China's generation),
//! the service's own yearly electricity, and how it grows when its queries grow.

use super::equivalence::HomeRegion;
use super::growth::{queries_over, DAYS_PER_YEAR};
use super::{Range, Scenario};

/// China's electricity generation in 2024, kWh: 10,087 TWh (Energy Institute, Statistical Review of World
/// Energy 2025; China Electricity Council: first year above 10万亿 kWh). The articles print 9.4万亿 for 2023
/// (NBS ~9.5万亿).
pub const CHINA_GENERATION_KWH: f64 = 10_087e9;

/// China's electricity use per person, all sectors, kWh a year: 98,521亿 kWh in 2024 (National Energy
/// Administration, 20 Jan 2025) over 1,408.28 million people at the end of 2024 (NBS) = 6,996 kWh.
pub const CHINA_KWH_PER_PERSON: f64 = 98_521e8 / 1_408.28e6;

/// The share of China's generation the projection asks about (1%).
pub const CHINA_SHARE_MARK: f64 = 0.01;

/// That share of China's generation, kWh a year (100.9 TWh).
pub const CHINA_MARK_KWH: f64 = CHINA_SHARE_MARK * CHINA_GENERATION_KWH;

/// How many years the projection looks ahead for the 1% mark.
pub const PROJECTION_YEARS: u32 = 50;
/// The years a projection shows the service's electricity for (the first is year 1, the year the scale chart
/// and `china_generation_share` use).
pub const SHOWN_YEARS: [u32; 3] = [1, 3, 5];

/// The service's electricity in one year of a projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearKwh {
    /// 1 = the first year of the deployment.
    pub year: u32,
    /// [`yearly_kwh`] of that year, kWh.
    pub kwh: Range,
}

/// A familiar yearly total of electricity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Rung {
    Household,
    Village,
    District,
    City,
    ThreeGorges,
    Netherlands,
    Province,
    WorldDataCentres,
    ChinaGeneration,
}

impl Rung {
    /// Every rung, smallest first.
    pub const ALL: [Rung; 9] = [
        Rung::Household,
        Rung::Village,
        Rung::District,
        Rung::City,
        Rung::ThreeGorges,
        Rung::Netherlands,
        Rung::Province,
        Rung::WorldDataCentres,
        Rung::ChinaGeneration,
    ];

    /// How many Chinese households (a village) or people (a district, a city, a province) a rung defined by its
    /// size holds; `None` for the measured ones.
    pub fn defined_size(self) -> Option<f64> {
        match self {
            Rung::Village => Some(300.0),
            Rung::District => Some(500_000.0),
            Rung::City => Some(10e6),
            Rung::Province => Some(50e6),
            Rung::Household
            | Rung::ThreeGorges
            | Rung::Netherlands
            | Rung::WorldDataCentres
            | Rung::ChinaGeneration => None,
        }
    }

    /// The rung's electricity in one year, kWh. Each language writes where it comes from (`Cite::Rung`).
    pub fn kwh_per_year(self) -> f64 {
        let home = HomeRegion::China.basis().kwh_per_year;
        let size = self.defined_size().unwrap_or(0.0);
        match self {
            // A Chinese household (equivalence.rs).
            Rung::Household => home,
            // Defined: households.
            Rung::Village => size * home,
            // Defined: people × China's kWh per person, all sectors (NEA 2024 use ÷ NBS population).
            Rung::District | Rung::City | Rung::Province => size * CHINA_KWH_PER_PERSON,
            // China Three Gorges Corporation: 80.27 TWh in 2023 (a dry year; record 111.8 TWh in 2020).
            Rung::ThreeGorges => 80.27e9,
            // CBS (Statistics Netherlands): 117 TWh used in 2022.
            Rung::Netherlands => 117e9,
            // IEA, Energy and AI (2025): ~415 TWh in 2024.
            Rung::WorldDataCentres => 415e9,
            Rung::ChinaGeneration => CHINA_GENERATION_KWH,
        }
    }
}

all_is_complete!(Rung);

/// Electricity of the service in its `year`-th year (1 = the first), kWh, from its Wh per query and its training
/// kWh: serving that year's queries, Wh/query × q₀ · ∫ (1+g)^(t/365) dt over the year ÷ 1,000, plus the training
/// spread over the deployment, training kWh × 365 ÷ max(days, 365) (a deployment shorter than a year carries its
/// whole training). Later years assume the service keeps running at the same energy per query, with its queries
/// growing by `g` a year.
pub fn yearly_kwh(s: &Scenario, wh: Range, t: Range, year: u32) -> Range {
    let end = f64::from(year) * DAYS_PER_YEAR;
    let queries = queries_over(s.queries_per_day, end, s.yearly_growth)
        - queries_over(s.queries_per_day, end - DAYS_PER_YEAR, s.yearly_growth);
    let training_per_year = DAYS_PER_YEAR / s.days.max(DAYS_PER_YEAR);
    let part = |wh: f64, t: f64| wh * queries.max(0.0) / 1_000.0 + t * training_per_year;
    Range::new(
        part(wh.low, t.low),
        part(wh.central, t.central),
        part(wh.high, t.high),
    )
}

/// The first year (1 ..= [`PROJECTION_YEARS`]) in which the service's yearly electricity reaches `share` of
/// China's generation, for the low, central and high cases; `None` when it does not within that horizon. The
/// high case gets there first, so the result reads as "year central (high–low)".
pub fn first_year_reaching(s: &Scenario, wh: Range, t: Range, share: f64) -> [Option<u32>; 3] {
    let mark = share * CHINA_GENERATION_KWH;
    let first = |end: fn(&Range) -> f64| {
        (1..=PROJECTION_YEARS).find(|&y| end(&yearly_kwh(s, wh, t, y)) >= mark)
    };
    [first(|r| r.low), first(|r| r.central), first(|r| r.high)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::prelude::*;

    #[test]
    fn results_carry_the_projection_the_charts_show() {
        let s = Scenario {
            yearly_growth: 0.5,
            ..Scenario::default()
        };
        let r = evaluate(&s);
        assert_eq!(
            SHOWN_YEARS.first(),
            Some(&1),
            "the first shown year is the scale chart's"
        );
        for y in r.yearly_kwh {
            let direct = yearly_kwh(&s, r.inference_wh_per_query, r.training_kwh, y.year);
            assert_eq!(y.kwh, direct, "year {}", y.year);
        }
        assert_eq!(
            r.china_generation_share.central,
            r.first_year_kwh().central / CHINA_GENERATION_KWH
        );
        let direct = first_year_reaching(
            &s,
            r.inference_wh_per_query,
            r.training_kwh,
            CHINA_SHARE_MARK,
        );
        assert_eq!(r.year_reaching_china_mark, direct);
    }

    #[test]
    fn rungs_climb_from_a_household_to_chinas_generation() {
        let values: Vec<f64> = Rung::ALL.iter().map(|r| r.kwh_per_year()).collect();
        assert!(
            values.windows(2).all(|w| w.first() < w.last()),
            "{values:?}"
        );
        assert!((CHINA_KWH_PER_PERSON - 6_996.0).abs() < 1.0);
    }

    #[test]
    fn a_year_of_a_flat_service_is_its_daily_use_times_365_plus_its_training() {
        let s = Scenario::default();
        let r = evaluate(&s);
        let y = yearly_kwh(&s, r.inference_wh_per_query, r.training_kwh, 1);
        let expect = r.inference_kwh_per_day.central * 365.0 + r.training_kwh.central;
        assert!((y.central - expect).abs() / expect < 1e-9);
        assert!(y.low <= y.central && y.central <= y.high);
        // Two years of deployment: half the training in each year.
        let two = Scenario {
            days: 730.0,
            ..s.clone()
        };
        let r2 = evaluate(&two);
        let y2 = yearly_kwh(&two, r2.inference_wh_per_query, r2.training_kwh, 1).central;
        assert!(
            (y2 - (r2.inference_kwh_per_day.central * 365.0 + r2.training_kwh.central / 2.0)).abs()
                < 1e-3 * y2
        );
        // The share the page shows is the first year's.
        assert!(
            (r.china_generation_share.central - y.central / CHINA_GENERATION_KWH).abs() < 1e-15
        );
    }

    #[test]
    fn doubling_queries_reach_one_percent_of_china_and_flat_ones_do_not() {
        let flat = Scenario::default();
        assert_eq!(
            first_year_reaching(
                &flat,
                evaluate(&flat).inference_wh_per_query,
                evaluate(&flat).training_kwh,
                CHINA_SHARE_MARK
            ),
            [None; 3]
        );
        let growing = Scenario {
            yearly_growth: 1.0,
            ..Scenario::default()
        };
        let r = evaluate(&growing);
        let years = first_year_reaching(
            &growing,
            r.inference_wh_per_query,
            r.training_kwh,
            CHINA_SHARE_MARK,
        );
        let [Some(low), Some(central), Some(high)] = years else {
            panic!("doubling every year reaches 1% within 50 years in every case: {years:?}");
            // ok: test
        };
        assert!(high <= central && central <= low, "{high} {central} {low}");
        // Year `central` is the first at or above the mark; the year before is below it.
        let mark = CHINA_MARK_KWH;
        assert!(
            yearly_kwh(&growing, r.inference_wh_per_query, r.training_kwh, central).central >= mark
        );
        assert!(
            yearly_kwh(
                &growing,
                r.inference_wh_per_query,
                r.training_kwh,
                central - 1
            )
            .central
                < mark
        );
        // Doubling each year: year 3 uses about four times year 1's serving.
        let (y1, y3) = (
            yearly_kwh(&growing, r.inference_wh_per_query, r.training_kwh, 1),
            yearly_kwh(&growing, r.inference_wh_per_query, r.training_kwh, 3),
        );
        let serving = |y: Range| y.central - r.training_kwh.central;
        assert!((serving(y3) / serving(y1) - 4.0).abs() < 1e-6);
    }
}
