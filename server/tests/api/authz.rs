//! The authorization matrix (issue 13, "make the class impossible"): every server
//! function and every file route has at least one row saying what each kind of caller
//! gets. A new endpoint without a row fails `every_endpoint_has_a_row`; a row that no
//! longer matches the code fails `every_caller_gets_the_expected_answer`.
//!
//! Hidden → 404 (existence not revealed), forbidden on a visible thing → 403, anonymous
//! caller of a members-only function → 401 (the deck and logo routes answer 404 to
//! anonymous callers too). A business answer after the authorization check (409 for a
//! submitted pitch, 422 for an empty form) proves the caller got through it; rows use
//! such arguments where success would change what later rows see.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// The callers, in the order of the matrix's columns (and the order cells run in).
const CALLERS: [&str; 8] = [
    "anon",  // nobody signed in
    "other", // a founder of another startup
    "asgn",  // an investor assigned to Tidal Grid's pitch
    "unasg", // an investor not assigned to it (browsing is off)
    "confl", // an investor in conflict with it (shares the founder's mail domain)
    "team",  // an investor who is also on Tidal Grid's team (auto conflict)
    "staff", "own", // Tidal Grid's founder
];

/// One row: an endpoint (a server function path under `/api/`, or `METHOD /files/…`),
/// the situation, its arguments (`{name}` is replaced by the world's value) and the
/// expected status per caller (`-`: does not apply).
struct Row {
    endpoint: &'static str,
    situation: &'static str,
    args: &'static [(&'static str, &'static str)],
    expect: &'static str,
}

const fn row(
    endpoint: &'static str,
    situation: &'static str,
    args: &'static [(&'static str, &'static str)],
    expect: &'static str,
) -> Row {
    Row {
        endpoint,
        situation,
        args,
        expect,
    }
}

