pub mod filters;
pub mod forms;
pub mod labels;
pub mod layout;
pub mod problems;
pub mod schedule_words;
pub mod score;
pub mod text;
