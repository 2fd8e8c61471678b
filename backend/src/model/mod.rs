//! Database entities (one file a table). They never leave the server: services map
//! them to the wire types in `wire`.

pub mod assignment;
pub mod audit_log;
pub mod availability_window;
pub mod codec;
pub mod cofounder_invite;
pub mod conflict;
pub mod decision_batch;
pub mod edition;
pub mod feedback;
pub mod form_error;
pub mod investor_mark;
pub mod investor_profile;
pub mod invitation;
pub mod judge_standing;
pub mod judge_tally;
pub mod outbox;
pub mod password_reset;
pub mod pitch_standing;
pub mod pitch_tally;
pub mod ranking_generation;
pub mod ranking_snapshot;
pub mod rate_limit;
pub mod review;
pub mod review_setting;
pub mod rubric_criterion;
pub mod session;
pub mod startup;
pub mod startup_member;
pub mod stored_file;
pub mod submission;
pub mod submission_event;
pub mod tallies;
pub mod track;
pub mod user;
pub mod user_role;
