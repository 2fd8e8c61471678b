pub mod auth;
pub mod home;
pub mod investor;
pub mod not_found;
pub mod showcase;
pub mod staff;
pub mod startups;
