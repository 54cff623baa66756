//! The scenario: everything a reader can set, one row per share-link key. The [`scenario!`] table below writes,
//! from each row, the `Scenario` field with its default, the key's variant of [`Field`] (a number) or
//! [`ChoiceKind`] (a pick from a list) and everything the link codec, the inputs panel, the exports, the docs
//! and the command line read of it: its key, limits, how it is written and typed, which kinds of work show it,
//! where the inputs panel puts it, where its value comes from and the data version that brought it. Nothing
//! outside this file lists the keys again; words are in the language files, physics in the model that uses it.

use super::assumptions::Knob;
use super::diffusion::Arch;
use super::equivalence::{Ev, HomeRegion};
use super::hardware::Hw;
use super::my_use::MyTraining;
use super::my_use::MyUse;
use super::question::Question;
use super::serving::{Engine, Precision};
use super::unet::UnetLayout;
use super::work::Work;

/// Currency an electricity price is given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Currency {
    Cny,
    Usd,
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Cny, Currency::Usd, Currency::Eur];

    /// Share-link id (`cur=cny`) and ISO 4217 code in lower case.
    pub fn id(self) -> &'static str {
        match self {
            Currency::Cny => "cny",
            Currency::Usd => "usd",
            Currency::Eur => "eur",
        }
    }
}

all_is_complete!(Currency);

/// A value of one of the fixed lists a choice key picks from: its share-link id, and the whole list in the order
/// a drop-down shows it.
pub trait Listed: Copy + PartialEq + Sized + 'static {
    /// Every value, in list order.
    const LIST: &'static [Self];
    /// Share-link id (`h100`, `cny`).
    fn id(self) -> &'static str;
    /// The value with this id (ASCII case-insensitive), if any.
    fn from_id(id: &str) -> Option<Self> {
        Self::LIST
            .iter()
            .copied()
            .find(|v| v.id().eq_ignore_ascii_case(id))
    }
}

macro_rules! listed {
    ($($t:ty => |$v:ident| $id:expr;)*) => {$(
        impl Listed for $t {
            const LIST: &'static [Self] = &<$t>::ALL;
            fn id(self) -> &'static str {
                let $v = self;
                $id
            }
        }
    )*};
}

listed! {
    Hw => |h| h.spec().id;
    Currency => |c| Currency::id(c);
    HomeRegion => |h| h.basis().id;
    Ev => |e| e.basis().id;
    Precision => |p| Precision::id(p);
    Work => |w| Work::id(w);
    Engine => |e| Engine::id(e);
    Arch => |a| Arch::id(a);
    UnetLayout => |u| UnetLayout::id(u);
    Question => |q| Question::id(q);
    MyTraining => |t| MyTraining::id(t);
}

/// The phone keyboard a number's input box opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keyboard {
    /// The full keyboard: people write magnitudes (`175B`, `1.8万亿`, `10k`) or a percent sign here.
    Text,
    /// A decimal keypad: plain numbers.
    Decimal,
}

impl Keyboard {
    /// The HTML `inputmode`.
    pub fn inputmode(self) -> &'static str {
        match self {
            Keyboard::Text => "text",
            Keyboard::Decimal => "decimal",
        }
    }
}

/// How a link and an input box write a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// In the reader's short form (`175B`, `270M`, `1.75亿`: `format::input_value`).
    Short,
    /// With plain digits (`1280`, not `1.28k`): counts a reader copies from a model's config.
    Digits,
}

/// Which kinds of work show an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Always,
    /// Text answers only (tokens, prompts, engines; a text model's training from its tokens).
    Text,
    /// Images and videos only (pixels, steps, the denoiser's architecture).
    Diffusion,
    /// Images and videos of a diffusion transformer (its layers, width and patch).
    Transformer,
    /// Images and videos of a U-Net (its layout).
    Unet,
    /// Videos only (frames).
    Video,
}

impl Shown {
    /// Whether an input shown so belongs on the page for the scenario's kind of work and denoiser.
    pub fn for_scenario(self, s: &Scenario) -> bool {
        let diffusion = s.work.is_diffusion();
        match self {
            Shown::Always => true,
            Shown::Text => !diffusion,
            Shown::Diffusion => diffusion,
            Shown::Transformer => diffusion && s.arch == Arch::Dit,
            Shown::Unet => diffusion && s.arch == Arch::Unet,
            Shown::Video => s.work == Work::Video,
        }
    }
}

/// A group of the inputs panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumCount)]
pub enum Group {
    /// The model and its training.
    Model,
    /// What it is used for and how it is served.
    Use,
    /// The data centre and the grid (folded until the scenario sets one of them).
    Facility,
    /// The bases the results are compared with (folded likewise).
    Compare,
    /// Not in the inputs panel: a control of its own (the question bar, a person's lines).
    Own,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Model,
        Group::Use,
        Group::Facility,
        Group::Compare,
        Group::Own,
    ];
}

all_is_complete!(Group);

/// Where the inputs panel shows an input: its group, whether under the group's "more assumptions", its rank in
/// there, and whether it takes half a row (two half inputs side by side, so a phone's screen holds more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub group: Group,
    pub more: bool,
    pub rank: u8,
    pub half: bool,
}

