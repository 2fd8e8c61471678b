//! Meeting requests: an investor asks a startup for a meeting (or, where staff allow
//! it, a founder asks an investor); the other side accepts, declines or proposes other
//! times until the edition's reply deadline, after which a pending request expires.
//! Every rule here is a pure function of facts the backend loads: who may ask whom
//! (`may_request`), who may answer and how (`may_reply`, `after_reply`), what a
//! request's status is at a given moment (`status_at`, expiry needs no background job),
//! and what a meeting is worth to the matcher (`weight`).

use crate::problem::{Noun, Problem};
use crate::review::Interest;
use crate::validation::{bounded_text, FieldErrors};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The longest message with a request.
pub const MESSAGE_MAX_CHARS: usize = 500;
/// The longest reason for declining or proposal of other times.
pub const REPLY_MAX_CHARS: usize = 300;
/// Bounds staff may set.
pub const QUOTA_MAX: i64 = 200;
pub const REPLY_HOURS_MAX: i64 = 24 * 30;

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    /// Waiting for the other side's answer (until the reply deadline).
    Pending,
    /// The other side proposed other times; the asker may accept or decline.
    Proposed,
    Accepted,
    Declined,
    /// The asker took it back before it was answered.
    Withdrawn,
    /// Nobody answered before the reply deadline.
    Expired,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 6] = [
        RequestStatus::Pending,
        RequestStatus::Proposed,
        RequestStatus::Accepted,
        RequestStatus::Declined,
        RequestStatus::Withdrawn,
        RequestStatus::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Proposed => "proposed",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Declined => "declined",
            RequestStatus::Withdrawn => "withdrawn",
            RequestStatus::Expired => "expired",
        }
    }

    /// Still counts against quotas and blocks a second request for the pair.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            RequestStatus::Pending | RequestStatus::Proposed | RequestStatus::Accepted
        )
    }
}

crate::code::coded!(RequestStatus, RequestStatus::ALL);

/// Which side asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AskedBy {
    Investor,
    Founder,
}

impl AskedBy {
    pub const ALL: [AskedBy; 2] = [AskedBy::Investor, AskedBy::Founder];

    pub fn as_str(self) -> &'static str {
        match self {
            AskedBy::Investor => "investor",
            AskedBy::Founder => "founder",
        }
    }
}

crate::code::coded!(AskedBy, AskedBy::ALL);

/// What one side says of a meeting on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckIn {
    Held,
    NoShow,
}

impl CheckIn {
    pub const ALL: [CheckIn; 2] = [CheckIn::Held, CheckIn::NoShow];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckIn::Held => "held",
            CheckIn::NoShow => "no_show",
        }
    }

    pub fn parse(raw: &str) -> Option<CheckIn> {
        Self::ALL.iter().copied().find(|c| c.as_str() == raw.trim())
    }
}

crate::code::coded!(CheckIn, CheckIn::ALL);

/// Where a meeting's check-in stands at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckInTime {
    /// Before the meeting starts: nobody can say yet whether it was held.
    NotYet,
    Open,
    /// After the edition (the check-in closes at the end of its last day).
    Over,
}

/// When either side may check in: from the meeting's start until the end of the
/// edition's last day in its zone (midnight after it), or the end of the meeting's own
/// day if that is later. Late check-ins on the evening after still count; a week later
/// they would only blur the no-show figures staff act on.
pub fn check_in_time(
    starts_at: DateTime<Utc>,
    last_day: chrono::NaiveDate,
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> CheckInTime {
    use chrono::TimeZone;
    if now < starts_at {
        return CheckInTime::NotYet;
    }
    let day = last_day.max(starts_at.with_timezone(&tz).date_naive());
    let midnight = (day + Duration::days(1)).and_time(chrono::NaiveTime::MIN);
    let closes = tz
        .from_local_datetime(&midnight)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        // A zone that skips midnight that day: the UTC midnight after it.
        .unwrap_or_else(|| midnight.and_utc() + Duration::days(1));
    if now < closes {
        CheckInTime::Open
    } else {
        CheckInTime::Over
    }
}

/// The edition's meeting rules as staff set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRules {
    /// Most live requests an investor may have (asked or received).
    pub investor_quota: u32,
    /// Most live requests a startup may have.
    pub startup_quota: u32,
    /// Hours the other side has to answer before a pending request expires.
    pub reply_hours: u32,
    /// The matcher also places pending requests, so an answer finds its slot kept.
    pub pending_holds_slot: bool,
    /// Founders may ask investors too.
    pub founders_may_request: bool,
}

