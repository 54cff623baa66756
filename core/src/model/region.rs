//! The reader's country, as the browser names it: a page opened without a link starts from that country's
//! household and, where one is sourced, its data-centre electricity price and currency (a US reader reads dollars
//! and US homes, not yuan and Chinese ones). A link keeps the bases it was written with: the page writes them
//! into the address as soon as it starts, so what the reader shares is what they saw.

use super::equivalence::HomeRegion;
use super::facility::Reference;
use super::Scenario;

/// The ISO 3166-1 code that ends a browser's language tag for `home`'s country (`en-US`), and the sourced price
/// row a reader from there starts with, if there is one (else the page keeps its price and names its currency).
pub fn country(home: HomeRegion) -> (&'static str, Option<Reference>) {
    match home {
        HomeRegion::China => ("CN", Some(Reference::PriceChinaDcWest)),
        // Virginia: the largest data-centre market in the US.
        HomeRegion::Usa => ("US", Some(Reference::PriceVirginia)),
        HomeRegion::Germany => ("DE", Some(Reference::PriceEuNonHousehold)),
        HomeRegion::Uk => ("GB", None),
        HomeRegion::Japan => ("JP", None),
    }
}

/// The region of a BCP 47 language tag, upper-cased: its first two-letter subtag after the language and before any
/// extension or private use (a one-letter singleton): `en-US` and `en-US-u-ca-gregory` → `US`, `zh-Hans-CN` → `CN`,
/// `es-419`, `en-x-us` and `de` → none. A walk over the bytes rather than splitting the tag: smaller, in the
/// download every first visit waits for.
fn region_subtag(tag: &str) -> Option<[u8; 2]> {
    let mut subtags = tag.as_bytes().split(|b| matches!(b, b'-' | b'_')).skip(1);
    subtags.find_map(|part| match part {
        [_] => Some(None),
        [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some(Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
        }
        _ => None,
    })?
}

/// Gives `s` the bases of the country whose region ends the browser language tag `tag` (`en-US`, `zh-Hans-CN`):
/// its household and, where [`country`] has a price, that price and its currency. Nothing changes for a tag
/// without a region or with one we have no household for.
pub fn take_region_of(s: &mut Scenario, tag: &str) {
    let Some(region) = region_subtag(tag) else {
        return;
    };
    let Some(home) = HomeRegion::ALL
        .into_iter()
        .find(|&h| country(h).0.as_bytes() == region)
    else {
        return;
    };
    s.home = home;
    if let Some(price) = country(home).1 {
        s.currency = price.currency().unwrap_or(s.currency);
        s.price_per_kwh = price.value();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::Currency;
    use alloc::format;

    fn in_region(tag: &str) -> Scenario {
        let mut s = Scenario::default();
        take_region_of(&mut s, tag);
        s
    }

    #[test]
    fn a_readers_country_gives_its_household_and_its_sourced_price() {
        let s = Scenario::default();
        let us = in_region("en-US");
        assert_eq!(
            (us.home, us.currency, us.price_per_kwh),
            (
                HomeRegion::Usa,
                Currency::Usd,
                Reference::PriceVirginia.value()
            )
        );
        let de = in_region("de_de");
        assert_eq!(
            (de.home, de.currency, de.price_per_kwh),
            (
                HomeRegion::Germany,
                Currency::Eur,
                Reference::PriceEuNonHousehold.value()
            )
        );
        // A household without a sourced price: the currency and price stay, and the page names the currency.
        let uk = in_region("en-GB");
        assert_eq!(
            (uk.home, uk.currency, uk.price_per_kwh),
            (HomeRegion::Uk, s.currency, s.price_per_kwh)
        );
        assert_eq!(in_region("zh-Hans-CN"), s);
        // No region, or one we have no household for: nothing changes, the AI least of all.
        assert_eq!(in_region("en-US-u-ca-gregory"), us);
        assert_eq!(in_region("de-DE-1996"), de);
        for tag in [
            "en",
            "",
            "-",
            "fr-FR",
            "es-419",
            "en-USA",
            "us",
            "en-x-us",
            "zh-Hant-TW",
            "sr-Latn-RS",
            "en-u-rg-usz",
        ] {
            assert_eq!(in_region(tag), s, "{tag}");
        }
    }

    #[test]
    fn every_country_has_its_own_code_and_a_price_in_a_currency() {
        for home in HomeRegion::ALL {
            let (code, price) = country(home);
            assert_eq!(in_region(&format!("en-{code}")).home, home);
            if let Some(p) = price {
                assert!(p.currency().is_some(), "{home:?}: {p:?} is not a price");
            }
        }
        // China's row is the page's own default: a Chinese reader's page does not move.
        let cn = country(HomeRegion::China).1.map(Reference::value);
        assert_eq!(cn, Some(Scenario::default().price_per_kwh));
    }
}
