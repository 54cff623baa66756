//! One query's energy beside familiar things: a web search, an LED bulb for an hour, a phone charge, boiling a
//! kettle, and a reasoning model's answer (this calculator's own estimate of one).

use super::equivalence::PHONE_CHARGE_WH;
use super::presets::Preset;
use super::{evaluate, Range};

/// A familiar amount of energy, per use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Everyday {
    WebSearch,
    LedHour,
    PhoneCharge,
    Kettle,
    ReasoningAnswer,
}

/// Water's specific heat, kJ per kg per kelvin.
pub const WATER_KJ_PER_KG_K: f64 = 4.186;
/// A kettle heats water from 20 °C to 100 °C.
pub const KETTLE_RISE_K: f64 = 80.0;
/// Share of a kettle's electricity that heats the water (~90%).
pub const KETTLE_EFFICIENCY: f64 = 0.9;

impl Everyday {
    /// Every one, in the order the ladder lists them (smallest first for the fixed ones).
    pub const ALL: [Everyday; 5] = [
        Everyday::WebSearch,
        Everyday::LedHour,
        Everyday::PhoneCharge,
        Everyday::ReasoningAnswer,
        Everyday::Kettle,
    ];

    /// Its energy, Wh (a range where it is this calculator's estimate). Each language writes where the figure
    /// comes from (`Cite::Everyday`).
    pub fn wh(self) -> Range {
        match self {
            // Google 2009 (Hölzle): 0.0003 kWh per search, the figure de Vries (Joule 2023) compares AI with.
            Everyday::WebSearch => Range::exact(0.3),
            // A 9 W LED bulb (800 lm, the 60 W-incandescent equivalent; US DOE / ENERGY STAR) for one hour.
            Everyday::LedHour => Range::exact(9.0),
            // Luccioni, Jernite & Strubell, FAccT 2024.
            Everyday::PhoneCharge => Range::exact(PHONE_CHARGE_WH),
            // 1 litre from 20 °C to 100 °C at 4.186 kJ/(kg·K), in a kettle ~90% efficient.
            Everyday::Kettle => {
                Range::exact(1.0 * WATER_KJ_PER_KG_K * KETTLE_RISE_K / 3.6 / KETTLE_EFFICIENCY)
            }
            // This calculator's `preset=r1`.
            Everyday::ReasoningAnswer => {
                evaluate(&Preset::Reasoning.scenario()).inference_wh_per_query
            }
        }
    }
}

all_is_complete!(Everyday);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kettle_is_about_a_hundred_watt_hours_and_a_reasoning_answer_dwarfs_a_search() {
        let kettle = Everyday::Kettle.wh();
        assert!((kettle.central - 103.4).abs() < 0.1, "{kettle:?}");
        let reasoning = Everyday::ReasoningAnswer.wh();
        assert!(reasoning.low <= reasoning.central && reasoning.central <= reasoning.high);
        assert!(reasoning.central > 10.0 * Everyday::WebSearch.wh().central);
    }
}