impl Default for MeetingRules {
    fn default() -> Self {
        MeetingRules {
            investor_quota: 20,
            startup_quota: 20,
            reply_hours: 72,
            pending_holds_slot: false,
            founders_may_request: false,
        }
    }
}

/// The rules form, exactly as typed (checkboxes send "on" or nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingRulesInput {
    pub investor_quota: String,
    pub startup_quota: String,
    pub reply_hours: String,
    pub pending_holds_slot: Option<String>,
    pub founders_may_request: Option<String>,
}

impl MeetingRulesInput {
    pub fn of(rules: &MeetingRules) -> Self {
        let on = |b: bool| b.then(|| "on".to_string());
        MeetingRulesInput {
            investor_quota: rules.investor_quota.to_string(),
            startup_quota: rules.startup_quota.to_string(),
            reply_hours: rules.reply_hours.to_string(),
            pending_holds_slot: on(rules.pending_holds_slot),
            founders_may_request: on(rules.founders_may_request),
        }
    }

    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("investor_quota", &self.investor_quota),
            ("startup_quota", &self.startup_quota),
            ("reply_hours", &self.reply_hours),
        ]
    }

    pub fn parse(&self) -> Result<MeetingRules, FieldErrors> {
        let mut e = FieldErrors::new();
        let investor_quota = e.check(
            "investor_quota",
            crate::rounds::whole(&self.investor_quota, Noun::InvestorQuota, 1, QUOTA_MAX),
        );
        let startup_quota = e.check(
            "startup_quota",
            crate::rounds::whole(&self.startup_quota, Noun::StartupQuota, 1, QUOTA_MAX),
        );
        let reply_hours = e.check(
            "reply_hours",
            crate::rounds::whole(&self.reply_hours, Noun::ReplyHours, 1, REPLY_HOURS_MAX),
        );
        let ticked = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.trim().is_empty());
        match (investor_quota, startup_quota, reply_hours) {
            (Some(i), Some(s), Some(h)) if e.is_empty() => Ok(MeetingRules {
                investor_quota: i as u32,
                startup_quota: s as u32,
                reply_hours: h as u32,
                pending_holds_slot: ticked(&self.pending_holds_slot),
                founders_may_request: ticked(&self.founders_may_request),
            }),
            _ => Err(e),
        }
    }
}

/// Why a request cannot be made. Each is shown at the top of the request form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestRefused {
    /// The investor has as many live requests as the edition allows.
    InvestorQuota { quota: u32 },
    /// The startup has as many live requests as the edition allows.
    StartupQuota { quota: u32 },
    /// The investor declared (or was found to have) a conflict with the startup.
    Conflicted,
    /// The pair has a request already, either way round (one per pair and edition).
    AlreadyAsked,
    /// Founders may not ask investors in this edition.
    FoundersMayNotAsk,
    /// The startup is not taking part in the edition (no accepted pitch).
    NotTakingPart,
}

/// The facts `may_request` decides on, loaded by the backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestFacts {
    pub asked_by: AskedBy,
    pub rules: MeetingRules,
    pub startup_takes_part: bool,
    pub conflicted: bool,
    /// The pair has a request already (any status: a declined one is not asked again).
    pub pair_already_asked: bool,
    pub investor_live_requests: u32,
    pub startup_live_requests: u32,
}

pub fn may_request(f: &RequestFacts) -> Result<(), RequestRefused> {
    if f.asked_by == AskedBy::Founder && !f.rules.founders_may_request {
        return Err(RequestRefused::FoundersMayNotAsk);
    }
    if !f.startup_takes_part {
        return Err(RequestRefused::NotTakingPart);
    }
    if f.conflicted {
        return Err(RequestRefused::Conflicted);
    }
    if f.pair_already_asked {
        return Err(RequestRefused::AlreadyAsked);
    }
    if f.investor_live_requests >= f.rules.investor_quota {
        return Err(RequestRefused::InvestorQuota {
            quota: f.rules.investor_quota,
        });
    }
    if f.startup_live_requests >= f.rules.startup_quota {
        return Err(RequestRefused::StartupQuota {
            quota: f.rules.startup_quota,
        });
    }
    Ok(())
}

