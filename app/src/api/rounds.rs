//! Server functions staff use to set up pitch rounds and work the draft schedule.

use crate::error::AppError;
use domain::rounds::{RoomInput, SessionInput};
use leptos::prelude::*;
use uuid::Uuid;
use wire::{
    CalendarFeed, JudgeAvailabilityForm, MySchedule, PitchSlot, PublicAgenda, RoundsSetup,
    ScheduleBoard,
};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::rounds::{availability, feeds, release, schedule, setup};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[server(endpoint = "rounds/setup")]
pub async fn get_rounds(#[server(default)] edition: Option<Uuid>) -> Result<RoundsSetup, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        setup::overview(ctx.db(), edition).await
    })
    .await
}

/// Adds a room (no `id`) or changes one.
#[server(endpoint = "rounds/room/save")]
pub async fn save_room(
    edition: Uuid,
    #[server(default)] id: Option<Uuid>,
    #[server(flatten)] room: RoomInput,
) -> Result<(), AppError> {
    let kept = room.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::save_room(ctx.db(), me.id, edition, id, &room).await?;
        ctx.redirect_with(
            &format!("/staff/rounds?edition={edition}"),
            Notice::RoomSaved,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "rounds/room/delete")]
pub async fn delete_room(edition: Uuid, id: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::delete_room(ctx.db(), me.id, edition, id).await?;
        ctx.redirect_with(
            &format!("/staff/rounds?edition={edition}"),
            Notice::RoomRemoved,
        );
        Ok(())
    })
    .await
}

/// Adds a session (no `id`) or changes one.
#[server(endpoint = "rounds/session/save")]
pub async fn save_session(
    edition: Uuid,
    #[server(default)] id: Option<Uuid>,
    #[server(flatten)] session: SessionInput,
) -> Result<(), AppError> {
    let kept = session.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::save_session(ctx.db(), me.id, edition, id, &session).await?;
        ctx.redirect_with(
            &format!("/staff/rounds?edition={edition}"),
            Notice::SessionSaved,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "rounds/session/delete")]
pub async fn delete_session(edition: Uuid, id: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::delete_session(ctx.db(), me.id, edition, id).await?;
        ctx.redirect_with(
            &format!("/staff/rounds?edition={edition}"),
            Notice::SessionRemoved,
        );
        Ok(())
    })
    .await
}

/// The draft schedule; with `solve`, also the solver's proposal.
#[server(endpoint = "schedule/board")]
pub async fn get_schedule(
    #[server(default)] edition: Option<Uuid>,
    #[server(default)] solve: bool,
) -> Result<ScheduleBoard, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        schedule::board(ctx.db(), edition, solve).await
    })
    .await
}

/// Accepts the proposal computed from the draft named `fingerprint`.
#[server(endpoint = "schedule/solve")]
pub async fn accept_solve(edition: Uuid, fingerprint: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        schedule::apply_solve(ctx.db(), me.id, edition, &fingerprint).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleSolved,
        );
        Ok(())
    })
    .await
}

/// The `place` that takes a pitch out of the schedule (as empty does; a form's required
/// select cannot offer an empty choice).
pub const TAKE_OUT: &str = "out";

/// Moves a pitch to `place` (`<session id>/<slot number>`, or empty or [`TAKE_OUT`] to
/// take it out of the schedule); `lock` fixes it there. A hard-rule breach needs `override_rules`.
#[server(endpoint = "schedule/place")]
pub async fn place_pitch(
    edition: Uuid,
    submission: Uuid,
    #[server(default)] place: String,
    #[server(default)] lock: Option<String>,
    #[server(default)] override_rules: Option<String>,
) -> Result<(), AppError> {
    // The move form is shared by every startup: a refusal brings back its choices.
    let kept = (submission.to_string(), place.clone());
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        let to = match place.trim() {
            "" | TAKE_OUT => None,
            raw => {
                let parsed = raw
                    .split_once('/')
                    .and_then(|(s, n)| Some((s.parse::<Uuid>().ok()?, n.parse::<usize>().ok()?)));
                Some(parsed.ok_or(backend::ServiceError::NotFound)?)
            }
        };
        let change = schedule::Edit::Place {
            submission_id: submission,
            to,
            locked: lock.is_some(),
        };
        schedule::edit(ctx.db(), me.id, edition, &change, override_rules.is_some()).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleEdited,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("submission", &kept.0), ("place", &kept.1)]))
}

