//! What the calibration tests share: a measurements file of `tests/data/`, read by column name.

/// A comma-separated file with a header row; a field in double quotes may hold commas (`""` is a quote).
pub struct Csv {
    header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Csv {
    /// `tests/data/<file>`, its blank lines left out.
    pub fn load(file: &str) -> Csv {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{}", path.display()));
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let split = |l: &str| {
            let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
            let mut chars = l.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        field.push('"');
                        chars.next();
                    }
                    ('"', _) => quoted = !quoted,
                    (',', false) => fields.push(std::mem::take(&mut field)),
                    _ => field.push(c),
                }
            }
            fields.push(field);
            fields
        };
        Csv {
            header: split(lines.next().expect("a header")),
            rows: lines.map(split).collect(),
        }
    }

    /// The index of a column.
    pub fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }
}

/// A cell that holds a number.
pub fn num(cell: &str) -> f64 {
    cell.parse::<f64>()
        .unwrap_or_else(|_| panic!("not a number: {cell}"))
}

/// How far a calculated value is from a measured one, as a factor ≥ 1 whichever is larger (×1.2 for 1.2 and 0.83).
pub fn factor(calculated_over_measured: f64) -> f64 {
    calculated_over_measured.max(1.0 / calculated_over_measured)
}

/// A set of calculated ÷ measured ratios as the calibration tables give them: (median ×error, the upper one of an
/// even count; share within ×2; worst ×error).
pub fn error_factors(ratios: impl IntoIterator<Item = f64>) -> (f64, f64, f64) {
    let mut e: Vec<f64> = ratios.into_iter().map(factor).collect();
    e.sort_by(f64::total_cmp);
    let within = e.iter().filter(|&&x| x <= 2.0).count() as f64 / e.len() as f64;
    (e[e.len() / 2], within, e[e.len() - 1])
}
