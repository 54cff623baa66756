//! Reference values for the facility and the grid: PUE, grid carbon intensity, water and electricity prices.
//! The page offers them as one-click choices, labels and explanations quote them, and exports cite them. Each
//! row is a [`Reference`] variant, a typed id: a misspelt row does not compile, and every match over them is
//! exhaustive, so a new row cannot be half-wired.

use super::scenario::{Currency, Field};

/// Which input a reference row gives a value for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum ReferenceKind {
    /// Power usage effectiveness: total facility power over IT power.
    Pue,
    /// Grid carbon intensity, gCO2e per kWh (location-based).
    Grid,
    /// Water use effectiveness: on-site litres per kWh of IT energy (The Green Grid's definition), the basis
    /// water is computed on (facility energy ÷ PUE).
    Wue,
    /// An electricity price per kWh, in its own currency.
    Price,
}

impl ReferenceKind {
    pub const ALL: [ReferenceKind; 4] = [
        ReferenceKind::Pue,
        ReferenceKind::Grid,
        ReferenceKind::Wue,
        ReferenceKind::Price,
    ];

    /// The input this kind of row sets.
    pub fn field(self) -> Field {
        match self {
            ReferenceKind::Pue => Field::Pue,
            ReferenceKind::Grid => Field::Grid,
            ReferenceKind::Wue => Field::Wue,
            ReferenceKind::Price => Field::Price,
        }
    }

    /// Whether a drop-down of these rows shows each row's value beside its name (a PUE, a price), or its name alone
    /// (a grid, a water figure: the name says where).
    pub fn shows_value(self) -> bool {
        match self {
            ReferenceKind::Pue | ReferenceKind::Price => true,
            ReferenceKind::Grid | ReferenceKind::Wue => false,
        }
    }

    /// The kind whose rows give values for `field`, if any.
    pub fn of(field: Field) -> Option<ReferenceKind> {
        ReferenceKind::ALL.into_iter().find(|k| k.field() == field)
    }

    /// This kind's rows, in the order the page lists them.
    pub fn rows(self) -> impl Iterator<Item = Reference> {
        Reference::ALL.into_iter().filter(move |r| r.kind() == self)
    }

    /// The row of this kind with the stable id `id`, if any (ids are unique within a kind).
    pub fn find(self, id: &str) -> Option<Reference> {
        self.rows().find(|r| r.id() == id)
    }
}

all_is_complete!(ReferenceKind);

/// One reference row, named by what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Reference {
    PueIndustry2023,
    PueIndustry2024,
    PueHyperscale,
    PueGoogle,
    PueImmersion,
    GridWorld,
    GridChina,
    GridChinaOfficial,
    GridUsa,
    GridEu,
    GridGermany,
    GridFrance,
    GridUk,
    GridJapan,
    GridSweden,
    WueIndustry,
    WueGoogle,
    WueMicrosoft,
    PriceChinaDcWest,
    PriceChinaEast,
    PriceChinaWest,
    PriceFusionPpa,
    PriceVirginia,
    PriceTexas,
    PriceEuNonHousehold,
}

impl Reference {
    pub const ALL: [Reference; 25] = [
        Reference::PueIndustry2023,
        Reference::PueIndustry2024,
        Reference::PueHyperscale,
        Reference::PueGoogle,
        Reference::PueImmersion,
        Reference::GridWorld,
        Reference::GridChina,
        Reference::GridChinaOfficial,
        Reference::GridUsa,
        Reference::GridEu,
        Reference::GridGermany,
        Reference::GridFrance,
        Reference::GridUk,
        Reference::GridJapan,
        Reference::GridSweden,
        Reference::WueIndustry,
        Reference::WueGoogle,
        Reference::WueMicrosoft,
        Reference::PriceChinaDcWest,
        Reference::PriceChinaEast,
        Reference::PriceChinaWest,
        Reference::PriceFusionPpa,
        Reference::PriceVirginia,
        Reference::PriceTexas,
        Reference::PriceEuNonHousehold,
    ];