/// Seats a judge on a session's panel (`seated` "on") or takes them off.
#[server(endpoint = "schedule/seat")]
pub async fn seat_judge(
    edition: Uuid,
    session: Uuid,
    investor: Uuid,
    #[server(default)] seated: Option<String>,
    #[server(default)] override_rules: Option<String>,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        schedule::edit(
            ctx.db(),
            me.id,
            edition,
            &schedule::Edit::Seat {
                investor_id: investor,
                session_id: session,
                seated: seated.is_some(),
            },
            override_rules.is_some(),
        )
        .await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleEdited,
        );
        Ok(())
    })
    .await
}

/// Releases the draft as the next version; emails only those whose place changed.
#[server(endpoint = "schedule/release")]
pub async fn release_schedule(
    edition: Uuid,
    #[server(default)] name: String,
    #[server(default)] changelog: String,
) -> Result<(), AppError> {
    let kept = (name.clone(), changelog.clone());
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        let public_url = &ctx.state.config.public_url;
        release::release(ctx.db(), me.id, public_url, edition, &name, &changelog).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleReleased,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("name", &kept.0), ("changelog", &kept.1)]))
}

/// The released agenda; public, as the conference programme is.
#[server(endpoint = "agenda")]
pub async fn get_agenda(
    #[server(default)] edition: Option<Uuid>,
) -> Result<PublicAgenda, AppError> {
    run(|ctx| async move { release::agenda(ctx.db(), edition).await }).await
}

/// The signed-in person's own slots and panels in the released schedule.
#[server(endpoint = "agenda/mine")]
pub async fn get_my_schedule() -> Result<Option<MySchedule>, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        release::mine(ctx.db(), me.id).await
    })
    .await
}

/// A startup's slot in the edition's latest released programme (public, as the agenda
/// is): its pitch page shows it to the team.
#[server(endpoint = "agenda/pitch-slot")]
pub async fn get_pitch_slot(edition: Uuid, startup: Uuid) -> Result<Option<PitchSlot>, AppError> {
    run(|ctx| async move { release::slot_of(ctx.db(), edition, startup).await }).await
}

/// A judge's own availability and session wishes for an edition.
#[server(endpoint = "availability/get")]
pub async fn get_judge_availability(
    #[server(default)] edition: Option<Uuid>,
) -> Result<JudgeAvailabilityForm, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        availability::judge_form(ctx.db(), &me, edition).await
    })
    .await
}

#[server(endpoint = "availability/save")]
pub async fn save_judge_availability(
    edition: Uuid,
    #[server(default)] windows: String,
    #[server(default)] preferred: Vec<Uuid>,
) -> Result<(), AppError> {
    let kept = windows.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        availability::save_judge(ctx.db(), &me, edition, &windows, &preferred).await?;
        ctx.redirect_with(
            &format!("/investor/availability?edition={edition}"),
            Notice::AvailabilitySaved,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("windows", &kept)]))
}

/// Blocks a judge or a founder out of the schedule for a time (edition time).
#[server(endpoint = "schedule/block")]
pub async fn block_person(
    edition: Uuid,
    person: Uuid,
    #[server(default)] day: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    let kept = (
        day.clone(),
        from.clone(),
        to.clone(),
        note.clone(),
        person.to_string(),
    );
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        availability::block(ctx.db(), me.id, edition, person, &day, &from, &to, &note).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleEdited,
        );
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("day", &kept.0),
            ("from", &kept.1),
            ("to", &kept.2),
            ("note", &kept.3),
            ("person", &kept.4),
        ])
    })
}

#[server(endpoint = "schedule/unblock")]
pub async fn unblock_person(edition: Uuid, id: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        availability::unblock(ctx.db(), me.id, edition, id).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleEdited,
        );
        Ok(())
    })
    .await
}

