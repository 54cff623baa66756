//! Natural numbers as base-2³² limbs, least significant first: just enough exact arithmetic to read a decimal
//! into the nearest double (`parse::decimal`) and to print a double's shortest decimal (`shortest`), so the page
//! carries neither of the standard library's float tables.

use crate::prelude::*;
use core::cmp::Ordering;

pub(crate) struct Big(pub(crate) Vec<u32>);

/// A finite double ≥ 0 as `m` × 2^`e2` with `m` an integer (the implicit leading bit included for normal numbers).
pub(crate) fn mantissa_exponent(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let (exp_bits, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp_bits - 1075)
    }
}

impl Big {
    pub(crate) fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::new());
        for &d in digits {
            n.mul_add(10, u32::from(d));
        }
        n
    }

    pub(crate) fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    pub(crate) fn mul_pow5(&mut self, mut n: u32) {
        while n > 0 {
            let k = n.min(13); // 5¹³ < 2³²
            self.mul_add(5u32.pow(k), 0);
            n -= k;
        }
    }

    pub(crate) fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, core::iter::repeat_n(0, limbs));
    }

    pub(crate) fn cmp(&self, other: &Big) -> Ordering {
        let len = |b: &Big| b.0.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        len(self).cmp(&len(other)).then_with(|| {
            self.0
                .iter()
                .rev()
                .skip_while(|&&l| l == 0)
                .cmp(other.0.iter().rev().skip_while(|&&l| l == 0))
        })
    }

    /// self × 10^`exp10` against `odd` × 2^`exp2`, exactly: each side times the powers the other lacks.
    pub(crate) fn compare_scaled(&self, exp10: i32, (odd, exp2): (u64, i32)) -> Ordering {
        let mut left = Big(self.0.clone());
        let mut right = Big(vec![odd as u32, (odd >> 32) as u32]);
        if exp10 >= 0 {
            left.mul_pow5(exp10.unsigned_abs());
        } else {
            right.mul_pow5(exp10.unsigned_abs());
        }
        // The twos: 10^e = 5^e × 2^e on the left, 2^exp2 on the right.
        let twos = exp10 - exp2;
        if twos >= 0 {
            left.shl(twos.unsigned_abs());
        } else {
            right.shl(twos.unsigned_abs());
        }
        left.cmp(&right)
    }

    /// Divides by `divisor` (> 0) in place; true when nothing was left over.
    fn div_small(&mut self, divisor: u32) -> bool {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / u64::from(divisor)) as u32;
            rem = v % u64::from(divisor);
        }
        rem == 0
    }

    /// Divides by 5^`n` in place (rounding down); true when nothing was left over.
    pub(crate) fn div_pow5(&mut self, mut n: u32) -> bool {
        let mut exact = true;
        while n > 0 {
            let k = n.min(13);
            exact &= self.div_small(5u32.pow(k));
            n -= k;
        }
        exact
    }

    /// Divides by 2^`bits` in place (rounding down); true when nothing was left over.
    pub(crate) fn shr(&mut self, bits: u32) -> bool {
        let limbs = (bits / 32) as usize;
        let bits = bits % 32;
        let dropped = self.0.iter().take(limbs).any(|&l| l != 0);
        // The low `limbs` limbs go (`retain` rather than `drain`: no range to check, so no panic path to carry).
        let mut index = 0;
        self.0.retain(|_| {
            index += 1;
            index > limbs
        });
        let low_bits = self
            .0
            .first()
            .is_some_and(|&l| bits > 0 && l & ((1 << bits) - 1) != 0);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in self.0.iter_mut().rev() {
                let v = *limb;
                *limb = (v >> bits) | carry;
                carry = v << (32 - bits);
            }
        }
        !dropped && !low_bits
    }

    /// The value when it fits in 64 bits.
    pub(crate) fn to_u64(&self) -> Option<u64> {
        let mut limbs = self
            .0
            .iter()
            .rev()
            .skip_while(|&&l| l == 0)
            .collect::<Vec<_>>();
        limbs.reverse();
        match limbs.as_slice() {
            [] => Some(0),
            [lo] => Some(u64::from(**lo)),
            [lo, hi] => Some(u64::from(**hi) << 32 | u64::from(**lo)),
            // Three limbs or more: wider than 64 bits.
            [_, _, _, ..] => None,
        }
    }
}
