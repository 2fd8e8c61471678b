//! One module per feature. A feature owns its writes and may use every layer below it,
//! never another feature: what two features share moves down a layer.

pub mod accounts;
pub mod attendance;
pub mod deals;
pub mod editions;
pub mod investors;
pub mod judging;
pub mod live;
pub mod meeting_schedule;
pub mod meetings;
pub mod needs;
pub mod pipeline;
pub mod rounds;
pub mod startups;
pub mod submissions;
