//! A person's own use: a few lines of "this preset's item, so many a day" (`me.<preset id>=<count a day>`),
//! evaluated with each preset's own per-item energy — the value its `q=item` page leads with, the same boundary
//! (idle capacity, host and PUE included) — and no training: a person's questions do not train a model.

use super::input_error::InputError;
use super::preset_id::Preset;

/// Most lines one person's use holds.
pub const MAX_LINES: usize = 8;
/// Most items a day one line may count (a heavy user asks hundreds of questions a day; this leaves room for a
/// household or a class, not for a service).
pub const MAX_PER_DAY: f64 = 100_000.0;

/// One line: a preset's item, so many a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MyLine {
    pub preset: Preset,
    /// Items a day, > 0.
    pub per_day: f64,
}

/// Why a line was not set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LineError {
    /// Its count is not a count a day this accepts.
    Count(InputError),
    /// Already [`MAX_LINES`] other lines.
    TooMany,
}

/// Up to [`MAX_LINES`] lines, each preset at most once, kept in the preset list's order (`Preset::ALL`), which is
/// the order a link writes them in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MyUse {
    lines: [Option<MyLine>; MAX_LINES],
}

impl Default for MyUse {
    fn default() -> Self {
        MyUse::NONE
    }
}

/// A preset's place in the preset list.
fn rank(p: Preset) -> usize {
    Preset::ALL
        .iter()
        .position(|&q| q == p)
        .unwrap_or(Preset::ALL.len())
}

/// `per_day` if it is a count a day a line accepts: finite, 0 (no line) to [`MAX_PER_DAY`].
pub fn check_per_day(per_day: f64) -> Result<f64, InputError> {
    if !per_day.is_finite() {
        Err(InputError::NotANumber)
    } else if per_day < 0.0 {
        Err(InputError::TooSmall(0.0))
    } else if per_day > MAX_PER_DAY {
        Err(InputError::TooLarge(MAX_PER_DAY))
    } else {
        Ok(per_day)
    }
}

impl MyUse {
    /// No lines.
    pub const NONE: MyUse = MyUse {
        lines: [None; MAX_LINES],
    };

    /// The lines, in the preset list's order.
    pub fn lines(&self) -> impl Iterator<Item = MyLine> + '_ {
        self.lines.iter().flatten().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(Option::is_none)
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.lines().count()
    }

    /// A preset's items a day, if it has a line.
    pub fn get(&self, preset: Preset) -> Option<f64> {
        self.lines().find(|l| l.preset == preset).map(|l| l.per_day)
    }

    /// Sets a preset's line to `per_day` items a day after checking the count; 0 removes the line. A refused count
    /// or a ninth line leaves the lines as they were.
    pub fn set(&mut self, preset: Preset, per_day: f64) -> Result<(), LineError> {
        let per_day = check_per_day(per_day).map_err(LineError::Count)?;
        let mut lines: alloc::vec::Vec<MyLine> =
            self.lines().filter(|l| l.preset != preset).collect();
        if per_day > 0.0 {
            if lines.len() >= MAX_LINES {
                return Err(LineError::TooMany);
            }
            let at = lines
                .iter()
                .take_while(|l| rank(l.preset) < rank(preset))
                .count();
            lines.insert(at, MyLine { preset, per_day });
        }
        let mut next = MyUse::NONE;
        for (slot, line) in next.lines.iter_mut().zip(lines) {
            *slot = Some(line);
        }
        *self = next;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_the_preset_lists_order_and_zero_removes_one() {
        let mut me = MyUse::NONE;
        assert_eq!(me.set(Preset::ClosedImage, 3.0), Ok(()));
        assert_eq!(me.set(Preset::Gemini, 20.0), Ok(()));
        let order: alloc::vec::Vec<Preset> = me.lines().map(|l| l.preset).collect();
        assert_eq!(order, [Preset::Gemini, Preset::ClosedImage]);
        assert_eq!(me.set(Preset::Gemini, 0.0), Ok(()));
        assert_eq!(me.get(Preset::Gemini), None);
        assert_eq!(me.len(), 1);
        assert_eq!(
            me.set(Preset::Gemini, -1.0),
            Err(LineError::Count(InputError::TooSmall(0.0)))
        );
        assert_eq!(
            me.set(Preset::Gemini, f64::NAN),
            Err(LineError::Count(InputError::NotANumber))
        );
    }

    #[test]
    fn a_ninth_line_is_refused_and_the_eight_stay() {
        let mut me = MyUse::NONE;
        for p in Preset::ALL.into_iter().take(MAX_LINES) {
            assert_eq!(me.set(p, 1.0), Ok(()));
        }
        let before = me;
        assert_eq!(me.set(Preset::WanVideo, 1.0), Err(LineError::TooMany));
        assert_eq!(me, before);
        // Changing a line that is there is not a ninth.
        assert_eq!(me.set(Preset::ALL[0], 5.0), Ok(()));
    }
}

/// Whether a person's use counts a share of training (`metrain=`): by default not — a person's use does not train
/// the model; asked for, each item carries its service's training ÷ every item the service makes
/// (`training_wh_per_query`, the share an item's headline states).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum MyTraining {
    /// Training left out (the default).
    Left,
    /// Each item's amortised share of training added.
    Shared,
}

impl MyTraining {
    pub const ALL: [MyTraining; 2] = [MyTraining::Left, MyTraining::Shared];

    /// Share-link id (`metrain=shared`).
    pub fn id(self) -> &'static str {
        match self {
            MyTraining::Left => "left",
            MyTraining::Shared => "shared",
        }
    }
}

all_is_complete!(MyTraining);

/// A person who asks `per_day` typical Gemini prompts a day, and nothing else: the tests' reader of their own use.
#[cfg(test)]
pub(crate) fn gemini_person(per_day: f64) -> super::Scenario {
    let mut me = super::Scenario {
        question: super::question::Question::Me,
        ..super::Scenario::default()
    };
    me.my_use.set(Preset::Gemini, per_day).expect("a line"); // ok: test
    me
}
