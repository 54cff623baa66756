//! The page's components, one per file. Each takes plain data and `on*` callbacks as props; none computes
//! a number itself (the model does) or touches the browser (`browser` does).

pub mod app;
pub mod header;
pub mod number_input;
pub mod result_card;
pub mod results_panel;