    /// Which input it is a value for.
    pub fn kind(self) -> ReferenceKind {
        use Reference::*;
        match self {
            PueIndustry2023 | PueIndustry2024 | PueHyperscale | PueGoogle | PueImmersion => {
                ReferenceKind::Pue
            }
            GridWorld | GridChina | GridChinaOfficial | GridUsa | GridEu | GridGermany
            | GridFrance | GridUk | GridJapan | GridSweden => ReferenceKind::Grid,
            WueIndustry | WueGoogle | WueMicrosoft => ReferenceKind::Wue,
            PriceChinaDcWest | PriceChinaEast | PriceChinaWest | PriceFusionPpa | PriceVirginia
            | PriceTexas | PriceEuNonHousehold => ReferenceKind::Price,
        }
    }

    /// Stable id, unique within its kind: the page's drop-down values and the exports' `reference` field.
    pub fn id(self) -> &'static str {
        use Reference::*;
        match self {
            PueIndustry2023 => "industry-2023",
            PueIndustry2024 => "industry-2024",
            PueHyperscale => "hyperscale",
            PueGoogle => "google",
            PueImmersion => "immersion",
            GridWorld => "world",
            GridChina => "cn",
            GridChinaOfficial => "cn-mee",
            GridUsa => "us",
            GridEu => "eu",
            GridGermany => "de",
            GridFrance => "fr",
            GridUk => "uk",
            GridJapan => "jp",
            GridSweden => "se",
            WueIndustry => "industry",
            WueGoogle => "google",
            WueMicrosoft => "msft",
            PriceChinaDcWest => "cn-dc-west",
            PriceChinaEast => "cn-east",
            PriceChinaWest => "cn-west",
            PriceFusionPpa => "fusion-ppa",
            PriceVirginia => "us-virginia",
            PriceTexas => "us-texas",
            PriceEuNonHousehold => "eu-nonhousehold",
        }
    }

    /// The value in its field's unit (PUE; gCO2e/kWh; L per IT kWh; price per kWh in [`Reference::currency`]).
    pub fn value(self) -> f64 {
        self.row().0
    }

    /// Where the value comes from.
    pub fn source(self) -> &'static str {
        self.row().1
    }

    /// The currency of a price row; `None` for the other kinds.
    pub fn currency(self) -> Option<Currency> {
        use Reference::*;
        match self {
            PriceChinaDcWest | PriceChinaEast | PriceChinaWest | PriceFusionPpa => {
                Some(Currency::Cny)
            }
            PriceVirginia | PriceTexas => Some(Currency::Usd),
            PriceEuNonHousehold => Some(Currency::Eur),
            PueIndustry2023 | PueIndustry2024 | PueHyperscale | PueGoogle | PueImmersion
            | GridWorld | GridChina | GridChinaOfficial | GridUsa | GridEu | GridGermany
            | GridFrance | GridUk | GridJapan | GridSweden | WueIndustry | WueGoogle
            | WueMicrosoft => None,
        }
    }

    /// The row whose value (and currency, for a price) the scenario's `field` has, if any: what the page's
    /// drop-downs show as chosen and what an export cites for that input.
    pub fn matching(kind: ReferenceKind, value: f64, currency: Currency) -> Option<Reference> {
        kind.rows()
            .find(|r| r.value() == value && r.currency().is_none_or(|c| c == currency))
    }

    /// The value and its source.
    fn row(self) -> (f64, &'static str) {
        use Reference::*;
        match self {
            PueIndustry2023 => (1.58, "Uptime Institute global survey 2023: average 1.58"),
            PueIndustry2024 => (1.56, "Uptime Institute global survey 2024: average 1.56"),
            // Until data version 2026.12-2 this was 1.10, which no cited source gives.
            PueHyperscale => (1.14, "AWS 2023 global fleet 1.14 (EcoLogits provider table, from AWS's sustainability report; Microsoft 1.20)"),
            PueGoogle => (1.09, "Google fleet 1.09 (Gemini per-prompt paper, arXiv 2508.15734)"),
            PueImmersion => (1.09, "Immersion cooling as a Chinese news article reports for Alibaba (1.09, unverified; Alibaba's verified Chengdu site: as low as 1.15)"),
            GridWorld => (480.0, "Ember Global Electricity Review 2024: world 2023"),
            GridChina => (582.0, "China 2023, OWID/Ember (codecarbon global_energy_mix.json)"),
            // 2022: 0.5366.
            GridChinaOfficial => (530.6, "China 2023 national average power CO2 factor 0.5306 kg/kWh (Ministry of Ecology and Environment, National Bureau of Statistics)"),
            GridUsa => (369.0, "USA 2023, OWID/Ember (codecarbon)"),
            GridEu => (226.0, "EU-27 2020, EEA (codecarbon eu-carbon-intensity-electricity.csv)"),
            GridGermany => (381.0, "Germany 2023, OWID/Ember (codecarbon)"),
            GridFrance => (56.0, "France 2023, OWID (RTE gives 32)"),
            GridUk => (238.0, "UK 2023, OWID/Ember (codecarbon)"),
            GridJapan => (485.0, "Japan 2023, OWID/Ember (codecarbon)"),
            GridSweden => (41.0, "Sweden 2023, OWID/Ember (codecarbon)"),
            WueIndustry => (1.8, "US on-site average ~1.8 L per IT kWh (Shehabi et al. 2016, via Mytton 2021)"),
            // 1.08 per facility kWh.
            WueGoogle => (1.18, "Gemini's 0.26 mL per prompt over its IT energy, 0.24 Wh ÷ PUE 1.09 (Google 2025)"),
            WueMicrosoft => (0.569, "Microsoft/OpenAI on-site 0.569 L per IT kWh (EcoLogits provider table)"),
            // ~30% below the east: the default, the one Chinese figure with a source.
            PriceChinaDcWest => (0.40, "West China data-centre hubs ~0.4 CNY/kWh with 2025 subsidies (Financial Times, Nov 2025)"),
            PriceChinaEast => (0.676, "East China industrial average, as printed in Chinese news articles on East Data West Computing (primary source not found)"),
            PriceChinaWest => (0.541, "West China industrial average, as printed in the same articles (primary source not found)"),
            PriceFusionPpa => (0.07, "Helion fusion PPA ≈ 7 fen/kWh, as printed in Chinese news articles (Helion and Microsoft disclosed no price)"),
            PriceVirginia => (0.0892, "Virginia industrial 2023: 8.92 ¢/kWh (EIA Electric Power Annual 2023)"),
            PriceTexas => (0.066, "Texas industrial 2023: 6.60 ¢/kWh (EIA Electric Power Annual 2023)"),
            PriceEuNonHousehold => (0.20, "EU non-household ~€0.20/kWh excl. VAT, H2 2023 (Eurostat)"),
        }
    }
}

