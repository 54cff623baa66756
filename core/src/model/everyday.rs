//! One query's energy beside familiar things: a web search, an LED bulb for an hour, a phone charge, boiling a
//! kettle, and this calculator's own estimates of a chat answer, a reasoning model's answer, an image and a
//! 5-second video.

use super::energy::wh_per_query;
use super::equivalence::PHONE_CHARGE_WH;
use super::growth::DAYS_PER_YEAR;
use super::presets::Preset;
use super::{Range, Scenario};
use crate::prelude::*;

/// A familiar amount of energy, per use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Everyday {
    WebSearch,
    LedHour,
    PhoneCharge,
    Kettle,
    ReasoningAnswer,
    /// A chat answer (`preset=llama70b`).
    ChatAnswer,
    /// One 1024² image (`preset=sd35`).
    Image,
    /// One 5-second 720p video (`preset=wan`).
    ShortVideo,
}

/// Water's specific heat, kJ per kg per kelvin.
pub const WATER_KJ_PER_KG_K: f64 = 4.186;
/// A kettle heats water from 20 °C to 100 °C.
pub const KETTLE_RISE_K: f64 = 80.0;
/// Share of a kettle's electricity that heats the water (~90%).
pub const KETTLE_EFFICIENCY: f64 = 0.9;

impl Everyday {
    /// Every one, in the order the ladder lists them (smallest first for the fixed ones).
    pub const ALL: [Everyday; 8] = [
        Everyday::ChatAnswer,
        Everyday::WebSearch,
        Everyday::Image,
        Everyday::LedHour,
        Everyday::PhoneCharge,
        Everyday::ReasoningAnswer,
        Everyday::Kettle,
        Everyday::ShortVideo,
    ];

    /// The preset behind one of this calculator's own estimates.
    pub fn preset(self) -> Option<Preset> {
        match self {
            Everyday::ReasoningAnswer => Some(Preset::Reasoning),
            Everyday::ChatAnswer => Some(Preset::Llama70b),
            Everyday::Image => Some(Preset::Sd35Image),
            Everyday::ShortVideo => Some(Preset::WanVideo),
            Everyday::WebSearch | Everyday::LedHour | Everyday::PhoneCharge | Everyday::Kettle => {
                None
            }
        }
    }

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
            // This calculator's `preset=r1`, `llama70b`, `sd35`, `wan`.
            Everyday::ReasoningAnswer
            | Everyday::ChatAnswer
            | Everyday::Image
            | Everyday::ShortVideo => self
                .preset()
                .map_or(Range::exact(0.0), |p| wh_per_query(&p.scenario())),
        }
    }
}

all_is_complete!(Everyday);

/// A familiar amount a person knows, to say one item's or a person's energy in: how many of it the energy is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Familiar {
    /// Full smartphone charges (`Everyday::PhoneCharge`).
    PhoneCharges,
    /// Hours of a 9 W LED bulb (`Everyday::LedHour`).
    LedHours,
    /// Litres of water boiled in a kettle (`Everyday::Kettle`).
    KettleBoils,
    /// Minutes of a household's electricity (the scenario's household basis, its year ÷ 525,600 minutes).
    HouseholdMinutes,
    /// Kilometres driven in the scenario's electric car.
    EvKm,
}

impl Familiar {
    pub const ALL: [Familiar; 5] = [
        Familiar::PhoneCharges,
        Familiar::LedHours,
        Familiar::KettleBoils,
        Familiar::HouseholdMinutes,
        Familiar::EvKm,
    ];
    /// What one item is said in: things a single use compares with.
    pub const ITEM: [Familiar; 3] = [
        Familiar::PhoneCharges,
        Familiar::LedHours,
        Familiar::KettleBoils,
    ];

    /// Its energy, Wh, for the scenario's household and car.
    pub fn wh(self, s: &Scenario) -> f64 {
        match self {
            Familiar::PhoneCharges => Everyday::PhoneCharge.wh().central,
            Familiar::LedHours => Everyday::LedHour.wh().central,
            Familiar::KettleBoils => Everyday::Kettle.wh().central,
            Familiar::HouseholdMinutes => {
                s.home.basis().kwh_per_year * 1_000.0 / (DAYS_PER_YEAR * 24.0 * 60.0)
            }
            Familiar::EvKm => s.ev.basis().wh_per_km,
        }
    }
}

all_is_complete!(Familiar);

/// Least of a familiar amount worth saying: below a hundredth of one, a person reads nothing from it.
pub const LEAST_SAID: f64 = 0.01;

/// `wh` said in each of `familiar` (how many of it), those of at least [`LEAST_SAID`] of one, in that order.
pub fn said_in(wh: f64, familiar: &[Familiar], s: &Scenario) -> Vec<(Familiar, f64)> {
    familiar
        .iter()
        .map(|&f| (f, wh / f.wh(s)))
        .filter(|&(_, n)| n >= LEAST_SAID)
        .collect()
}

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
        // A 5-second video costs about as much as a few thousand chat answers, an image about a dozen.
        let (chat, image, video) = (
            Everyday::ChatAnswer.wh().central,
            Everyday::Image.wh().central,
            Everyday::ShortVideo.wh().central,
        );
        assert!(
            image > 5.0 * chat && image < Everyday::PhoneCharge.wh().central,
            "{image} {chat}"
        );
        assert!(
            video > 1_000.0 * chat && video > 5.0 * kettle.central,
            "{video}"
        );
    }
}
