//! Proof at compile time that a list named `ALL` holds every variant of its enum exactly once. Pages, links,
//! exports and tests iterate `ALL`; a variant missing from it would compile and silently disappear from all of
//! them. With `all_is_complete!(Type)` beside the list, the build fails instead: the variant count comes from
//! the enum itself (`strum::EnumCount`, derived), and every entry must be a distinct variant.

/// `all_is_complete!(Type)`: fails to compile unless `Type::ALL` lists each of `Type`'s variants once. `Type`
/// is a fieldless enum deriving `Clone, Copy` and `strum::EnumCount`.
///
/// A complete list compiles:
/// ```
/// #[derive(Clone, Copy, strum::EnumCount)]
/// enum Side { A, B }
/// impl Side { const ALL: [Side; 2] = [Side::B, Side::A]; }
/// ai_energy_core::all_is_complete!(Side);
/// ```
/// A variant left out does not:
/// ```compile_fail,E0080
/// #[derive(Clone, Copy, strum::EnumCount)]
/// enum Side { A, B, C }
/// impl Side { const ALL: [Side; 2] = [Side::A, Side::B]; }
/// ai_energy_core::all_is_complete!(Side);
/// ```
/// Nor does a variant listed twice:
/// ```compile_fail,E0080
/// #[derive(Clone, Copy, strum::EnumCount)]
/// enum Side { A, B }
/// impl Side { const ALL: [Side; 2] = [Side::A, Side::A]; }
/// ai_energy_core::all_is_complete!(Side);
/// ```
#[macro_export]
macro_rules! all_is_complete {
    ($t:ty) => {
        // Compile-time only: an index out of range here is a build error, never a panic at run time.
        #[allow(clippy::indexing_slicing)]
        const _: () = {
            let all = <$t>::ALL;
            assert!(
                all.len() == <$t as $crate::strum::EnumCount>::COUNT,
                concat!(stringify!($t), "::ALL does not list every variant")
            );
            let mut i = 0;
            while i < all.len() {
                let mut j = i + 1;
                while j < all.len() {
                    assert!(
                        all[i] as usize != all[j] as usize,
                        concat!(stringify!($t), "::ALL lists a variant twice")
                    );
                    j += 1;
                }
                i += 1;
            }
        };
    };
}
