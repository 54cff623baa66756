//! The page's components, one per file. Each takes plain data and `on*` callbacks as props; none computes
//! a number itself (the model does) or touches the browser (`browser` does).

pub mod app;
pub mod breakdown;
pub mod chart_fold;
pub mod charts;
pub mod choice_select;
pub mod claims_section;
pub mod compare_bar;
pub mod embed_view;
pub mod footer;
pub mod header;
pub mod headline;
pub mod inputs_panel;
pub mod link_notice;
pub mod methodology;
pub mod methodology_section;
pub mod my_use_panel;
pub mod number_input;
pub mod preset_note;
pub mod preset_picker;
pub mod question_bar;
pub mod result_card;
pub mod results_panel;
pub mod select;
pub mod share_panel;
pub mod use_host_messages;
pub mod use_module;
pub mod use_open;