all_is_complete!(Reference);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;

    #[test]
    fn every_reference_value_is_accepted_by_its_field_and_sourced() {
        for r in Reference::ALL {
            let field = r.kind().field();
            assert_eq!(field.check(r.value()), Ok(r.value()), "{r:?}");
            assert!(r.source().len() > 20, "{r:?}");
            assert_eq!(r.kind().find(r.id()), Some(r));
            assert_eq!(
                r.currency().is_some(),
                r.kind() == ReferenceKind::Price,
                "{r:?}"
            );
        }
        assert_eq!(Reference::PueGoogle.value(), 1.09);
        assert_eq!(ReferenceKind::Pue.find("nope"), None);
    }

    /// `ALL` lists every row exactly once: the match names every variant, so a new row fails to compile here
    /// until it is added to the match, and the count check fails until it is added to `ALL`.
    #[test]
    fn all_lists_every_row_once() {
        let position = |r: Reference| match r {
            Reference::PueIndustry2023
            | Reference::PueIndustry2024
            | Reference::PueHyperscale
            | Reference::PueGoogle
            | Reference::PueImmersion
            | Reference::GridWorld
            | Reference::GridChina
            | Reference::GridChinaOfficial
            | Reference::GridUsa
            | Reference::GridEu
            | Reference::GridGermany
            | Reference::GridFrance
            | Reference::GridUk
            | Reference::GridJapan
            | Reference::GridSweden
            | Reference::WueIndustry
            | Reference::WueGoogle
            | Reference::WueMicrosoft
            | Reference::PriceChinaDcWest
            | Reference::PriceChinaEast
            | Reference::PriceChinaWest
            | Reference::PriceFusionPpa
            | Reference::PriceVirginia
            | Reference::PriceTexas
            | Reference::PriceEuNonHousehold => Reference::ALL.iter().position(|x| *x == r),
        };
        for r in Reference::ALL {
            assert!(position(r).is_some());
        }
        let mut ids: Vec<(ReferenceKind, &str)> =
            Reference::ALL.iter().map(|r| (r.kind(), r.id())).collect();
        ids.sort_by_key(|(k, id)| (format!("{k:?}"), *id));
        ids.dedup();
        assert_eq!(ids.len(), Reference::ALL.len(), "ids unique within a kind");
    }
}