impl Place {
    /// Shown by a control of its own, not in the inputs panel.
    pub const OWN: Place = Place {
        group: Group::Own,
        more: false,
        rank: 0,
        half: false,
    };
}

/// Where a number's value comes from, as the exports cite it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A default (or, unknown, an estimate the model makes from other inputs) that the language files cite
    /// (`Cite::Input`).
    Cited,
    /// Unknown, it is the uncertain input's range (`Cite::Knob`).
    Knob(Knob),
    /// Its default is a reference row (`facility.rs`, which cites the row whose value it equals).
    Reference,
}

pub use super::input_error::InputError;

/// A number row or a choice row of the table, in link order: what a share link writes after `v` and `preset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    Number(Field),
    Choice(ChoiceKind),
    /// A person's own lines (`me.<preset>=`).
    Lines,
}

/// The one table of the scenario's inputs. Each row is `number` (a required number with its default), `optional`
/// (a number that may be unknown), `choice` (a pick from a [`Listed`] list) or `choice_or` (the same, or none:
/// the id that means none is given), with its `Scenario` field, its variant, and what the rest of the code reads
/// of it. Rows are in link order; a new key is one new row at the end, and keys are never renamed or reused.
macro_rules! scenario {
    // A required number: its default, limits, whether whole, keyboard, writing, kinds of work, place, source and
    // the data version that brought it.
    (@munch [$($n:tt)*] [$($c:tt)*] [$($s:tt)*] [$($o:tt)*] [$($l:tt)*]
        { $(#[doc = $doc:literal])* number $field:ident = $default:expr => $variant:ident {
            key: $key:literal, limits: ($min:expr, $max:expr), whole: $whole:literal, typed: $typed:ident,
            written: $written:ident, shown: $shown:ident, place: ($group:ident, $more:literal, $rank:literal, $half:literal),
            source: $source:expr, since: $since:expr $(,)?
        } } $($rest:tt)*) => {
        scenario!(@munch
            [$($n)* { [$(#[doc = $doc])*] $variant $field required $key ($min, $max) $whole $typed $written $shown ($group, $more, $rank, $half) ($source) $since }]
            [$($c)*]
            [$($s)* { [$(#[doc = $doc])*] $field: f64 = $default }]
            [$($o)* Input::Number(Field::$variant),]
            [$($l)*]
            $($rest)*);
    };
    // A number that may be unknown (`None`: its range, or the model's estimate, is used).
    (@munch [$($n:tt)*] [$($c:tt)*] [$($s:tt)*] [$($o:tt)*] [$($l:tt)*]
        { $(#[doc = $doc:literal])* optional $field:ident => $variant:ident {
            key: $key:literal, limits: ($min:expr, $max:expr), whole: $whole:literal, typed: $typed:ident,
            written: $written:ident, shown: $shown:ident, place: ($group:ident, $more:literal, $rank:literal, $half:literal),
            source: $source:expr, since: $since:expr $(,)?
        } } $($rest:tt)*) => {
        scenario!(@munch
            [$($n)* { [$(#[doc = $doc])*] $variant $field optional $key ($min, $max) $whole $typed $written $shown ($group, $more, $rank, $half) ($source) $since }]
            [$($c)*]
            [$($s)* { [$(#[doc = $doc])*] $field: Option<f64> = None }]
            [$($o)* Input::Number(Field::$variant),]
            [$($l)*]
            $($rest)*);
    };
    // A pick from a list.
    (@munch [$($n:tt)*] [$($c:tt)*] [$($s:tt)*] [$($o:tt)*] [$($l:tt)*]
        { $(#[doc = $doc:literal])* choice $field:ident : $t:ty = $default:expr => $variant:ident {
            key: $key:literal, shown: $shown:ident,
            place: ($group:ident, $more:literal, $rank:literal, $half:literal), since: $since:expr $(,)?
        } } $($rest:tt)*) => {
        scenario!(@munch
            [$($n)*]
            [$($c)* { [$(#[doc = $doc])*] $variant $field ($t) ($t) one () $key $shown ($group, $more, $rank, $half) $since }]
            [$($s)* { [$(#[doc = $doc])*] $field: $t = $default }]
            [$($o)* Input::Choice(ChoiceKind::$variant),]
            [$($l)*]
            $($rest)*);
    };
    // A pick from a list, or none (`none` is the id that means it).
    (@munch [$($n:tt)*] [$($c:tt)*] [$($s:tt)*] [$($o:tt)*] [$($l:tt)*]
        { $(#[doc = $doc:literal])* choice_or $field:ident : $t:ty = $default:expr => $variant:ident {
            key: $key:literal, none: $none:expr, shown: $shown:ident,
            place: ($group:ident, $more:literal, $rank:literal, $half:literal), since: $since:expr $(,)?
        } } $($rest:tt)*) => {
        scenario!(@munch
            [$($n)*]
            [$($c)* { [$(#[doc = $doc])*] $variant $field (Option<$t>) ($t) or ($none) $key $shown ($group, $more, $rank, $half) $since }]
            [$($s)* { [$(#[doc = $doc])*] $field: Option<$t> = $default }]
            [$($o)* Input::Choice(ChoiceKind::$variant),]
            [$($l)*]
            $($rest)*);
    };

    // A person's own lines (`me.<preset>=<count a day>`): one key family, its lines in the preset list's order.
    (@munch [$($n:tt)*] [$($c:tt)*] [$($s:tt)*] [$($o:tt)*] [$($l:tt)*]
        { $(#[doc = $doc:literal])* lines $field:ident : $t:ty = $default:expr => $variant:ident {
            key: $key:literal, since: $since:expr $(,)?
        } } $($rest:tt)*) => {
        scenario!(@munch
            [$($n)*]
            [$($c)*]
            [$($s)* { [$(#[doc = $doc])*] $field: $t = $default }]
            [$($o)* Input::Lines,]
            [$($l)* { $key ($since) }]
            $($rest)*);
    };

    // Every row read: write the scenario, the two key types and the link order.
    (@munch
        [$({ [$(#[doc = $ndoc:literal])*] $nv:ident $nf:ident $nkind:ident $nkey:literal ($nmin:expr, $nmax:expr) $nwhole:literal
            $ntyped:ident $nwritten:ident $nshown:ident ($ngroup:ident, $nmore:literal, $nrank:literal, $nhalf:literal) ($nsource:expr) $nsince:expr })*]
        [$({ [$(#[doc = $cdoc:literal])*] $cv:ident $cf:ident ($ct:ty) ($cl:ty) $ckind:ident ($($cnone:expr)?) $ckey:literal
            $cshown:ident ($cgroup:ident, $cmore:literal, $crank:literal, $chalf:literal) $csince:expr })*]
        [$({ [$(#[doc = $sdoc:literal])*] $sf:ident: $st:ty = $sdefault:expr })*]
        [$($order:tt)*]
        [{ $lkey:literal ($lsince:expr) }]
    ) => {
        /// Everything the calculator takes. Numbers are in base units: counts, days, fractions, W, g/kWh, L/kWh,
        /// currency units per kWh. `None` means "not known: use the default range" (see `assumptions`).
        #[derive(Clone, Debug, PartialEq)]
        pub struct Scenario {
            $( $(#[doc = $sdoc])* pub $sf: $st, )*
        }

        impl Scenario {
            /// The page's default scenario. Share links write only what differs from it, so it is part of the
            /// v1 link scheme: changing any value here changes what old links mean.
            pub const DEFAULT: Scenario = Scenario { $( $sf: $sdefault, )* };
        }

        /// A number the reader (or a link) can set: one row of the table. The page, the share link and the
        /// command line all validate through [`Field::check`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumCount)]
        pub enum Field {
            $( $(#[doc = $ndoc])* $nv, )*
        }

        impl Field {
            /// Every number, in link order.
            pub const ALL: [Field; <Field as strum::EnumCount>::COUNT] = [$(Field::$nv),*];

            /// The share-link key (`params`, `qpd`). Never renamed.
            pub const fn key(self) -> &'static str {
                match self { $(Field::$nv => $nkey,)* }
            }

            /// Inclusive limits `(min, max)` in base units. Wide enough for any real system, narrow enough that
            /// every product in the model stays finite.
            pub fn limits(self) -> (f64, f64) {
                match self { $(Field::$nv => ($nmin, $nmax),)* }
            }

            /// Whether the field may be unknown (`None`: its default range, or the model's estimate, is used).
            pub fn optional(self) -> bool {
                match self { $(Field::$nv => scenario!(@optional $nkind),)* }
            }

            /// Whether the field holds a whole number (steps, frames, accelerators): a value is rounded when set.
            pub fn whole(self) -> bool {
                match self { $(Field::$nv => $nwhole,)* }
            }

            /// The phone keyboard its input box opens.
            pub fn keyboard(self) -> Keyboard {
                match self { $(Field::$nv => Keyboard::$ntyped,)* }
            }

            /// How a link and an input box write its value.
            pub fn written(self) -> Written {
                match self { $(Field::$nv => Written::$nwritten,)* }
            }

            /// Which kinds of work show its input.
            pub fn shown(self) -> Shown {
                match self { $(Field::$nv => Shown::$nshown,)* }
            }

            /// Where the inputs panel shows it.
            pub fn place(self) -> Place {
                match self { $(Field::$nv => Place { group: Group::$ngroup, more: $nmore, rank: $nrank, half: $nhalf },)* }
            }

            /// Where its value comes from, as the exports cite it.
            pub fn source(self) -> Source {
                match self { $(Field::$nv => $nsource,)* }
            }

            /// The data version that brought the key.
            pub fn since(self) -> &'static str {
                match self { $(Field::$nv => $nsince,)* }
            }

            /// Reads this field's value from a scenario (`None` for an unknown optional).
            pub fn get(self, s: &Scenario) -> Option<f64> {
                match self { $(Field::$nv => scenario!(@get $nkind s.$nf),)* }
            }

            /// Sets this field after checking it (and rounding it, for a whole number). Optional fields accept
            /// `None` (back to the default range); required fields go back to their default value.
            pub fn set(self, s: &mut Scenario, value: Option<f64>) -> Result<(), InputError> {
                let value = value.map(|v| self.check(v)).transpose()?;
                let value = if self.whole() { value.map(libm::round) } else { value };
                match self { $(Field::$nv => scenario!(@set $nkind s.$nf, value),)* }
                Ok(())
            }
        }

        all_is_complete!(Field);

        /// One value for each number, in link order: what a generated table (each language's input texts) holds,
        /// read by field without naming the fields again.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct ByField<T>(pub [T; <Field as strum::EnumCount>::COUNT]);

        impl<T> ByField<T> {
            /// The field's value.
            // Each field's value bound under the field's own name.
            #[allow(non_snake_case)]
            pub const fn get(&self, field: Field) -> &T {
                let [$($nv),*] = &self.0;
                match field { $(Field::$nv => $nv,)* }
            }
        }

        /// Which fixed list a choice comes from: one row of the table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
        pub enum ChoiceKind {
            $( $(#[doc = $cdoc])* $cv, )*
        }

        /// A choice from one of the fixed lists.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Choice {
            $( $cv($ct), )*
        }

        impl ChoiceKind {
            /// Every list, in link order.
            pub const ALL: [ChoiceKind; <ChoiceKind as strum::EnumCount>::COUNT] = [$(ChoiceKind::$cv),*];

            /// The share-link key (`hw`, `work`). Never renamed.
            pub const fn key(self) -> &'static str {
                match self { $(ChoiceKind::$cv => $ckey,)* }
            }

            /// Which kinds of work show its drop-down.
            pub fn shown(self) -> Shown {
                match self { $(ChoiceKind::$cv => Shown::$cshown,)* }
            }

            /// Where the inputs panel shows its drop-down.
            pub fn place(self) -> Place {
                match self { $(ChoiceKind::$cv => Place { group: Group::$cgroup, more: $cmore, rank: $crank, half: $chalf },)* }
            }

            /// The data version that brought the key.
            pub fn since(self) -> &'static str {
                match self { $(ChoiceKind::$cv => $csince,)* }
            }

            /// The choice with this id in this list (ASCII case-insensitive), if any.
            pub fn parse(self, id: &str) -> Option<Choice> {
                match self { $(ChoiceKind::$cv => scenario!(@parse $ckind ($($cnone)?) $cl, id).map(Choice::$cv),)* }
            }

            /// Every choice of the list, in the order its drop-down shows them.
            pub fn options(self) -> impl Iterator<Item = Choice> {
                let all: alloc::vec::Vec<Choice> = match self {
                    $(ChoiceKind::$cv => scenario!(@options $ckind $cl).map(Choice::$cv).collect(),)*
                };
                all.into_iter()
            }
        }

        all_is_complete!(ChoiceKind);

        impl Choice {
            /// The list this choice is from.
            pub fn kind(self) -> ChoiceKind {
                match self { $(Choice::$cv(_) => ChoiceKind::$cv,)* }
            }

            /// The chosen item's id (`h100`, `cny`, `cn`, `model3`; `same`, `either` for none).
            pub fn id(self) -> &'static str {
                match self { $(Choice::$cv(v) => scenario!(@id $ckind ($($cnone)?) v),)* }
            }
        }

        impl Scenario {
            /// The scenario's current choice from one list.
            pub fn choice(&self, kind: ChoiceKind) -> Choice {
                match kind { $(ChoiceKind::$cv => Choice::$cv(self.$cf),)* }
            }

            /// Makes a choice.
            pub fn apply(&mut self, choice: Choice) {
                match choice { $(Choice::$cv(v) => self.$cf = v,)* }
            }
        }

        /// Every number, list and the lines of the table, in the order links write them.
        pub const INPUTS: [Input; <Field as strum::EnumCount>::COUNT + <ChoiceKind as strum::EnumCount>::COUNT + 1] = [$($order)*];

        /// The lines' key (`me`, written `me.<preset id>`) and the data version that brought it.
        pub const LINES: (&str, &str) = ($lkey, $lsince);
    };

    (@optional required) => { false };
    (@optional optional) => { true };
    (@get required $s:ident . $f:ident) => { Some($s.$f) };
    (@get optional $s:ident . $f:ident) => { $s.$f };
    (@set required $s:ident . $f:ident, $v:ident) => { $s.$f = $v.unwrap_or(Scenario::DEFAULT.$f) };
    (@set optional $s:ident . $f:ident, $v:ident) => { $s.$f = $v };
    (@parse one () $t:ty, $id:ident) => { <$t as Listed>::from_id($id) };
    (@parse or ($none:expr) $t:ty, $id:ident) => {
        if $id.eq_ignore_ascii_case($none) { Some(None) } else { <$t as Listed>::from_id($id).map(Some) }
    };
    (@options one $t:ty) => { <$t as Listed>::LIST.iter().copied() };
    (@options or $t:ty) => { core::iter::once(None).chain(<$t as Listed>::LIST.iter().copied().map(Some)) };
    (@id one () $v:ident) => { $v.id() };
    (@id or ($none:expr) $v:ident) => { $v.map_or($none, Listed::id) };

    (
        $(
            $(#[doc = $doc:literal])*
            $row:ident $field:ident $(: $t:ty)? $(= $default:expr)? => $variant:ident { $($body:tt)* }
        ),* $(,)?
    ) => {
        scenario!(@munch [] [] [] [] [] $( { $(#[doc = $doc])* $row $field $(: $t)? $(= $default)? => $variant { $($body)* } } )*);
    };
}

/// The serving-accelerator id that means "the training accelerator".
pub const SAME_HW: &str = "same";
/// The engine id that means "not known: either engine" (the range spanning both).
pub const EITHER_ENGINE: &str = "either";

/// The `unet` id that means "not known: from the U-Net's size" (`diffusion::unet_pass_flops`).
pub const UNET_FROM_SIZE: &str = "size";

/// The first data version, which brought most keys.
const FIRST: &str = "2026.11-1";

scenario! {
    /// Total parameters.
    number params = 175e9 => Params {
        key: "params", limits: (1e6, 1e14), whole: false, typed: Text, written: Short, shown: Always,
        place: (Model, false, 0, false), source: Source::Cited, since: FIRST,
    },
    /// Parameters active per token (mixture-of-experts); `None` = all of them.
    optional active_params => ActiveParams {
        key: "active", limits: (1e6, 1e14), whole: false, typed: Text, written: Short, shown: Always,
        place: (Model, true, 0, false), source: Source::Cited, since: FIRST,
    },
    /// Training tokens.
    number training_tokens = 300e9 => TrainingTokens {
        key: "tokens", limits: (1e6, 1e15), whole: false, typed: Text, written: Short, shown: Text,
        place: (Model, false, 1, false), source: Source::Cited, since: FIRST,
    },
    /// Real accelerator-hours of the training run, when published; replaces the FLOPs estimate.
    optional training_accelerator_hours => TrainingAcceleratorHours {
        key: "gpuh", limits: (1.0, 1e10), whole: false, typed: Text, written: Short, shown: Always,
        place: (Model, true, 1, false), source: Source::Cited, since: FIRST,
    },
    /// Training model-FLOPs utilisation, fraction.
    optional mfu => Mfu {
        key: "mfu", limits: (0.01, 1.0), whole: false, typed: Text, written: Short, shown: Text,
        place: (Model, true, 2, false), source: Source::Knob(Knob::Mfu), since: FIRST,
    },
    /// Measured average system power per accelerator during training, W (host share included); replaces rated
    /// power × draw × (1 + host overhead) for training.
    optional training_w_per_accelerator => TrainingW {
        key: "trainw", limits: (1.0, 10_000.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Model, true, 3, false), source: Source::Knob(Knob::TrainingDraw), since: FIRST,
    },
    /// Training energy of the whole development (experiments, ablations, failed runs) ÷ that of the final run
    /// (1 = the final run only, the boundary published figures use).
    number development_overhead = 1.0 => DevelopmentOverhead {
        key: "dev", limits: (1.0, 20.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Model, true, 4, false), source: Source::Cited, since: "2026.12-2",
    },
    /// Queries a day at the start of the deployment.
    number queries_per_day = 1e8 => QueriesPerDay {
        key: "qpd", limits: (0.0, 1e12), whole: false, typed: Text, written: Short, shown: Always,
        place: (Use, false, 1, true), source: Source::Cited, since: FIRST,
    },
    /// Generated (output) tokens per query.
    number output_tokens_per_query = 500.0 => OutputTokens {
        key: "tpq", limits: (1.0, 1e6), whole: false, typed: Text, written: Short, shown: Text,
        place: (Use, false, 2, true), source: Source::Cited, since: FIRST,
    },
    /// Prompt (input) tokens per query.
    number input_tokens_per_query = 200.0 => InputTokens {
        key: "itq", limits: (0.0, 1e7), whole: false, typed: Text, written: Short, shown: Text,
        place: (Use, true, 0, false), source: Source::Cited, since: FIRST,
    },
    /// Deployment period, days.
    number days = 365.0 => Days {
        key: "days", limits: (0.0, 36_500.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Use, false, 8, true), source: Source::Cited, since: FIRST,
    },
    /// Yearly growth of queries, fraction (0.5 = +50% a year).
    number yearly_growth = 0.0 => YearlyGrowth {
        key: "growth", limits: (-0.99, 100.0), whole: false, typed: Text, written: Short, shown: Always,
        place: (Use, true, 10, false), source: Source::Cited, since: FIRST,
    },
    /// Power usage effectiveness.
    optional pue => Pue {
        key: "pue", limits: (1.0, 3.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Facility, false, 0, false), source: Source::Knob(Knob::Pue), since: FIRST,
    },
    /// Host power beyond the accelerators, as a fraction of accelerator power.
    optional host_overhead => HostOverhead {
        key: "host", limits: (0.0, 3.0), whole: false, typed: Text, written: Short, shown: Always,
        place: (Facility, true, 0, false), source: Source::Knob(Knob::HostOverhead), since: FIRST,
    },
    /// Grid carbon intensity, gCO2e per kWh.
    number grid_gco2_per_kwh = 582.0 => Grid {
        key: "grid", limits: (0.0, 2_000.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Facility, false, 1, false), source: Source::Reference, since: FIRST,
    },
    /// Water per kWh, L/kWh.
    number wue_l_per_kwh = 1.8 => Wue {
        key: "wue", limits: (0.0, 20.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Facility, true, 1, false), source: Source::Reference, since: FIRST,
    },
    /// Electricity price per kWh, in `currency`: West China data-centre power by default (facility.rs
    /// `cn-dc-west`, FT 2025).
    number price_per_kwh = 0.40 => Price {
        key: "price", limits: (0.0, 100.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Facility, false, 2, false), source: Source::Reference, since: FIRST,
    },
    /// Requests a replica decodes together; `None` = the default range.
    optional batch => Batch {
        key: "batch", limits: (1.0, 65_536.0), whole: false, typed: Decimal, written: Short, shown: Always,
        place: (Use, true, 13, false), source: Source::Knob(Knob::Batch), since: "2026.12-1",
    },
    /// Accelerators one replica spans (whole accelerators); `None` = the fewest that hold the weights and the
    /// batch's KV cache.
    optional accelerators_per_replica => AcceleratorsPerReplica {
        key: "gpus", limits: (1.0, 4_096.0), whole: true, typed: Decimal, written: Short, shown: Always,
        place: (Use, true, 14, false), source: Source::Cited, since: "2026.12-1",
    },
    /// Share of the provisioned serving capacity that is busy, 0–1; `None` = the default range.
    optional fleet_utilisation => FleetUtilisation {
        key: "util", limits: (0.01, 1.0), whole: false, typed: Text, written: Short, shown: Always,
        place: (Use, true, 15, false), source: Source::Knob(Knob::FleetUtilisation), since: "2026.12-1",
    },
    /// The accelerator for both training and serving.
    choice hw: Hw = Hw::H100 => Hw {
        key: "hw", shown: Always, place: (Model, false, 2, false), since: FIRST,
    },
    /// Currency an electricity price is given in.
    choice currency: Currency = Currency::Cny => Currency {
        key: "cur", shown: Always, place: (Facility, false, 3, false), since: FIRST,
    },
    /// Which country's household a "household-year" means.
    choice home: HomeRegion = HomeRegion::China => Home {
        key: "home", shown: Always, place: (Compare, false, 0, false), since: FIRST,
    },
    /// Which car a "Tesla-kilometre" is driven in.
    choice ev: Ev = Ev::Model3 => Ev {
        key: "ev", shown: Always, place: (Compare, false, 1, false), since: FIRST,
    },
    /// The accelerator that serves the queries, when it is not the training one (`same`).
    choice_or serving_hw: Hw = None => ServingHw {
        key: "servehw", none: SAME_HW, shown: Always,
        place: (Use, true, 11, false), since: "2026.12-1",
    },
    /// Number format of the served weights.
    choice precision: Precision = Precision::Bf16 => Precision {
        key: "prec", shown: Always, place: (Use, true, 12, false), since: "2026.12-1",
    },
    /// What one item of use is: a text answer, an image or a video (`work=`; absent = text, so every older link
    /// keeps its meaning). For images and videos `params` is the denoiser's, queries are items, and the numbers
    /// below describe each item.
    choice work: Work = Work::Text => Work {
        key: "work", shown: Always, place: (Use, false, 0, true), since: "2026.12-4",
    },
    /// Denoising steps per image or video.
    number steps = 30.0 => Steps {
        key: "steps", limits: (1.0, 1_000.0), whole: true, typed: Decimal, written: Digits, shown: Diffusion,
        place: (Use, false, 7, true), source: Source::Cited, since: "2026.12-4",
    },
    /// Width of an image or video, pixels: 8K (7,680 × 4,320) fits; a side is at least one 16-pixel token.
    number width_px = 1024.0 => WidthPx {
        key: "width", limits: (16.0, 8_192.0), whole: false, typed: Decimal, written: Digits, shown: Diffusion,
        place: (Use, false, 3, true), source: Source::Cited, since: "2026.12-4",
    },
    /// Height of an image or video, pixels.
    number height_px = 1024.0 => HeightPx {
        key: "height", limits: (16.0, 8_192.0), whole: false, typed: Decimal, written: Digits, shown: Diffusion,
        place: (Use, false, 4, true), source: Source::Cited, since: "2026.12-4",
    },
    /// Frames of a video (an image is one frame).
    number frames = 81.0 => Frames {
        key: "frames", limits: (1.0, 10_000.0), whole: true, typed: Decimal, written: Digits, shown: Video,
        place: (Use, false, 5, true), source: Source::Cited, since: "2026.12-4",
    },
    /// Frames per second of a video: only for showing its length in seconds.
    number fps = 16.0 => Fps {
        key: "fps", limits: (1.0, 240.0), whole: false, typed: Decimal, written: Digits, shown: Video,
        place: (Use, false, 6, true), source: Source::Cited, since: "2026.12-4",
    },
    /// Denoiser passes per step: 2 with classifier-free guidance, 1 when guidance-distilled; `None` = either.
    optional guidance_passes => GuidancePasses {
        key: "cfg", limits: (1.0, 2.0), whole: true, typed: Decimal, written: Digits, shown: Diffusion,
        place: (Use, true, 5, false), source: Source::Knob(Knob::GuidancePasses), since: "2026.12-4",
    },
    /// The model's transformer layers (a denoiser's, or since 2026.12-5 a text model's); `None` = from its size.
    optional layers => Layers {
        key: "layers", limits: (1.0, 1_000.0), whole: true, typed: Decimal, written: Digits, shown: Transformer,
        place: (Use, true, 6, false), source: Source::Cited, since: "2026.12-4",
    },
    /// The denoiser's hidden width; `None` = from its size (`diffusion::hidden`).
    optional hidden => Hidden {
        key: "hidden", limits: (16.0, 100_000.0), whole: false, typed: Decimal, written: Digits,
        shown: Transformer, place: (Use, true, 7, false), source: Source::Cited, since: "2026.12-4",
    },
    /// Pixels per latent token along each side: the autoencoder's downsampling × the patch size.
    number px_per_token = 16.0 => PxPerToken {
        key: "patch", limits: (1.0, 128.0), whole: false, typed: Decimal, written: Digits, shown: Transformer,
        place: (Use, true, 8, false), source: Source::Cited, since: "2026.12-4",
    },
    /// The serving engine; none (`either`) = not known: the range spanning both (`Knob::Engine`). Since 2026.12-7
    /// also an image's or a video's.
    choice_or engine: Engine = None => Engine {
        key: "engine", none: EITHER_ENGINE, shown: Always, place: (Use, true, 3, false),
        since: "2026.12-5",
    },
    /// How the denoiser is built (`arch=unet`); absent = a diffusion transformer, so every older link keeps its
    /// meaning.
    choice arch: Arch = Arch::Dit => Arch {
        key: "arch", shown: Diffusion, place: (Use, true, 4, false), since: "2026.12-7",
    },
    /// A U-Net's published layout; none (`size`) = from its size (`diffusion::unet_pass_flops`).
    choice_or unet: UnetLayout = None => Unet {
        key: "unet", none: UNET_FROM_SIZE, shown: Unet, place: (Use, true, 9, false),
        since: "2026.12-7",
    },
    /// Share of each call's prompt served from a prefix cache, 0–1 (those tokens skip prefill).
    number cached_share = 0.0 => CachedShare {
        key: "cache", limits: (0.0, 1.0), whole: false, typed: Text, written: Short, shown: Text,
        place: (Use, true, 1, true), source: Source::Cited, since: "2026.12-5",
    },
    /// Model calls per query: 1 for an answer; an agent's task makes many, its context growing call by call
    /// (`input_tokens_per_query` is then the mean prompt of a call).
    number calls_per_query = 1.0 => CallsPerQuery {
        key: "turns", limits: (1.0, 10_000.0), whole: false, typed: Decimal, written: Short, shown: Text,
        place: (Use, true, 2, true), source: Source::Cited, since: "2026.12-5",
    },
    /// The question the page answers first (`q=`): one item, a person's own use or a service. Absent = the preset's,
    /// else a service: every older link keeps what it led with.
    choice question: Question = Question::Service => Question {
        key: "q", shown: Always, place: (Own, false, 0, false), since: "2026.12-5",
    },
    /// A person's own use: up to eight lines of a preset's item and how many a day (`me.<preset id>=<count>`).
    lines my_use: MyUse = MyUse::NONE => Me {
        key: "me", since: "2026.12-5",
    },
    /// Whether a person's use counts each item's amortised share of training (`metrain=`); absent: it does not.
    choice my_training: MyTraining = MyTraining::Left => MyTraining {
        key: "metrain", shown: Always, place: (Own, false, 0, false), since: "2026.12-5",
    },
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::DEFAULT
    }
}

impl Scenario {
    /// Parameters used per token: the active count when given, never more than the total.
    pub fn active(&self) -> f64 {
        self.active_params.unwrap_or(self.params).min(self.params)
    }

    /// Whether a query is an agent's task: a text query of more than one model call.
    pub fn is_task(&self) -> bool {
        !self.work.is_diffusion() && self.calls_per_query > 1.0
    }

    /// The accelerator that serves queries: the serving one when given, else the training one.
    pub fn serving(&self) -> Hw {
        self.serving_hw.unwrap_or(self.hw)
    }

    /// This scenario with `other`'s bases, the reader's own: its currency and price, household and car (a preset
    /// changes the AI, not the reader's home).
    pub fn with_bases_of(&self, other: &Scenario) -> Scenario {
        Scenario {
            currency: other.currency,
            price_per_kwh: other.price_per_kwh,
            home: other.home,
            ev: other.ev,
            ..self.clone()
        }
    }

    /// Whether the scenario's model is a denoiser larger than any published one (a text model's size kept for an
    /// image, say): its number is not reliable, and the page says so beside it.
    pub fn size_unpublished(&self) -> bool {
        self.work.is_diffusion() && self.params > super::diffusion::LARGEST_PUBLISHED_PARAMS
    }

    /// A video's length in seconds (frames ÷ frames per second); `None` unless an item is a video.
    pub fn video_seconds(&self) -> Option<f64> {
        (self.work == Work::Video).then(|| self.frames / self.fps.max(1.0))
    }

    /// Whether two scenarios hold the same value of one input, number, choice or lines.
    pub fn same_input(&self, other: &Scenario, input: Input) -> bool {
        match input {
            Input::Number(f) => f.get(self) == f.get(other),
            Input::Choice(k) => self.choice(k) == other.choice(k),
            Input::Lines => self.my_use == other.my_use,
        }
    }
}

impl Input {
    /// The share-link key.
    pub fn key(self) -> &'static str {
        match self {
            Input::Number(f) => f.key(),
            Input::Choice(k) => k.key(),
            Input::Lines => LINES.0,
        }
    }

    /// Which kinds of work show it.
    pub fn shown(self) -> Shown {
        match self {
            Input::Number(f) => f.shown(),
            Input::Choice(k) => k.shown(),
            Input::Lines => Shown::Always,
        }
    }

    /// Where the page shows it.
    pub fn place(self) -> Place {
        match self {
            Input::Number(f) => f.place(),
            Input::Choice(k) => k.place(),
            Input::Lines => Place::OWN,
        }
    }
}

impl Field {
    /// `value` if it is finite and within [`Field::limits`], else why not.
    pub fn check(self, value: f64) -> Result<f64, InputError> {
        let (min, max) = self.limits();
        if !value.is_finite() {
            Err(InputError::NotANumber)
        } else if value < min {
            Err(InputError::TooSmall(min))
        } else if value > max {
            Err(InputError::TooLarge(max))
        } else {
            Ok(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_scenario_passes_every_check() {
        let s = Scenario::default();
        for f in Field::ALL {
            if let Some(v) = f.get(&s) {
                assert_eq!(f.check(v), Ok(v), "{f:?}");
            }
        }
    }

    #[test]
    fn optional_fields_are_exactly_those_unset_by_default() {
        let d = Scenario::default();
        for f in Field::ALL {
            assert_eq!(f.optional(), f.get(&d).is_none(), "{f:?}");
        }
    }

    #[test]
    fn check_rejects_non_finite_and_out_of_range() {
        assert_eq!(Field::Pue.check(f64::NAN), Err(InputError::NotANumber));
        assert_eq!(Field::Pue.check(f64::INFINITY), Err(InputError::NotANumber));
        assert_eq!(Field::Pue.check(0.9), Err(InputError::TooSmall(1.0)));
        assert_eq!(Field::Params.check(1e15), Err(InputError::TooLarge(1e14)));
    }

    #[test]
    fn set_then_get_round_trips_and_refuses_bad_values() {
        let mut s = Scenario::default();
        assert_eq!(Field::QueriesPerDay.set(&mut s, Some(42.0)), Ok(()));
        assert_eq!(Field::QueriesPerDay.get(&s), Some(42.0));
        assert!(Field::QueriesPerDay.set(&mut s, Some(-1.0)).is_err());
        assert_eq!(
            s.queries_per_day, 42.0,
            "a refused value leaves the scenario alone"
        );
        assert_eq!(Field::Steps.set(&mut s, Some(27.6)), Ok(()));
        assert_eq!(s.steps, 28.0, "whole numbers are rounded");
        assert_eq!(Field::Steps.set(&mut s, None), Ok(()));
        assert_eq!(
            s.steps,
            Scenario::DEFAULT.steps,
            "a required field goes back to its default"
        );
    }

    #[test]
    fn every_choice_round_trips_through_its_id_and_lists_its_options() {
        let mut s = Scenario::default();
        for kind in ChoiceKind::ALL {
            let current = s.choice(kind);
            assert_eq!(current.kind(), kind);
            assert_eq!(kind.parse(current.id()), Some(current));
            assert_eq!(kind.parse(&current.id().to_uppercase()), Some(current));
            assert_eq!(kind.parse("no-such-id"), None);
            let options: alloc::vec::Vec<Choice> = kind.options().collect();
            assert!(options.contains(&current), "{kind:?}");
            for o in &options {
                assert_eq!(kind.parse(o.id()), Some(*o), "{kind:?}");
            }
        }
        s.apply(Choice::Hw(Hw::A100));
        assert_eq!(s.choice(ChoiceKind::Hw), Choice::Hw(Hw::A100));
        assert_eq!(
            ChoiceKind::ServingHw.parse("same"),
            Some(Choice::ServingHw(None))
        );
        assert_eq!(
            ChoiceKind::Engine.parse("Either"),
            Some(Choice::Engine(None))
        );
    }

    #[test]
    fn the_link_order_holds_every_key_once() {
        let mut keys: alloc::vec::Vec<&str> = INPUTS.iter().map(|i| i.key()).collect();
        for f in Field::ALL {
            assert_eq!(INPUTS.iter().filter(|&&i| i == Input::Number(f)).count(), 1);
        }
        for k in ChoiceKind::ALL {
            assert_eq!(INPUTS.iter().filter(|&&i| i == Input::Choice(k)).count(), 1);
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), INPUTS.len(), "no key twice");
    }

    #[test]
    fn places_within_a_group_are_distinct() {
        for a in INPUTS {
            for b in INPUTS {
                let (pa, pb) = (a.place(), b.place());
                if a != b && pa.group == pb.group && pa.more == pb.more && pa.group != Group::Own {
                    assert_ne!(pa.rank, pb.rank, "{a:?} and {b:?}");
                }
            }
        }
    }

    #[test]
    fn active_never_exceeds_total() {
        let s = Scenario {
            active_params: Some(1e12),
            ..Scenario::default()
        };
        assert_eq!(s.active(), s.params);
    }
}
