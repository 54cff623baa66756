//! The shortest decimal that reads back as the same double: what `format!("{}", v)` prints for an `f64`,
//! character for character (no exponent, `-0`, `NaN`, `inf`). Written here because the standard library's float
//! printing (Grisu with a Dragon4 fallback and their tables) was 10 KB of the page's WebAssembly; this one reuses
//! the exact arithmetic `parse::decimal` already carries. `tests/properties.rs` checks it against the standard
//! library.

use crate::bignum::{mantissa_exponent, Big};
use crate::prelude::*;

/// `v` as `{}` prints it: the fewest significant digits that read back as `v` exactly; of two
/// such decimals, the nearer (a tie goes to the larger); written out in full without an exponent
/// (`1e21` prints 22 characters, `1e-7` as `0.0000001`).
pub fn shortest(v: f64) -> String {
    let (sign, text, exp10) = match signed_digits(v, "0") {
        Ok(parts) => parts,
        Err(special) => return special,
    };
    // How many digits stand before the point.
    let whole = text.len() as i32 + exp10;
    let zeros = |n: i32| "0".repeat(n.max(0) as usize);
    if whole <= 0 {
        return cat!(sign, "0.", zeros(-whole), text);
    }
    match text.split_at_checked(whole as usize) {
        Some((int, frac)) if !frac.is_empty() => cat!(sign, int, ".", frac),
        Some(_) | None => cat!(sign, text, zeros(whole - text.len() as i32)),
    }
}

/// `v` with the same shortest digits in exponent form, as `{:e}` prints it: `1e-120`, `1.2345e-100`,
/// `1.8e12`, `0e0`. Anything that can be written out in full can also be written this way, in at most 24
/// characters, which is what a link writes when the full form would be longer than a reader's input box takes.
pub fn exponent_form(v: f64) -> String {
    let (sign, text, exp10) = match signed_digits(v, "0e0") {
        Ok(parts) => parts,
        Err(special) => return special,
    };
    // One digit before the point: the exponent moves by the number of digits after it.
    let exponent = exp10 + text.len() as i32 - 1;
    match text.split_at_checked(1) {
        Some((first, rest)) if !rest.is_empty() => {
            cat!(sign, first, ".", rest, "e", integer(exponent))
        }
        Some(_) | None => cat!(sign, text, "e", integer(exponent)),
    }
}

/// An integer's decimal digits, with a `-` when negative: what `i32::to_string` prints, without `core::fmt`.
pub fn integer(i: i32) -> String {
    let mut digits = alloc::vec::Vec::new();
    let mut n = i.unsigned_abs();
    loop {
        // n % 10 < 10: a digit.
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        digits.push(b'-');
    }
    digits.reverse();
    digits.into_iter().map(char::from).collect()
}

/// `v`'s sign, its shortest digits (no trailing zeros) and the power of ten they are multiplied by; `Err` with
/// what `{}` prints for NaN and the infinities, and `zero` (signed) for a zero.
fn signed_digits(v: f64, zero: &str) -> Result<(&'static str, String, i32), String> {
    if v.is_nan() {
        return Err("NaN".to_string());
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let x = v.abs();
    if x.is_infinite() {
        return Err(cat!(sign, "inf"));
    }
    if x == 0.0 {
        return Err(cat!(sign, zero));
    }
    let (digits, exp10) = shortest_digits(x);
    Ok((
        sign,
        digits.iter().map(|&d| char::from(b'0' + d)).collect(),
        exp10,
    ))
}

/// Most significant digits a double ever needs.
const MAX_DIGITS: i32 = 17;

/// For a finite `x > 0`: the shortest digits (no trailing zeros) and the power of ten they are multiplied by.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let d = Double::of(x);
    let k = decimal_exponent(x, &d);
    // Whether some p-digit decimal reads back as x only grows with p (the decimals that do form an interval
    // around x, and the p-digit neighbours of x only get closer as p grows), so a binary search finds the least.
    let (mut lo, mut hi) = (1, MAX_DIGITS);
    let mut best = d.nearest_reading_back(MAX_DIGITS - k);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match d.nearest_reading_back(mid - k) {
            Some(found) => {
                best = Some(found);
                hi = mid;
            }
            None => lo = mid + 1,
        }
    }
    // Seventeen digits always read back; the fallback only keeps this total.
    let (q, exp10) = best.unwrap_or((d.m, 0));
    without_trailing_zeros(q, exp10)
}