/// The message with a request: trimmed, possibly empty.
pub fn message(raw: &str) -> Result<String, Problem> {
    if raw.trim().is_empty() {
        return Ok(String::new());
    }
    bounded_text(raw, Noun::RequestMessage, 1, MESSAGE_MAX_CHARS)
}

/// When a request made at `asked_at` expires unanswered.
pub fn expires_at(asked_at: DateTime<Utc>, rules: &MeetingRules) -> DateTime<Utc> {
    asked_at + Duration::hours(i64::from(rules.reply_hours))
}

/// The status as of `now`: a pending (or proposed) request past its deadline has expired.
pub fn status_at(
    stored: RequestStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> RequestStatus {
    match stored {
        RequestStatus::Pending | RequestStatus::Proposed if now >= expires_at => {
            RequestStatus::Expired
        }
        other => other,
    }
}

/// What a side may do with a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    Accept,
    Decline,
    /// Other times, in words.
    Propose,
    /// The asker takes it back.
    Withdraw,
}

impl Reply {
    pub fn parse(raw: &str) -> Option<Reply> {
        match raw.trim() {
            "accept" => Some(Reply::Accept),
            "decline" => Some(Reply::Decline),
            "propose" => Some(Reply::Propose),
            "withdraw" => Some(Reply::Withdraw),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reply::Accept => "accept",
            Reply::Decline => "decline",
            Reply::Propose => "propose",
            Reply::Withdraw => "withdraw",
        }
    }
}

/// Why a reply does not fit the request's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplyRefused {
    /// The request is already settled (accepted, declined, withdrawn or expired).
    Settled(RequestStatus),
    /// It is the other side's turn.
    NotYourTurn,
}

/// The replies open to the asker (`asker` true) or the asked side on a request with
/// `status` (as of now), in the order a page offers them.
pub fn replies(status: RequestStatus, asker: bool) -> &'static [Reply] {
    match (status, asker) {
        (RequestStatus::Pending, false) => &[Reply::Accept, Reply::Propose, Reply::Decline],
        (RequestStatus::Pending, true) => &[Reply::Withdraw],
        // Other times were proposed: the asker answers them.
        (RequestStatus::Proposed, true) => &[Reply::Accept, Reply::Decline],
        (RequestStatus::Proposed, false) => &[Reply::Withdraw],
        // An accepted meeting may still be called off by either side.
        (RequestStatus::Accepted, _) => &[Reply::Withdraw],
        _ => &[],
    }
}

/// The status a reply leads to, or why it cannot be given. A repeated reply that is
/// already in effect (accepting an accepted request) is `Ok` with the same status, so a
/// double submit changes nothing and says nothing alarming.
pub fn after_reply(
    status: RequestStatus,
    asker: bool,
    reply: Reply,
) -> Result<RequestStatus, ReplyRefused> {
    let goal = match reply {
        Reply::Accept => RequestStatus::Accepted,
        Reply::Decline => RequestStatus::Declined,
        Reply::Propose => RequestStatus::Proposed,
        Reply::Withdraw => RequestStatus::Withdrawn,
    };
    if status == goal {
        return Ok(goal);
    }
    if replies(status, asker).contains(&reply) {
        return Ok(goal);
    }
    match status {
        RequestStatus::Pending | RequestStatus::Proposed | RequestStatus::Accepted => {
            Err(ReplyRefused::NotYourTurn)
        }
        settled => Err(ReplyRefused::Settled(settled)),
    }
}

/// The text kept with a reply: a decline's optional reason, a proposal's times
/// (required); nothing for the others.
pub fn reply_text(reply: Reply, raw: &str) -> Result<String, Problem> {
    match reply {
        Reply::Propose => bounded_text(raw, Noun::ProposedTimes, 1, REPLY_MAX_CHARS),
        Reply::Decline if raw.trim().is_empty() => Ok(String::new()),
        Reply::Decline => bounded_text(raw, Noun::DeclineReason, 1, REPLY_MAX_CHARS),
        Reply::Accept | Reply::Withdraw => Ok(String::new()),
    }
}

