use super::Strings;

pub(super) const STRINGS: Strings = Strings {
    title: "AI electricity calculator",
    subtitle: "Enter a model's size and how much it is used: see the electricity it takes, in households and Tesla-kilometres.",
    switch_to: "中文",
    params_label: "Model parameters",
    params_help: "Total parameters, e.g. 175B, 1.8T, 70e9",
    qpd_label: "Queries per day",
    qpd_help: "Questions asked per day, e.g. 100M or 1.35B",
    per_day: "Inference electricity per day",
    per_query: "Per query",
    total_year: "Training + one year of use",
    households: "Like households' electricity",
    households_unit: "household-years",
    tesla: "Drives a Tesla",
    km: "km",
    range: "Range",
    not_a_number: "is not a number",
    too_small: "is too small; the minimum is",
    too_large: "is too large; the maximum is",
    kept_last_good: "The results below are from the last valid input.",
    method_note: "Inference: about 2 × parameters FLOPs per generated token, on an H100 at 10% (5–20%) of peak, drawing 70% of rated power, plus server overhead and the data centre's PUE.",
};
