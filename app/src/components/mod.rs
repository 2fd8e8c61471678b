pub mod filters;
pub mod forms;
pub mod labels;
pub mod layout;
pub mod problems;
pub mod text;
