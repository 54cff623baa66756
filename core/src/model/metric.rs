//! The results the calculator gives, as a type. Each has a stable key (the page's `result-<key>` hook, the
//! JSON and CSV name, the command line's field) and the kind of unit it is counted in. Every list of
//! results iterates [`Metric::ALL`]; every match over a `Metric` is exhaustive, so a new result does not
//! compile until its card, its working, its label in both languages and its export exist.

/// One result of an evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Metric {
    TrainingKwh,
    TrainingAcceleratorHours,
    InferenceWhPerQuery,
    InferenceKwhPerDay,
    InferenceKwh,
    TotalKwh,
    TrainingShare,
    HouseholdYears,
    TeslaKm,
    BeijingShanghaiTrips,
    EarthLaps,
    PhoneCharges,
    Cost,
    Co2Kg,
    WaterL,
    /// A year of the service (training spread over its deployment) ÷ China's yearly generation.
    ChinaGenerationShare,
    /// Training shared over the deployment's items, Wh per item.
    TrainingWhPerQuery,
    /// A person's own use a day, Wh (`me.` lines).
    MyWhPerDay,
    /// A person's own use a year, kWh.
    MyKwhPerYear,
}

/// What a result counts, in its base unit: how it is formatted for a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitKind {
    /// Energy, kWh.
    Kwh,
    /// A small energy, Wh (per query).
    Wh,
    /// Accelerator-hours.
    AcceleratorHours,
    /// A fraction 0–1.
    Fraction,
    HouseholdYears,
    Km,
    Trips,
    Laps,
    Charges,
    /// The scenario's currency.
    Money,
    /// Mass of CO2e, kg.
    Kg,
    /// Volume of water, litres.
    Litres,
}

/// Where the page shows a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the headline above the cards (the total and the training share) — unless the question leads with another
    /// result, which then takes the headline and the total a card.
    Headline,
    /// As a card of its own.
    Card,
    /// As a card under "more results", folded at first: the parts and the details behind the cards.
    More,
}

impl Metric {
    /// Every result, in the order the page shows them and the exports list them.
    pub const ALL: [Metric; 19] = [
        Metric::TrainingKwh,
        Metric::TrainingAcceleratorHours,
        Metric::InferenceWhPerQuery,
        Metric::InferenceKwhPerDay,
        Metric::InferenceKwh,
        Metric::TotalKwh,
        Metric::TrainingShare,
        Metric::HouseholdYears,
        Metric::TeslaKm,
        Metric::BeijingShanghaiTrips,
        Metric::EarthLaps,
        Metric::PhoneCharges,
        Metric::Cost,
        Metric::Co2Kg,
        Metric::WaterL,
        Metric::ChinaGenerationShare,
        Metric::TrainingWhPerQuery,
        Metric::MyWhPerDay,
        Metric::MyKwhPerYear,
    ];

    /// The results an embed shows under its total, in order.
    pub const EMBED: [Metric; 3] = [
        Metric::HouseholdYears,
        Metric::TeslaKm,
        Metric::InferenceWhPerQuery,
    ];

    /// The stable key: `data-testid="result-<key>"`, the JSON/CSV name and the command line's field.
    /// Never renamed: exports and scripts read it.
    pub fn key(self) -> &'static str {
        match self {
            Metric::TrainingKwh => "training_kwh",
            Metric::TrainingAcceleratorHours => "training_accelerator_hours",
            Metric::InferenceWhPerQuery => "inference_wh_per_query",
            Metric::InferenceKwhPerDay => "inference_kwh_per_day",
            Metric::InferenceKwh => "inference_kwh",
            Metric::TotalKwh => "total_kwh",
            Metric::TrainingShare => "training_share",
            Metric::HouseholdYears => "household_years",
            Metric::TeslaKm => "tesla_km",
            Metric::BeijingShanghaiTrips => "beijing_shanghai_trips",
            Metric::EarthLaps => "earth_laps",
            Metric::PhoneCharges => "phone_charges",
            Metric::Cost => "cost",
            Metric::Co2Kg => "co2_kg",
            Metric::WaterL => "water_l",
            Metric::ChinaGenerationShare => "china_generation_share",
            Metric::TrainingWhPerQuery => "training_wh_per_query",
            Metric::MyWhPerDay => "my_wh_per_day",
            Metric::MyKwhPerYear => "my_kwh_per_year",
        }
    }

    /// The unit the result is counted in.
    pub fn unit(self) -> UnitKind {
        match self {
            Metric::TrainingKwh
            | Metric::InferenceKwhPerDay
            | Metric::InferenceKwh
            | Metric::TotalKwh
            | Metric::MyKwhPerYear => UnitKind::Kwh,
            Metric::TrainingAcceleratorHours => UnitKind::AcceleratorHours,
            Metric::InferenceWhPerQuery | Metric::TrainingWhPerQuery | Metric::MyWhPerDay => {
                UnitKind::Wh
            }
            Metric::TrainingShare | Metric::ChinaGenerationShare => UnitKind::Fraction,
            Metric::HouseholdYears => UnitKind::HouseholdYears,
            Metric::TeslaKm => UnitKind::Km,
            Metric::BeijingShanghaiTrips => UnitKind::Trips,
            Metric::EarthLaps => UnitKind::Laps,
            Metric::PhoneCharges => UnitKind::Charges,
            Metric::Cost => UnitKind::Money,
            Metric::Co2Kg => UnitKind::Kg,
            Metric::WaterL => UnitKind::Litres,
        }
    }

    /// Where the page shows it.
    pub fn place(self) -> Place {
        match self {
            Metric::TotalKwh | Metric::TrainingShare => Place::Headline,
            Metric::TrainingKwh
            | Metric::TrainingAcceleratorHours
            | Metric::InferenceKwhPerDay
            | Metric::InferenceKwh
            | Metric::BeijingShanghaiTrips
            | Metric::EarthLaps
            | Metric::PhoneCharges
            | Metric::ChinaGenerationShare
            | Metric::TrainingWhPerQuery
            | Metric::MyWhPerDay
            | Metric::MyKwhPerYear => Place::More,
            Metric::InferenceWhPerQuery
            | Metric::HouseholdYears
            | Metric::TeslaKm
            | Metric::Cost
            | Metric::Co2Kg
            | Metric::WaterL => Place::Card,
        }
    }

    /// The result with this key, if any.
    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }
}

all_is_complete!(Metric);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_read_back() {
        for m in Metric::ALL {
            assert_eq!(Metric::from_key(m.key()), Some(m));
            assert_eq!(Metric::ALL.iter().filter(|n| n.key() == m.key()).count(), 1);
        }
    }
}