/// The level of each soft schedule rule: `block`, `warn` or `ignore`, by rule code.
#[server(endpoint = "schedule/levels")]
pub async fn save_rule_levels(
    edition: Uuid,
    #[server(default)] unplaced: String,
    #[server(default)] preferred_time: String,
    #[server(default)] preferred_session: String,
    #[server(default)] judge_load: String,
) -> Result<(), AppError> {
    run(|ctx| async move {
        use domain::code::Code;
        use domain::schedule::{Level, Rule};
        let me = ctx.require(Permission::RunSchedule).await?;
        let typed = [
            (Rule::Unplaced, unplaced),
            (Rule::PreferredTime, preferred_time),
            (Rule::PreferredSession, preferred_session),
            (Rule::JudgeLoad, judge_load),
        ];
        let mut chosen = Vec::new();
        for (rule, raw) in typed {
            let level = Level::from_code(raw.trim()).ok_or_else(|| {
                backend::ServiceError::field(
                    rule.as_str(),
                    domain::Problem::NotInList {
                        field: domain::Noun::RuleLevel,
                    },
                )
            })?;
            chosen.push((rule, level));
        }
        schedule::set_levels(ctx.db(), me.id, edition, &chosen).await?;
        ctx.redirect_with(
            &format!("/staff/schedule?edition={edition}"),
            Notice::ScheduleEdited,
        );
        Ok(())
    })
    .await
}

/// The cookie that holds a just-made personal feed's token for a quarter of an hour, so
/// the home page can show its address once (the database keeps only the token's hash).
#[cfg(feature = "ssr")]
const NEW_FEED_COOKIE: &str = "pitchline_new_feed";

/// Personal feeds are for the people who pitch or judge: founders and investors.
#[cfg(feature = "ssr")]
fn may_have_feed(
    me: backend::platform::sessions::SessionUser,
) -> Result<backend::platform::sessions::SessionUser, backend::ServiceError> {
    use domain::policy::allows;
    if allows(&me.roles, Permission::ActAsFounder) || allows(&me.roles, Permission::ActAsInvestor) {
        Ok(me)
    } else {
        Err(backend::ServiceError::NotFound)
    }
}

#[cfg(feature = "ssr")]
fn new_feed_cookie(token: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{NEW_FEED_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The signed-in founder's or investor's calendar feed for the current edition.
#[server(endpoint = "calendar/feed")]
pub async fn get_calendar_feed() -> Result<Option<CalendarFeed>, AppError> {
    run(|ctx| async move {
        let me = may_have_feed(ctx.user().await?)?;
        let presented = ctx.cookie(NEW_FEED_COOKIE);
        feeds::feed_status(
            ctx.db(),
            &ctx.state.config.public_url,
            me.id,
            presented.as_deref(),
        )
        .await
    })
    .await
}

/// Makes a new secret calendar link (revoking the old one) and answers its address.
#[server(endpoint = "calendar/create")]
pub async fn create_calendar_feed(#[server(default)] back: String) -> Result<String, AppError> {
    run(|ctx| async move {
        let me = may_have_feed(ctx.user().await?)?;
        let token = feeds::create_feed(ctx.db(), me.id).await?;
        ctx.set_cookie(&new_feed_cookie(
            &token,
            15 * 60,
            ctx.state.config.secure_cookies,
        ));
        ctx.redirect_with(
            &format!("{}#calendar-feed", crate::lang::local_return_path(&back)),
            Notice::CalendarFeedCreated,
        );
        Ok(feeds::feed_url(&ctx.state.config.public_url, &token))
    })
    .await
}

/// Revokes the signed-in person's calendar link: its address answers 404 from now on.
#[server(endpoint = "calendar/revoke")]
pub async fn revoke_calendar_feed(#[server(default)] back: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = may_have_feed(ctx.user().await?)?;
        feeds::revoke_feed(ctx.db(), me.id).await?;
        ctx.set_cookie(&new_feed_cookie("", 0, ctx.state.config.secure_cookies));
        ctx.redirect_with(
            &format!("{}#calendar-feed", crate::lang::local_return_path(&back)),
            Notice::CalendarFeedRevoked,
        );
        Ok(())
    })
    .await
}
