//! What an amount of electricity is "like": households, electric cars, phone charges, familiar trips.
//! Each basis is a public figure; each language writes its source (`Cite::Home`, `Cite::Ev` in `i18n`) from
//! these numbers. The page always says which basis it used.

/// Where a "household-year" is measured: baselines differ about 4× between countries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum HomeRegion {
    China,
    Usa,
    Germany,
    Uk,
    Japan,
}

/// One household baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HomeBasis {
    /// Share-link id (`home=cn`).
    pub id: &'static str,
    /// Average electricity of one household in one year, kWh.
    pub kwh_per_year: f64,
}

impl HomeRegion {
    pub const ALL: [HomeRegion; 5] = [
        HomeRegion::China,
        HomeRegion::Usa,
        HomeRegion::Germany,
        HomeRegion::Uk,
        HomeRegion::Japan,
    ];

    pub fn basis(self) -> &'static HomeBasis {
        match self {
            HomeRegion::China => &HomeBasis {
                id: "cn",
                kwh_per_year: 2_600.0,
            },
            HomeRegion::Usa => &HomeBasis {
                id: "us",
                kwh_per_year: 10_715.0,
            },
            HomeRegion::Germany => &HomeBasis {
                id: "de",
                kwh_per_year: 3_085.0,
            },
            HomeRegion::Uk => &HomeBasis {
                id: "uk",
                kwh_per_year: 2_700.0,
            },
            HomeRegion::Japan => &HomeBasis {
                id: "jp",
                kwh_per_year: 4_175.0,
            },
        }
    }

    pub fn from_id(id: &str) -> Option<HomeRegion> {
        HomeRegion::ALL
            .into_iter()
            .find(|r| r.basis().id.eq_ignore_ascii_case(id))
    }
}

all_is_complete!(HomeRegion);

/// The electric car a distance is driven in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Ev {
    Model3,
    ModelY,
}

/// One car's consumption.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvBasis {
    /// Share-link id (`ev=model3`).
    pub id: &'static str,
    pub name: &'static str,
    /// Energy from the socket per kilometre, including charging losses, Wh/km.
    pub wh_per_km: f64,
}

impl Ev {
    pub const ALL: [Ev; 2] = [Ev::Model3, Ev::ModelY];

    pub fn basis(self) -> &'static EvBasis {
        match self {
            Ev::Model3 => &EvBasis {
                id: "model3",
                name: "Tesla Model 3",
                wh_per_km: 158.0,
            },
            Ev::ModelY => &EvBasis {
                id: "modely",
                name: "Tesla Model Y",
                wh_per_km: 179.0,
            },
        }
    }

    pub fn from_id(id: &str) -> Option<Ev> {
        Ev::ALL
            .into_iter()
            .find(|e| e.basis().id.eq_ignore_ascii_case(id))
    }
}

all_is_complete!(Ev);

/// One full smartphone charge, Wh: the value Luccioni, Jernite & Strubell (FAccT 2024) use (0.012 kWh), a phone of
/// about 3,000 mAh at 3.85 V (11.6 Wh) with charging losses — a 2019-era phone; 2024 flagships hold 15–20 Wh, so
/// "phone charges" for a new phone are ~1.5× fewer.
pub const PHONE_CHARGE_WH: f64 = 12.0;

/// Beijing to Shanghai by road, km: the G2 Beijing–Shanghai Expressway's length.
pub const BEIJING_SHANGHAI_KM: f64 = 1_262.0;

/// Once round the Earth at the equator, km (WGS-84 equatorial circumference).
pub const EARTH_LAP_KM: f64 = 40_075.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for r in HomeRegion::ALL {
            assert_eq!(HomeRegion::from_id(r.basis().id), Some(r));
        }
        for e in Ev::ALL {
            assert_eq!(Ev::from_id(e.basis().id), Some(e));
        }
        assert_eq!(HomeRegion::from_id("fr"), None);
    }

    #[test]
    fn household_baselines_match_the_published_conversions() {
        // public-figures.md D1: GPT-3's 1,287 MWh is ~120 US and ~308 Japanese household-years.
        let us = 1_287_000.0 / HomeRegion::Usa.basis().kwh_per_year;
        let jp = 1_287_000.0 / HomeRegion::Japan.basis().kwh_per_year;
        assert!((us - 120.0).abs() < 1.0, "{us}");
        assert!((jp - 308.0).abs() < 1.0, "{jp}");
    }
}