/// What a meeting is worth to the matcher: one, more when the investor marked the
/// startup (interested, or wants a meeting), more when the founders asked too — mutual
/// interest first. Never below one, so every accepted request counts.
pub fn weight(investor_interest: Option<Interest>, founders_asked: bool) -> i64 {
    let interest = match investor_interest {
        Some(Interest::WantMeeting) => 3,
        Some(Interest::Interested) => 2,
        Some(Interest::Watching) => 1,
        Some(Interest::NoInterest) | None => 0,
    };
    1 + interest + if founders_asked { 2 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_in_opens_at_the_start_and_closes_at_the_end_of_the_last_day() {
        use chrono::TimeZone;
        let tz = chrono_tz::Asia::Shanghai;
        let at = |d: u32, h: u32, m: u32| {
            tz.with_ymd_and_hms(2026, 12, d, h, m, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        let last = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let starts = at(2, 14, 0);
        assert_eq!(
            check_in_time(starts, last, tz, at(2, 13, 59)),
            CheckInTime::NotYet
        );
        assert_eq!(check_in_time(starts, last, tz, starts), CheckInTime::Open);
        assert_eq!(
            check_in_time(starts, last, tz, at(3, 23, 59)),
            CheckInTime::Open
        );
        assert_eq!(
            check_in_time(starts, last, tz, at(4, 0, 0)),
            CheckInTime::Over
        );
        // A meeting after the last day keeps its own day.
        let late = at(5, 10, 0);
        assert_eq!(
            check_in_time(late, last, tz, at(5, 22, 0)),
            CheckInTime::Open
        );
        assert_eq!(
            check_in_time(late, last, tz, at(6, 0, 0)),
            CheckInTime::Over
        );
    }
    use proptest::prelude::*;

    fn facts() -> RequestFacts {
        RequestFacts {
            asked_by: AskedBy::Investor,
            rules: MeetingRules::default(),
            startup_takes_part: true,
            conflicted: false,
            pair_already_asked: false,
            investor_live_requests: 0,
            startup_live_requests: 0,
        }
    }

    #[test]
    fn a_request_within_the_rules_is_allowed() {
        assert_eq!(may_request(&facts()), Ok(()));
    }

    #[test]
    fn quotas_conflicts_and_repeats_are_refused() {
        let full = RequestFacts {
            investor_live_requests: 20,
            ..facts()
        };
        assert_eq!(
            may_request(&full),
            Err(RequestRefused::InvestorQuota { quota: 20 })
        );
        let startup_full = RequestFacts {
            startup_live_requests: 20,
            ..facts()
        };
        assert_eq!(
            may_request(&startup_full),
            Err(RequestRefused::StartupQuota { quota: 20 })
        );
        let conflicted = RequestFacts {
            conflicted: true,
            ..facts()
        };
        assert_eq!(may_request(&conflicted), Err(RequestRefused::Conflicted));
        let twice = RequestFacts {
            pair_already_asked: true,
            ..facts()
        };
        assert_eq!(may_request(&twice), Err(RequestRefused::AlreadyAsked));
        let away = RequestFacts {
            startup_takes_part: false,
            ..facts()
        };
        assert_eq!(may_request(&away), Err(RequestRefused::NotTakingPart));
    }

    #[test]
    fn founders_ask_only_where_staff_allow_it() {
        let founder = RequestFacts {
            asked_by: AskedBy::Founder,
            ..facts()
        };
        assert_eq!(
            may_request(&founder),
            Err(RequestRefused::FoundersMayNotAsk)
        );
        let allowed = RequestFacts {
            rules: MeetingRules {
                founders_may_request: true,
                ..MeetingRules::default()
            },
            ..founder
        };
        assert_eq!(may_request(&allowed), Ok(()));
    }

    #[test]
    fn a_pending_request_expires_at_its_deadline_and_a_settled_one_never() {
        let asked = Utc::now();
        let rules = MeetingRules::default();
        let due = expires_at(asked, &rules);
        assert_eq!(due - asked, Duration::hours(72));
        let before = due - Duration::seconds(1);
        assert_eq!(
            status_at(RequestStatus::Pending, due, before),
            RequestStatus::Pending
        );
        assert_eq!(
            status_at(RequestStatus::Pending, due, due),
            RequestStatus::Expired
        );
        assert_eq!(
            status_at(RequestStatus::Proposed, due, due),
            RequestStatus::Expired
        );
        assert_eq!(
            status_at(RequestStatus::Accepted, due, due + Duration::days(9)),
            RequestStatus::Accepted
        );
    }

    #[test]
    fn the_asked_side_answers_and_the_asker_answers_a_proposal() {
        use RequestStatus::*;
        assert_eq!(after_reply(Pending, false, Reply::Accept), Ok(Accepted));
        assert_eq!(after_reply(Pending, false, Reply::Propose), Ok(Proposed));
        assert_eq!(
            after_reply(Pending, true, Reply::Accept),
            Err(ReplyRefused::NotYourTurn)
        );
        assert_eq!(after_reply(Proposed, true, Reply::Accept), Ok(Accepted));
        assert_eq!(
            after_reply(Proposed, false, Reply::Accept),
            Err(ReplyRefused::NotYourTurn)
        );
        assert_eq!(after_reply(Pending, true, Reply::Withdraw), Ok(Withdrawn));
        assert_eq!(
            after_reply(Declined, false, Reply::Accept),
            Err(ReplyRefused::Settled(Declined))
        );
        assert_eq!(
            after_reply(Expired, false, Reply::Accept),
            Err(ReplyRefused::Settled(Expired))
        );
    }

    #[test]
    fn a_second_identical_reply_changes_nothing() {
        use RequestStatus::*;
        assert_eq!(after_reply(Accepted, false, Reply::Accept), Ok(Accepted));
        assert_eq!(after_reply(Declined, false, Reply::Decline), Ok(Declined));
    }

    #[test]
    fn a_proposal_needs_its_times_and_a_decline_reason_is_optional() {
        assert_eq!(
            reply_text(Reply::Propose, "  "),
            Err(Problem::Required {
                field: Noun::ProposedTimes
            })
        );
        assert_eq!(reply_text(Reply::Decline, " "), Ok(String::new()));
        assert!(reply_text(Reply::Decline, &"x".repeat(REPLY_MAX_CHARS + 1)).is_err());
        assert_eq!(
            reply_text(Reply::Propose, " Thu after 3 pm "),
            Ok("Thu after 3 pm".to_string())
        );
    }

    #[test]
    fn the_rules_form_collects_every_error_at_once() {
        let typed = MeetingRulesInput {
            investor_quota: "0".into(),
            startup_quota: "many".into(),
            reply_hours: String::new(),
            ..MeetingRulesInput::default()
        };
        let errors = typed.parse().unwrap_err();
        assert!(errors.get("investor_quota").is_some());
        assert!(errors.get("startup_quota").is_some());
        assert!(errors.get("reply_hours").is_some());
        let good = MeetingRulesInput::of(&MeetingRules::default());
        assert_eq!(good.parse(), Ok(MeetingRules::default()));
    }

    proptest! {
        #[test]
        fn weight_is_at_least_one_and_mutual_interest_weighs_more(
            asked in any::<bool>(),
            i in 0usize..5,
        ) {
            let interest = [None, Some(Interest::NoInterest), Some(Interest::Watching),
                Some(Interest::Interested), Some(Interest::WantMeeting)][i];
            let w = weight(interest, asked);
            prop_assert!(w >= 1);
            prop_assert!(weight(interest, true) > weight(interest, false));
        }

        #[test]
        fn no_reply_leads_out_of_a_settled_request_except_repeating_it(
            s in 0usize..6, asker in any::<bool>(), r in 0usize..4,
        ) {
            let status = RequestStatus::ALL[s];
            let reply = [Reply::Accept, Reply::Decline, Reply::Propose, Reply::Withdraw][r];
            if !status.is_live() {
                let out = after_reply(status, asker, reply);
                prop_assert!(out.is_err() || out == Ok(status));
            }
        }
    }
}