/// A finite double > 0 as `m` × 2^`e2`, and the decimals that read back as it: those between the halfway points
/// to its neighbours, `low` = `low_m` × 2^`low_e2` and `high` = (2m + 1) × 2^(e2 − 1), the halfway points
/// themselves included when `m` is even (a tie reads back to the even double).
struct Double {
    m: u64,
    e2: i32,
    low_m: u64,
    low_e2: i32,
    inclusive: bool,
}

impl Double {
    fn of(x: f64) -> Double {
        let (m, e2) = mantissa_exponent(x);
        // At a power of two (above the smallest normal one) the double below is half as far away.
        let (low_m, low_e2) = if m == 1 << 52 && e2 > -1074 {
            (4 * m - 1, e2 - 2)
        } else {
            (2 * m - 1, e2 - 1)
        };
        Double {
            m,
            e2,
            low_m,
            low_e2,
            inclusive: m % 2 == 0,
        }
    }

    /// Of the two decimals q × 10^−`s` next to this double (q = ⌊x × 10^s⌋ and q + 1), the one that reads back
    /// as it; the nearer when both do, the larger on a tie. `None` when neither does.
    fn nearest_reading_back(&self, s: i32) -> Option<(u64, i32)> {
        let (q, exact) = scaled(self.m, self.e2, s);
        if exact {
            return Some((q, -s));
        }
        // The least and the greatest integer between the halfway points, both scaled by 10^s.
        let (low, low_exact) = scaled(self.low_m, self.low_e2, s);
        let least = if low_exact && self.inclusive {
            low
        } else {
            low + 1
        };
        let (high, high_exact) = scaled(2 * self.m + 1, self.e2 - 1, s);
        let greatest = if high_exact && !self.inclusive {
            high.checked_sub(1)?
        } else {
            high
        };
        let up = q + 1;
        match (q >= least, up <= greatest) {
            (true, true) => {
                // ⌊2x × 10^s⌋ is 2q when x is nearer q, 2q + 1 when it is half-way or nearer q + 1.
                let (twice, _) = scaled(self.m, self.e2 + 1, s);
                Some((if twice == 2 * q { q } else { up }, -s))
            }
            (true, false) => Some((q, -s)),
            (false, true) => Some((up, -s)),
            (false, false) => None,
        }
    }
}

