//! Queries over time when they grow by a fixed share a year.

/// Days in a year, for yearly growth and yearly totals.
pub const DAYS_PER_YEAR: f64 = 365.0;

/// Queries served over `days` when `queries_per_day` grows by `yearly_growth` a year, compounding
/// continuously: Q = q₀ · ∫₀ᴰ (1+g)^(t/365) dt = q₀ · 365 · ((1+g)^(D/365) − 1) / ln(1+g); Q = q₀ · D when g = 0.
pub fn queries_over(queries_per_day: f64, days: f64, yearly_growth: f64) -> f64 {
    // libm, not std: the same bits on the page (WebAssembly) and in `ai-energy` (the host's libm may differ).
    let rate_per_day = libm::log1p(yearly_growth) / DAYS_PER_YEAR;
    if rate_per_day.abs() < 1e-12 {
        queries_per_day * days
    } else {
        queries_per_day * libm::expm1(rate_per_day * days) / rate_per_day
    }
}
