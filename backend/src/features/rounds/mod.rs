//! Pitch rounds: the rooms and pitch sessions of an edition ([`setup`]), and the draft
//! schedule staff solve, adjust and lock ([`schedule`]).

pub mod schedule;
pub mod setup;
