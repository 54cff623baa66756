//! Reference values for the facility and the grid: PUE, grid carbon intensity, water and electricity prices.
//! The page offers them as one-click choices; each keeps its source in the comment above it.

use super::scenario::Currency;

/// A named reference value. Its source is the comment above it (and docs/METHODOLOGY.md); the sources are
/// not carried at run time, to keep the page small.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reference {
    /// Stable id (used by the page and the docs).
    pub id: &'static str,
    pub value: f64,
}

/// Power usage effectiveness: total facility power over IT power.
pub const PUE_PRESETS: [Reference; 5] = [
    // Uptime Institute global survey 2023: average 1.58
    Reference {
        id: "industry-2023",
        value: 1.58,
    },
    // Uptime Institute global survey 2024: average 1.56
    Reference {
        id: "industry-2024",
        value: 1.56,
    },
    // Hyperscale cloud: AWS's 2023 global fleet 1.14 (EcoLogits provider table, from AWS's sustainability report;
    // Microsoft 1.20 in the same table). Until data version 2026.12-2 this was 1.10, which no cited source gives.
    Reference {
        id: "hyperscale",
        value: 1.14,
    },
    // Google fleet 1.09 (Gemini per-prompt paper, arXiv 2508.15734)
    Reference {
        id: "google",
        value: 1.09,
    },
    // Immersion liquid cooling as a Chinese news article reports for Alibaba (1.09, unverified; Alibaba's verified Chengdu immersion site: as low as 1.15)
    Reference {
        id: "immersion",
        value: 1.09,
    },
];

/// Grid carbon intensity, gCO2e per kWh (location-based).
pub const GRID_PRESETS: [Reference; 10] = [
    // Ember Global Electricity Review 2024: world 2023
    Reference {
        id: "world",
        value: 480.0,
    },
    // China 2023, OWID/Ember (codecarbon global_energy_mix.json)
    Reference {
        id: "cn",
        value: 582.0,
    },
    // China 2023, the official national average power CO2 factor: 0.5306 kgCO2/kWh (Ministry of Ecology and
    // Environment with the National Bureau of Statistics; 2022: 0.5366)
    Reference {
        id: "cn-mee",
        value: 530.6,
    },
    // USA 2023, OWID/Ember (codecarbon)
    Reference {
        id: "us",
        value: 369.0,
    },
    // EU-27 2020, EEA (codecarbon eu-carbon-intensity-electricity.csv)
    Reference {
        id: "eu",
        value: 226.0,
    },
    // Germany 2023, OWID/Ember (codecarbon)
    Reference {
        id: "de",
        value: 381.0,
    },
    // France 2023, OWID (RTE gives 32)
    Reference {
        id: "fr",
        value: 56.0,
    },
    // UK 2023, OWID/Ember (codecarbon)
    Reference {
        id: "uk",
        value: 238.0,
    },
    // Japan 2023, OWID/Ember (codecarbon)
    Reference {
        id: "jp",
        value: 485.0,
    },
    // Sweden 2023, OWID/Ember (codecarbon)
    Reference {
        id: "se",
        value: 41.0,
    },
];

/// Water use effectiveness: on-site litres per kWh of IT energy (The Green Grid's definition), the basis water is
/// computed on (facility energy ÷ PUE).
pub const WUE_PRESETS: [Reference; 3] = [
    // On-site US average ~1.8 L per IT kWh (Shehabi et al. 2016, via Mytton 2021)
    Reference {
        id: "industry",
        value: 1.8,
    },
    // Derived from Gemini's 0.26 mL per prompt over its IT energy, 0.24 Wh ÷ PUE 1.09 (2025); 1.08 per facility kWh
    Reference {
        id: "google",
        value: 1.18,
    },
    // Microsoft/OpenAI on-site 0.569 L per IT kWh (EcoLogits provider table)
    Reference {
        id: "msft",
        value: 0.569,
    },
];

/// An electricity price with its currency.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PricePreset {
    pub id: &'static str,
    pub per_kwh: f64,
    pub currency: Currency,
}

/// Electricity prices per kWh; each row's source (or "as printed") in the comment above it.
pub const PRICE_PRESETS: [PricePreset; 7] = [
    // West China data-centre hubs (Gansu, Guizhou, Inner Mongolia) ~0.4 元/kWh with 2025 subsidies, ~30% below the
    // east (Financial Times, Nov 2025, via greenergydaily.com): the default, the one Chinese figure with a source
    PricePreset {
        id: "cn-dc-west",
        per_kwh: 0.40,
        currency: Currency::Cny,
    },
    // East China industrial average 0.676 元/kWh, as printed in Chinese news articles on 「东数西算」 (primary source not found)
    PricePreset {
        id: "cn-east",
        per_kwh: 0.676,
        currency: Currency::Cny,
    },
    // West China industrial average 0.541 元/kWh, as printed in the same articles (primary source not found)
    PricePreset {
        id: "cn-west",
        per_kwh: 0.541,
        currency: Currency::Cny,
    },
    // Helion fusion PPA ≈ 7 分/kWh, as printed in Chinese news articles (Helion and Microsoft disclosed no price)
    PricePreset {
        id: "fusion-ppa",
        per_kwh: 0.07,
        currency: Currency::Cny,
    },
    // Virginia industrial 2023: 8.92 ¢/kWh (EIA Electric Power Annual 2023)
    PricePreset {
        id: "us-virginia",
        per_kwh: 0.0892,
        currency: Currency::Usd,
    },
    // Texas industrial 2023: 6.60 ¢/kWh (EIA Electric Power Annual 2023)
    PricePreset {
        id: "us-texas",
        per_kwh: 0.066,
        currency: Currency::Usd,
    },
    // EU non-household ~€0.20/kWh excl. VAT, H2 2023 (Eurostat)
    PricePreset {
        id: "eu-nonhousehold",
        per_kwh: 0.20,
        currency: Currency::Eur,
    },
];

/// A reference value's number by id (0 if the table has no such id; the tables' tests check every id used).
pub fn value_of(table: &[Reference], id: &str) -> f64 {
    table.iter().find(|r| r.id == id).map_or(0.0, |r| r.value)
}

/// A price preset's price per kWh by id (0 if there is none).
pub fn price_of(id: &str) -> f64 {
    PRICE_PRESETS
        .iter()
        .find(|p| p.id == id)
        .map_or(0.0, |p| p.per_kwh)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::Field;

    #[test]
    fn every_reference_value_is_accepted_by_its_field() {
        for r in PUE_PRESETS {
            assert_eq!(Field::Pue.check(r.value), Ok(r.value), "{}", r.id);
        }
        for r in GRID_PRESETS {
            assert_eq!(Field::Grid.check(r.value), Ok(r.value), "{}", r.id);
        }
        for r in WUE_PRESETS {
            assert_eq!(Field::Wue.check(r.value), Ok(r.value), "{}", r.id);
        }
        for p in PRICE_PRESETS {
            assert_eq!(Field::Price.check(p.per_kwh), Ok(p.per_kwh), "{}", p.id);
            assert_eq!(price_of(p.id), p.per_kwh);
        }
        assert_eq!(value_of(&PUE_PRESETS, "google"), 1.09);
    }
}
