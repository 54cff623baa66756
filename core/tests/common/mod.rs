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
