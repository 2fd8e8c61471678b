//! Pitch rounds: the rooms and pitch sessions of an edition ([`setup`]), and the draft
//! schedule staff solve, adjust and lock ([`schedule`]), released as versions the
//! public, founders and judges read ([`release`]), also as calendar feeds and frab
//! JSON for other programs ([`feeds`]).

pub mod availability;
pub mod feeds;
pub mod release;
pub mod schedule;
pub mod setup;