/// `k` with 10^(k−1) ≤ x < 10^k: the logarithm's estimate, corrected exactly.
fn decimal_exponent(x: f64, d: &Double) -> i32 {
    let mut k = libm::floor(libm::log10(x)) as i32 + 1;
    for _ in 0..4 {
        let (q, _) = scaled(d.m, d.e2, MAX_DIGITS - k);
        if q >= 10u64.pow(MAX_DIGITS as u32) {
            k += 1;
        } else if q < 10u64.pow(MAX_DIGITS as u32 - 1) {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// ⌊`m` × 2^`e2` × 10^`s`⌋ and whether it is exact. Callers keep the result under 2⁶⁴ (at most 18 digits).
/// In 128-bit integers when everything fits (the numbers people meet), else in a [`Big`].
fn scaled(m: u64, e2: i32, s: i32) -> (u64, bool) {
    scaled_u128(m, e2, s).unwrap_or_else(|| scaled_big(m, e2, s))
}

fn scaled_u128(m: u64, e2: i32, s: i32) -> Option<(u64, bool)> {
    let twos = e2 + s;
    let mut n = u128::from(m);
    let mut exact = true;
    if s >= 0 {
        n = n.checked_mul(5u128.checked_pow(s.unsigned_abs())?)?;
    }
    if twos >= 0 {
        if n.leading_zeros() < twos.unsigned_abs() {
            return None;
        }
        n <<= twos.unsigned_abs();
    } else {
        let t = twos.unsigned_abs();
        if t >= 128 {
            return None;
        }
        exact &= n & ((1u128 << t) - 1) == 0;
        n >>= t;
    }
    let mut q = u64::try_from(n).ok()?;
    if s < 0 {
        // In 64 bits: WebAssembly divides those natively (128-bit division is a library routine).
        let d = 5u64.checked_pow(s.unsigned_abs())?;
        exact &= q % d == 0;
        q /= d;
    }
    Some((q, exact))
}

fn scaled_big(m: u64, e2: i32, s: i32) -> (u64, bool) {
    let mut n = Big(vec![m as u32, (m >> 32) as u32]);
    let twos = e2 + s;
    let mut exact = true;
    if s >= 0 {
        n.mul_pow5(s.unsigned_abs());
    }
    if twos >= 0 {
        n.shl(twos.unsigned_abs());
    } else {
        exact &= n.shr(twos.unsigned_abs());
    }
    if s < 0 {
        exact &= n.div_pow5(s.unsigned_abs());
    }
    (n.to_u64().unwrap_or(u64::MAX), exact)
}

/// The digits of `q` > 0 without its trailing zeros, and the power of ten that makes up for them.
fn without_trailing_zeros(mut q: u64, mut exp10: i32) -> (Vec<u8>, i32) {
    while q > 0 && q.is_multiple_of(10) {
        q /= 10;
        exp10 += 1;
    }
    let mut digits = Vec::with_capacity(20);
    while q > 0 {
        digits.push((q % 10) as u8);
        q /= 10;
    }
    digits.reverse();
    (digits, exp10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_print_as_the_standard_library_prints_them() {
        for i in [0, 1, -1, 9, 10, -10, 123, -308, 2_147_483_647, i32::MIN] {
            assert_eq!(integer(i), i.to_string());
        }
    }

    #[test]
    fn prints_what_the_standard_library_prints() {
        let mut cases = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.2,
            0.3,
            0.1 + 0.2,
            1.09,
            0.676,
            175e9,
            1.8e12,
            2.7e8,
            1e21,
            1e22,
            1e23,
            123456789012345680.0,
            1e-7,
            5e-324,
            1e-323,
            2.2250738585072014e-308,
            2.225073858507201e-308,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            9007199254740992.0,
            9007199254740994.0,
            4.35,
            2.5e-5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1.0 / 3.0,
            2.0 / 3.0,
            100.0,
            1234.5,
            0.000123,
            5e-5,
            1.5e17,
            1.7e17,
        ];
        // Every power of two, where the interval of decimals reading back is lopsided.
        cases.extend((-1074..=1023).map(|e| libm::pow(2.0, f64::from(e))));
        cases.extend((-323..=308).map(|e| libm::pow(10.0, f64::from(e))));
        for v in cases {
            assert_eq!(shortest(v), format!("{v}"), "{:e}", v);
        }
        assert_eq!(shortest(f64::NAN), "NaN");
    }

    #[test]
    fn exponent_form_is_what_std_prints_with_e() {
        let mut cases = vec![
            0.0,
            -0.0,
            1.0,
            1e-120,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            1.0 / 3.0,
            175e9,
            -2.5e-5,
            1234.5,
        ];
        cases.extend((-1074..=1023).map(|e| libm::pow(2.0, f64::from(e))));
        cases.extend((-323..=308).map(|e| libm::pow(10.0, f64::from(e))));
        for v in cases {
            assert_eq!(exponent_form(v), format!("{v:e}"), "{v:e}");
            assert!(exponent_form(v).len() <= 24, "{v:e}");
        }
    }
}