/// Rows run top to bottom: the last ones change the world (leaving a team, withdrawing).
#[rustfmt::skip]
const MATRIX: &[Row] = &[
    //  endpoint                     situation                               args                                                    anon other asgn unasg confl team staff own
    row("auth/me",                   "who am I",                             &[],                                                    "200  200  200  200  200  200  200  200"),
    row("auth/sign-up",              "check your inbox (no session yet)",    &[("display_name", "New Person"), ("email", "new@example.org"), ("password", "new-person-pass")],
                                                                                                                                     "200  -    -    -    -    -    -    -"),
    row("auth/verify-email",         "a bogus sign-up link",                 &[("token", "bogus")],                                  "422  422  422  422  422  422  422  422"),
    row("auth/log-in",               "log in (starts a session)",            &[("email", "chen@tidalgrid.cn"), ("password", "founder-pass-1")],
                                                                                                                                     "200  -    -    -    -    -    -    -"),
    row("lang",                      "choose a language (anyone; stored on a signed-in account)", &[("lang", "zh"), ("back", "/")],
                                                                                                                                     "200  200  200  200  200  200  200  200"),
    row("auth/log-out",              "log out (ends the session)",           &[],                                                    "200  -    -    -    -    -    -    -"),
    // Five links an hour per address: the later callers would be counting the limit.
    row("auth/request-reset",        "ask for a reset link",                 &[("email", "chen@tidalgrid.cn")],                      "200  200  200  200  200  -    -    -"),
    row("auth/reset",                "a bogus reset link",                   &[("token", "bogus"), ("password", "whatever-pass-1")], "422  422  422  422  422  422  422  422"),
    row("invitations/view",          "a bogus staff invitation",             &[("token", "bogus")],                                  "422  422  422  422  422  422  422  422"),
    row("invitations/accept",        "a bogus staff invitation",             &[("token", "bogus"), ("display_name", "X"), ("password", "whatever-pass-1")],
                                                                                                                                     "422  422  422  422  422  422  422  422"),
    row("startups/invitation",       "a bogus co-founder invitation",        &[("token", "bogus")],                                  "422  422  422  422  422  422  422  422"),
    row("startups/join",             "a bogus co-founder invitation",        &[("token", "bogus")],                                  "422  422  422  422  422  422  422  422"),
    row("editions/current",          "public",                               &[],                                                    "200  200  200  200  200  200  200  200"),
    row("showcase/list",             "public",                               &[],                                                    "200  200  200  200  200  200  200  200"),
    row("showcase/startup",          "a startup not in the showcase",        &[("id", "{tidal}")],                                   "404  404  404  404  404  404  404  404"),

    // Staff only.
    row("editions/list",             "staff only",                           &[],                                                    "401  404  404  404  404  404  200  404"),
    row("editions/get",              "the current edition",                  &[("id", "{edition}")],                                 "401  404  404  404  404  404  200  404"),
    row("editions/get",              "another edition",                      &[("id", "{old_edition}")],                             "401  404  404  404  404  404  200  404"),
    row("editions/save",             "an empty form",                        EMPTY_EDITION,                                          "401  404  404  404  404  404  422  404"),
    row("editions/make-current",     "the current edition again",            &[("id", "{edition}")],                                 "401  404  404  404  404  404  200  404"),
    row("staff/invite",              "a bad address",                        &[("email", "not-an-email"), ("role", "investor")],     "401  404  404  404  404  404  422  404"),
    row("staff/outbox",              "staff only",                           &[("page", "1")],                                       "401  404  404  404  404  404  200  404"),
    row("staff/audit",               "staff only",                           &[("page", "1")],                                       "401  404  404  404  404  404  200  404"),
    row("staff/submissions",         "staff only",                           &[],                                                    "401  404  404  404  404  404  200  404"),
    row("schedule/release",          "no version name",                      &[("edition", "{edition}"), ("name", "")],              "401  404  404  404  404  404  422  404"),
    row("agenda",                    "public (nothing released yet)",        &[("edition", "{edition}")],                            "200  200  200  200  200  200  200  200"),
    row("agenda/pitch-slot",         "public (nothing released yet)",        &[("edition", "{edition}"), ("startup", "{tidal}")],    "200  200  200  200  200  200  200  200"),
    row("agenda/mine",               "members only",                         &[],                                                    "401  200  200  200  200  200  200  200"),
    row("agenda/personal",           "members only",                         &[],                                                    "401  200  200  200  200  200  200  200"),
    row("availability/get",          "a judge's own availability",           &[("edition", "{edition}")],                            "401  404  200  200  200  200  404  404"),
    row("availability/save",         "an unreadable time",                   &[("edition", "{edition}"), ("windows", "soon")],       "401  404  422  422  422  422  404  404"),
    row("schedule/block",            "a person who does not exist",          &[("edition", "{edition}"), ("person", "{tidal}"), ("day", "2099-09-15"), ("from", "09:00"), ("to", "10:00")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("schedule/unblock",          "a block-out that does not exist",      &[("edition", "{edition}"), ("id", "{tidal}")],         "401  404  404  404  404  404  404  404"),
    row("schedule/levels",           "an unknown level",                     &[("edition", "{edition}"), ("unplaced", "never")],     "401  404  404  404  404  404  422  404"),
    row("calendar/feed",             "one's own calendar link",              &[],                                                    "401  200  200  200  200  200  404  200"),
    row("calendar/create",           "a new calendar link",                  &[("back", "/")],                                       "401  200  200  200  200  200  404  200"),
    row("calendar/revoke",           "one's live calendar link",             &[("back", "/")],                                       "401  200  200  200  200  200  404  200"),
    row("calendar/revoke",           "no live link any more",                &[],                                                    "401  404  404  404  404  404  404  404"),
    row("GET /calendar/{token}",     "a token never issued",                 &[("token", "0123456789abcdef.ics")],                   "404  404  404  404  404  404  404  404"),
    row("GET /agenda.ics",           "public (nothing released yet)",        &[("edition", "{edition}")],                            "200  200  200  200  200  200  200  200"),
    row("GET /agenda.ics",           "an edition that does not exist",       &[("edition", "{tidal}")],                              "404  404  404  404  404  404  404  404"),
    row("GET /agenda.json",          "public (nothing released yet)",        &[("edition", "{edition}")],                            "200  200  200  200  200  200  200  200"),
    row("rounds/setup",              "staff only",                           &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("rounds/room/save",          "an empty room form",                   &[("edition", "{edition}"), ("name", ""), ("capacity", "")],
                                                                                                                                     "401  404  404  404  404  404  422  404"),
    row("rounds/room/delete",        "a room that does not exist",           &[("edition", "{edition}"), ("id", "{tidal}")],         "401  404  404  404  404  404  404  404"),
    row("rounds/session/save",       "an empty session form",                &[("edition", "{edition}")],                            "401  404  404  404  404  404  422  404"),
    row("rounds/session/delete",     "a session that does not exist",        &[("edition", "{edition}"), ("id", "{tidal}")],         "401  404  404  404  404  404  404  404"),
    row("schedule/board",            "the draft schedule",                   &[("edition", "{edition}"), ("solve", "true")],         "401  404  404  404  404  404  200  404"),
    row("schedule/solve",            "a proposal from another draft",        &[("edition", "{edition}"), ("fingerprint", "stale")],  "401  404  404  404  404  404  409  404"),
    row("schedule/place",            "a pitch that is not accepted",         &[("edition", "{edition}"), ("submission", "{tidal_pitch}")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("schedule/seat",             "a session that does not exist",        &[("edition", "{edition}"), ("session", "{tidal}"), ("investor", "{unasg_id}")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("meeting-staff/overview",    "staff only",                           &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("meeting-staff/rules",       "an empty rules form",                  &[("edition", "{edition}")],                            "401  404  404  404  404  404  422  404"),
    row("meeting-staff/block/add",   "an empty block form",                  &[("edition", "{edition}")],                            "401  404  404  404  404  404  422  404"),
    row("meeting-staff/block/delete", "a block that does not exist",         &[("edition", "{edition}"), ("id", "{tidal}")],         "401  404  404  404  404  404  404  404"),
    row("meeting-staff/place/save",  "an empty place form",                  &[("edition", "{edition}")],                            "401  404  404  404  404  404  422  404"),
    row("meeting-staff/place/delete", "a place that does not exist",         &[("edition", "{edition}"), ("id", "{tidal}")],         "401  404  404  404  404  404  404  404"),
    row("meeting-staff/run",         "nothing to place yet",                 &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("meeting-staff/release",     "an empty meeting schedule",            &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("meeting-staff/book",        "a request that does not exist",        &[("edition", "{edition}"), ("request", "{tidal}"), ("place", "{tidal}"), ("slot", "2099-09-15T06:00:00Z")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("meeting-staff/lock",        "a meeting that does not exist",        &[("edition", "{edition}"), ("meeting", "{tidal}"), ("locked", "on")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("meeting-staff/cancel",      "a meeting that does not exist",        &[("edition", "{edition}"), ("meeting", "{tidal}")],    "401  404  404  404  404  404  404  404"),
    row("meeting-staff/standby",     "a no-show that does not exist",        &[("edition", "{edition}"), ("meeting", "{tidal}"), ("request", "{tidal}")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    // Only the meeting's investor and its startup's founders (`meeting_staff.rs`).
    row("meetings/check-in",         "a meeting that does not exist",        &[("meeting", "{tidal}"), ("check", "held")],           "401  404  404  404  404  404  404  404"),
    row("live/run",                  "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/open",                 "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/close",                "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/advance",              "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/mark",                 "a session that does not exist",        &[("session", "{tidal}"), ("submission", "{tidal_pitch}"), ("status", "pitched")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("live/move",                 "a session that does not exist",        &[("session", "{tidal}"), ("submission", "{tidal_pitch}"), ("direction", "up")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("live/board",                "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/stage",                "a session that does not exist",        &[("session", "{tidal}"), ("criteria[0]", "c0")],      "401  404  404  404  404  404  404  404"),
    row("live/award",                "a session that does not exist",        &[("session", "{tidal}"), ("submission", "{tidal_pitch}"), ("kind", "winner")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("live/award/remove",         "a session that does not exist",        &[("session", "{tidal}"), ("submission", "{tidal_pitch}"), ("kind", "winner")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("live/release",              "a session that does not exist",        &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("GET /staff/live/{session}/events", "a session that does not exist", &[("session", "{tidal}")],                            "401  404  404  404  404  404  404  404"),
    row("live/results",              "public (nothing released yet)",        &[("edition", "{edition}")],                            "200  200  200  200  200  200  200  200"),
    row("live/pitch-awards",         "public (nothing released yet)",        &[("submission", "{tidal_pitch}")],                     "200  200  200  200  200  200  200  200"),
    row("judging/setup",             "the current edition",                  &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("judging/setup",             "another edition",                      &[("edition", "{old_edition}")],                        "401  404  404  404  404  404  200  404"),
    row("judging/setup/save",        "an empty rubric",                      &[("edition", "{edition}"), ("rubric", ""), ("reviews_per_pitch", "1")],
                                                                                                                                     "401  404  404  404  404  404  422  404"),
    row("judging/assignments",       "staff only",                           &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("judging/auto-assign",       "every pitch already has its judge",    &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("judging/assign",            "no investor chosen",                   &[("submission", "{tidal_pitch}"), ("investor", "")],   "401  404  404  404  404  404  422  404"),
    row("judging/unassign",          "a judge who is not assigned",          &[("submission", "{tidal_pitch}"), ("investor", "{unasg_id}")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("judging/ranking",           "staff only",                           &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("judging/ranking",           "a later page, sorted, one track",      &[("edition", "{edition}"), ("page", "2"), ("judge_page", "2"), ("sort", "raw"), ("track", "AI")],
                                                                                                                                     "401  404  404  404  404  404  200  404"),
    row("judging/decide/preview",    "Tidal Grid's pitch",                   &[("ids[0]", "{tidal_pitch}"), ("decision", "accept")], "401  404  404  404  404  404  200  404"),
    row("judging/decide",            "nothing ticked",                       &[("decision", "accept")],                              "401  404  404  404  404  404  422  404"),
    row("judging/decide/undo",       "a decision that never was",            &[("batch", "{unasg_id}")],                             "401  404  404  404  404  404  404  404"),
    row("judging/reviews",           "Tidal Grid's reviews",                 &[("submission", "{tidal_pitch}")],                     "401  404  404  404  404  404  200  404"),
    row("judging/release",           "no comment released",                  &[("submission", "{tidal_pitch}")],                     "401  404  404  404  404  404  200  404"),

    // Investors.
    row("investors/profile",         "one's own thesis",                     &[],                                                    "401  404  200  200  200  200  404  404"),
    row("investors/profile/save",    "an empty thesis",                      &[],                                                    "401  404  422  422  422  422  404  404"),
    row("live/judge/sessions",       "one's own live panels",                &[],                                                    "401  404  200  200  200  200  404  404"),
    row("live/judge",                "a session on no panel of theirs",      &[("session", "{tidal}")],                              "401  404  404  404  404  404  404  404"),
    row("live/score",                "a session on no panel of theirs",      &[("session", "{tidal}"), ("submission", "{tidal_pitch}")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("reviews/queue",             "one's own queue",                      &[],                                                    "401  404  200  200  200  200  404  404"),
    row("reviews/form",              "Tidal Grid's pitch",                   &[("submission", "{tidal_pitch}")],                     "401  404  200  404  404  404  404  404"),
    row("reviews/form",              "a pitch of another edition",           &[("submission", "{old_pitch}")],                       "401  404  404  404  404  404  404  404"),
    row("reviews/save",              "no scores",                            &[("submission", "{tidal_pitch}"), ("recommendation", "yes")],
                                                                                                                                     "401  404  422  404  404  404  404  404"),
    row("reviews/marks",             "star it",                              &[("submission", "{tidal_pitch}"), ("interest", "none")], "401  404  200  404  404  404  404  404"),
    row("reviews/marks",             "a pitch of another edition",           &[("submission", "{old_pitch}"), ("interest", "none")],  "401  404  404  404  404  404  404  404"),
    row("reviews/conflict",          "no reason given",                      &[("submission", "{tidal_pitch}")],                     "401  404  422  404  404  404  404  404"),

    // Startups and pitches.
    row("startups/mine",             "one's own startups",                   &[],                                                    "401  200  404  404  404  200  404  200"),
    row("startups/get",              "Tidal Grid",                           &[("id", "{tidal}")],                                   "401  404  404  404  404  200  200  200"),
    row("startups/save",             "Tidal Grid's profile, unchanged",      PROFILE,                                                "401  404  404  404  404  200  200  200"),
    row("startups/invite-cofounder", "a bad address",                        &[("startup_id", "{tidal}"), ("email", "nope")],        "401  404  404  404  404  422  403  422"),
    row("pitches/get",               "Tidal Grid, current edition",          &[("startup_id", "{tidal}"), ("edition_id", "")],       "401  404  404  404  404  200  200  200"),
    row("pitches/get",               "Tidal Grid, another edition",          &[("startup_id", "{tidal}"), ("edition_id", "{old_edition}")],
                                                                                                                                     "401  404  404  404  404  200  200  200"),
    // Staff see a submitted pitch but may not change it: 403.
    row("pitches/save",              "a pitch under review",                 PITCH,                                                  "401  404  404  404  404  409  403  409"),
    // A pitch already sent to an edition that is no longer current stays the team's
    // until that edition's deadline (a new pitch there is refused: `security.rs`).
    row("pitches/save",              "its pitch to the earlier edition",     OLD_PITCH,                                              "401  404  404  404  404  200  403  200"),
    row("pitches/submit",            "a pitch under review",                 &[("submission_id", "{tidal_pitch}")],                  "401  404  404  404  404  409  403  409"),
    row("meetings/page",             "my meetings page (recommendations, requests)", &[],                                            "401  200  200  200  200  200  200  200"),
    row("meetings/ask",              "an investor asks Tidal Grid (not accepted: not taking part)", &[("startup", "{tidal}"), ("message", "Hello")],
                                                                                                                                     "401  404  422  422  422  422  404  404"),
    row("meetings/ask",              "Tidal Grid's founders ask an investor (not allowed in this edition)", &[("startup", "{tidal}"), ("investor", "{asgn_id}")],
                                                                                                                                     "401  404  404  404  404  422  404  422"),
    row("meetings/reply",            "answer a request that is nobody's (an unknown id)", &[("request", "{edition}"), ("reply", "accept")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    // Technology needs (`needs.rs` has the corporate's own rows and the poster's side).
    row("needs/board",               "public (visitors see public needs)",   &[],                                                    "200  200  200  200  200  200  200  200"),
    row("needs/matching",            "members only (their startups' needs)", &[],                                                    "401  200  200  200  200  200  200  200"),
    row("needs/get",                 "a need that does not exist",           &[("id", "{tidal}")],                                   "404  404  404  404  404  404  404  404"),
    row("needs/post",                "an empty need (investors and corporates post)", &[],                                          "401  404  422  422  422  422  404  404"),
    row("needs/update",              "a need that does not exist",           &[("id", "{tidal}")],                                   "401  404  404  404  404  404  404  404"),
    row("needs/close",               "a need that does not exist",           &[("id", "{tidal}"), ("outcome", "no_fit")],            "401  404  404  404  404  404  404  404"),
    row("needs/respond",             "a need that does not exist",           &[("need", "{edition}"), ("startup", "{tidal}"), ("proposal", "Hello")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("needs/shortlist",           "a response that does not exist",       &[("response", "{tidal}"), ("on", "on")],               "401  404  404  404  404  404  404  404"),
    row("needs/request-meeting",     "a response that does not exist",       &[("response", "{tidal}")],                             "401  404  404  404  404  404  404  404"),
    row("needs/organisation",        "corporates only",                      &[("organisation", "Grid Co.")],                        "401  404  404  404  404  404  404  404"),
    // Agreements: staff any; the parties their own (`deals.rs`).
    row("deals/staff",               "staff only",                           &[("edition", "{edition}")],                            "401  404  404  404  404  404  200  404"),
    row("deals/mine",                "one's own agreements",                 &[],                                                    "401  200  200  200  200  200  200  200"),
    row("deals/record",              "an empty agreement for Tidal Grid (its team and staff get through)", &[("startup", "{tidal}")],
                                                                                                                                     "401  404  404  404  404  422  422  422"),
    row("deals/answer",              "answer an agreement that is nobody's (an unknown id)", &[("agreement", "{edition}"), ("answer", "confirmed")],
                                                                                                                                     "401  404  404  404  404  404  404  404"),
    row("deals/rates",               "an empty rates form",                  &[("edition", "{edition}")],                            "401  404  404  404  404  404  422  404"),
    row("attendance/get",            "Tidal Grid's pitch (under review: no card)", &[("submission", "{tidal_pitch}")],               "401  404  404  404  404  200  200  200"),
    row("attendance/answer",         "confirm a pitch that is not accepted", &[("submission", "{tidal_pitch}"), ("answer", "confirm")],
                                                                                                                                     "401  404  404  404  404  409  403  409"),
    row("GET /files/decks/{id}",     "Tidal Grid's deck",                    &[("id", "{tidal_pitch}")],                             "404  404  200  404  404  200  200  200"),
    row("GET /files/decks/{id}",     "its deck in another edition",          &[("id", "{old_pitch}")],                               "404  404  404  404  404  200  200  200"),
    row("GET /files/logos/{id}",     "Tidal Grid's logo (not showcased)",    &[("id", "{tidal}")],                                   "404  404  404  404  404  200  200  200"),
    row("POST /files/startups/{id}/logo", "a new logo",                      &[("id", "{tidal}")],                                   "401  404  404  404  404  303  303  303"),
    row("POST /files/pitches/{id}/deck",  "a pitch under review",            &[("id", "{tidal_pitch}")],                             "401  404  404  404  404  409  403  409"),

    // The investor pipeline: a card of asgn's board ({card}, Tidal Grid, which asgn
    // judges); every other caller is outside that board (`pipeline.rs`).
    row("pipeline/board",            "my firm's board",                      &[],                                                    "401  404  200  200  200  200  404  404"),
    row("pipeline/card",             "a card of asgn's board",               &[("card", "{card}")],                                  "401  404  200  404  404  404  404  404"),
    row("pipeline/add",              "put Tidal Grid on my board (only its judge may see it)", &[("startup", "{tidal}")],          "401  404  200  404  404  404  404  404"),
    row("pipeline/add-shortlist",    "add my shortlist (empty)",             &[],                                                    "401  404  200  200  200  200  404  404"),
    row("pipeline/move",             "move a card of asgn's board to an unknown stage", &[("card", "{card}"), ("stage", "closing")], "401  404  422  404  404  404  404  404"),
    row("pipeline/revive",           "revive an active card of asgn's board", &[("card", "{card}")],                                 "401  404  409  404  404  404  404  404"),
    row("pipeline/share",            "stop sharing a card of asgn's board",  &[("card", "{card}"), ("share", "off")],                "401  404  200  404  404  404  404  404"),
    row("pipeline/note",             "an empty note on a card of asgn's board", &[("card", "{card}"), ("body", "")],                 "401  404  422  404  404  404  404  404"),
    row("pipeline/task",             "a task without a due date on a card of asgn's board", &[("card", "{card}"), ("title", "Call")], "401  404  422  404  404  404  404  404"),
    row("pipeline/task-done",        "a task that does not exist",           &[("task", "{card}"), ("done", "on")],                  "401  404  404  404  404  404  404  404"),
    row("pipeline/shared",           "the stages shared with my startups",   &[],                                                    "401  200  200  200  200  200  200  200"),
    row("pipeline/digest",           "send this week's digests (staff)",     &[],                                                    "401  404  404  404  404  404  200  404"),

    // These change the world: last.
    row("startups/save",             "a new startup",                        NEW_STARTUP,                                            "401  200  404  404  404  200  404  200"),
    row("judging/unassign",          "Ada from Tidal Grid's pitch",          &[("submission", "{tidal_pitch}"), ("investor", "{asgn_id}")],
                                                                                                                                     "401  404  404  404  404  404  200  404"),
    row("pitches/withdraw",          "Tidal Grid's pitch",                   &[("submission_id", "{tidal_pitch}")],                  "401  404  404  404  404  -    403  200"),
    row("startups/leave",            "Tidal Grid (the team member first)",   &[("startup_id", "{tidal}")],                           "401  404  404  404  404  200  404  409"),
];

const PROFILE: &[(&str, &str)] = &[
    ("id", "{tidal}"),
    ("name", "Tidal Grid"),
    ("one_liner", "Batteries that trade power for harbours."),
    ("description", "Port-side storage."),
    ("sectors", "Clean energy, storage"),
    ("stage", "seed"),
    ("country", "CN"),
    ("city", "Shanghai"),
    ("founded_year", "2023"),
    ("team_size", "12"),
    ("website", "https://tidal.example"),
    ("ask_amount", "1,500,000"),
    ("currency", "USD"),
    ("instrument", "safe"),
];

const EMPTY_EDITION: &[(&str, &str)] = &[
    ("id", "{old_edition}"),
    ("name", ""),
    ("city", ""),
    ("starts_on", ""),
    ("ends_on", ""),
    ("time_zone", ""),
    ("submission_deadline", ""),
    ("tracks", ""),
];

const PITCH: &[(&str, &str)] = &[
    ("startup_id", "{tidal}"),
    ("edition_id", "{edition}"),
    ("intent", "save"),
    ("title", "Tidal Grid at GSIC"),
    ("summary", "Storage for ports."),
    ("track", "Clean energy"),
    ("availability", "2099-09-15 09:00-12:00"),
];

const OLD_PITCH: &[(&str, &str)] = &[
    ("startup_id", "{tidal}"),
    ("edition_id", "{old_edition}"),
    ("intent", "save"),
    ("title", "Tidal Grid at GSIC"),
    ("summary", "Storage for ports."),
    ("track", "Clean energy"),
    ("availability", "2099-09-15 09:00-12:00"),
];

const NEW_STARTUP: &[(&str, &str)] = &[
    ("id", ""),
    ("name", "Another One"),
    ("one_liner", "One more."),
    ("description", "More."),
    ("sectors", "AI"),
    ("stage", "seed"),
    ("country", "CN"),
    ("city", "Shanghai"),
    ("founded_year", "2023"),
    ("team_size", "2"),
    ("website", ""),
    ("ask_amount", "100,000"),
    ("currency", "USD"),
    ("instrument", "safe"),
];

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";

/// Everyone the matrix calls as, and the ids its rows name.
struct World {
    cookies: BTreeMap<&'static str, String>,
    ids: BTreeMap<&'static str, String>,
}

impl TestApp {
    async fn submit_with_deck(&self, founder: &str, startup: &str, edition: &str) -> String {
        let saved = self.save_pitch(founder, startup, edition, "save").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let pitch = self
            .call(
                "pitches/get",
                Some(founder),
                &[("startup_id", startup), ("edition_id", edition)],
            )
            .await
            .json();
        let id = pitch["id"].as_str().expect("submission id").to_string();
        let deck = self
            .upload(
                &format!("/files/pitches/{id}/deck"),
                founder,
                "deck",
                "deck.pdf",
                PDF,
            )
            .await;
        assert_eq!(deck.status, StatusCode::SEE_OTHER, "{}", deck.body);
        let submitted = self
            .call("pitches/submit", Some(founder), &[("submission_id", &id)])
            .await;
        assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
        id
    }

    /// Tidal Grid pitched to an earlier edition and to the current one, with a deck and
    /// a logo; Mei (founder and investor) on its team; Ada assigned to judge it, Bo not,
    /// Cy in conflict by mail domain; Dara owns Aurora Bio.
    async fn world(&self) -> World {
        let staff = self.staff().await;
        // An earlier edition, open while Tidal Grid pitched to it; then the current one.
        let saved = self
            .call(
                "editions/save",
                Some(&staff),
                &[
                    ("id", ""),
                    ("name", "GSIC 2098"),
                    ("city", "Shanghai"),
                    ("starts_on", "2099-09-15"),
                    ("ends_on", "2099-09-16"),
                    ("time_zone", "Asia/Shanghai"),
                    ("submission_deadline", "2099-09-01T18:00"),
                    ("tracks", "AI\nClean energy"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let old_edition = self.call("editions/list", Some(&staff), &[]).await.json();
        let old_edition = old_edition
            .as_array()
            .and_then(|l| l.iter().find(|e| e["name"] == "GSIC 2098"))
            .and_then(|e| e["id"].as_str())
            .expect("edition id")
            .to_string();
        let current = self
            .call(
                "editions/make-current",
                Some(&staff),
                &[("id", &old_edition)],
            )
            .await;
        assert_eq!(current.status, StatusCode::OK, "{}", current.body);
        let own = self.founder("chen@tidalgrid.cn").await;
        let tidal = self.create_startup(&own, "Tidal Grid").await;
        let old_pitch = self.submit_with_deck(&own, &tidal, &old_edition).await;
        let other = self.founder("dara@aurora-bio.sg").await;
        self.create_startup(&other, "Aurora Bio").await;
        let edition = self.edition(&staff, false).await;
        let tidal_pitch = self.submit_with_deck(&own, &tidal, &edition).await;
        let logo = self
            .upload(
                &format!("/files/startups/{tidal}/logo"),
                &own,
                "logo",
                "logo.png",
                PNG,
            )
            .await;
        assert_eq!(logo.status, StatusCode::SEE_OTHER, "{}", logo.body);

        // Mei: a founder who also judges, on Tidal Grid's team.
        let team = self.founder("mei@gmail.com").await;
        backend::features::accounts::create_or_grant(
            &self.db,
            "mei@gmail.com",
            "Mei",
            "founder-pass-1",
            &[domain::account::Role::Investor],
        )
        .await
        .expect("investor role");
        let invited = self
            .call(
                "startups/invite-cofounder",
                Some(&own),
                &[("startup_id", &tidal), ("email", "mei@gmail.com")],
            )
            .await;
        assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
        let body = self
            .outbox_bodies()
            .await
            .into_iter()
            .find(|b| b.contains("join-startup"))
            .expect("invitation email");
        let joined = self
            .call("startups/join", Some(&team), &[("token", &token_in(&body))])
            .await;
        assert_eq!(joined.status, StatusCode::OK, "{}", joined.body);

        let asgn = self.investor("ada@harbour.vc").await;
        let unasg = self.investor("bo@gmail.com").await;
        let confl = self.investor("cy@tidalgrid.cn").await;
        let setup = self
            .call("judging/setup", Some(&staff), &[("edition", &edition)])
            .await
            .json();
        let rubric = setup["form"]["rubric"]
            .as_str()
            .expect("rubric")
            .to_string();
        let saved = self
            .call(
                "judging/setup/save",
                Some(&staff),
                &[
                    ("edition", &edition),
                    ("rubric", &rubric),
                    ("reviews_per_pitch", "1"),
                    ("phase_open", "on"),
                    ("visibility", "after_own"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let id_of = |me: Value| me["id"].as_str().expect("user id").to_string();
        let asgn_id = id_of(self.me(Some(&asgn)).await);
        let unasg_id = id_of(self.me(Some(&unasg)).await);
        let assigned = self
            .call(
                "judging/assign",
                Some(&staff),
                &[("submission", &tidal_pitch), ("investor", &asgn_id)],
            )
            .await;
        assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
        // Its deadline passes: with its judge, the pitch is under review (an assignment
        // before the deadline leaves it "submitted" and editable).
        let after_deadline = chrono::DateTime::parse_from_rfc3339("2099-09-02T00:00:00Z")
            .expect("date")
            .with_timezone(&chrono::Utc);
        backend::features::judging::assignments::start_due_reviews(&self.db, after_deadline)
            .await
            .expect("reviews started");

        // A card on asgn's pipeline board.
        let added = self
            .call("pipeline/add", Some(&asgn), &[("startup", &tidal)])
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        let board = self.call("pipeline/board", Some(&asgn), &[]).await.json();
        let card = board["columns"][0][1][0]["id"]
            .as_str()
            .expect("card id")
            .to_string();

        World {
            cookies: BTreeMap::from([
                ("other", other),
                ("asgn", asgn),
                ("unasg", unasg),
                ("confl", confl),
                ("team", team),
                ("staff", staff),
                ("own", own),
            ]),
            ids: BTreeMap::from([
                ("tidal", tidal),
                ("tidal_pitch", tidal_pitch),
                ("old_pitch", old_pitch),
                ("edition", edition),
                ("old_edition", old_edition),
                ("asgn_id", asgn_id),
                ("unasg_id", unasg_id),
                ("card", card),
            ]),
        }
    }

    async fn ask(&self, row: &Row, args: &[(&str, String)], cookie: Option<&str>) -> Reply {
        let pairs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let arg = |name: &str| {
            args.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        match row.endpoint.split_once(' ') {
            None => self.call(row.endpoint, cookie, &pairs).await,
            Some(("GET", path)) => {
                // Arguments fill the path's `{name}`s; the others go into the query.
                let mut path = path.to_string();
                let mut query = Vec::new();
                for (k, v) in args {
                    let slot = format!("{{{k}}}");
                    if path.contains(&slot) {
                        path = path.replace(&slot, v);
                    } else {
                        query.push(format!("{k}={}", urlencode(v)));
                    }
                }
                if !query.is_empty() {
                    path = format!("{path}?{}", query.join("&"));
                }
                self.get(&path, cookie).await
            }
            Some(("POST", path)) => {
                let path = path.replace("{id}", &arg("id"));
                let (field, name, bytes) = if path.ends_with("/logo") {
                    ("logo", "logo.png", PNG)
                } else {
                    ("deck", "deck.pdf", PDF)
                };
                match cookie {
                    Some(c) => self.upload(&path, c, field, name, bytes).await,
                    // `upload` always sends a cookie: an unknown one is anonymous.
                    None => self.upload(&path, "nobody=1", field, name, bytes).await,
                }
            }
            Some((method, _)) => panic!("no way to call {method} in the matrix"),
        }
    }
}

fn substitute(world: &World, raw: &str) -> String {
    let mut value = raw.to_string();
    for (name, id) in &world.ids {
        value = value.replace(&format!("{{{name}}}"), id);
    }
    assert!(
        !value.contains('{') || raw.starts_with('/'),
        "unknown placeholder in {raw}"
    );
    value
}

#[test]
fn every_endpoint_has_a_row() {
    let mut endpoints: BTreeSet<String> = server::server_function_paths()
        .into_iter()
        .map(|p| p.trim_start_matches("/api/").to_string())
        .collect();
    endpoints.extend(
        server::files::route_paths()
            .into_iter()
            .chain(server::feeds::route_paths())
            .chain(server::live::route_paths())
            .map(|(method, path)| format!("{method} {path}")),
    );
    let covered: BTreeSet<String> = MATRIX.iter().map(|r| r.endpoint.to_string()).collect();
    let missing: Vec<&String> = endpoints.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "endpoints without a row in the authorization matrix: {missing:?}"
    );
    let stale: Vec<&String> = covered.difference(&endpoints).collect();
    assert!(
        stale.is_empty(),
        "rows for endpoints that do not exist: {stale:?}"
    );
    for row in MATRIX {
        assert_eq!(
            row.expect.split_whitespace().count(),
            CALLERS.len(),
            "{} ({}): one cell per caller",
            row.endpoint,
            row.situation
        );
    }
}

#[tokio::test]
async fn every_caller_gets_the_expected_answer() {
    let app = spawn_app().await;
    let world = app.world().await;
    let mut wrong = Vec::new();
    for row in MATRIX {
        let args: Vec<(&str, String)> = row
            .args
            .iter()
            .map(|(k, v)| (*k, substitute(&world, v)))
            .collect();
        for (caller, cell) in CALLERS.iter().zip(row.expect.split_whitespace()) {
            if cell == "-" {
                continue;
            }
            let expected: u16 = cell.parse().expect("a status code or -");
            let cookie = world.cookies.get(caller).map(String::as_str);
            let reply = app.ask(row, &args, cookie).await;
            if reply.status.as_u16() != expected {
                let body: String = reply.body.chars().take(160).collect();
                wrong.push(format!(
                    "{} ({}) as {caller}: expected {expected}, got {} {body}",
                    row.endpoint, row.situation, reply.status
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
