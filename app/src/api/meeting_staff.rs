//! Server functions of the staff side of meetings (rules, blocks, places, the matcher
//! run, release, hand bookings, the stand-by list) and the check-in either side of a
//! meeting gives on the day.

use crate::error::AppError;
use domain::meetings::{BlockInput, MeetingRulesInput, PlaceInput};
use leptos::prelude::*;
use uuid::Uuid;
use wire::MeetingStaff;

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::meeting_schedule::{booking, checkin, run as matcher, setup};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

/// The staff meetings page of `edition`.
#[cfg(feature = "ssr")]
fn page(edition: Uuid) -> String {
    format!("/staff/meetings?edition={edition}")
}

#[server(endpoint = "meeting-staff/overview")]
pub async fn get_meeting_staff(
    #[server(default)] edition: Option<Uuid>,
) -> Result<MeetingStaff, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        setup::overview(ctx.db(), edition).await
    })
    .await
}

#[server(endpoint = "meeting-staff/rules")]
pub async fn save_meeting_rules(
    edition: Uuid,
    #[server(flatten)] rules: MeetingRulesInput,
) -> Result<(), AppError> {
    let kept = rules.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::save_rules(ctx.db(), me.id, edition, &rules).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingRulesSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "meeting-staff/block/add")]
pub async fn add_meeting_block(
    edition: Uuid,
    #[server(flatten)] block: BlockInput,
) -> Result<(), AppError> {
    let kept = block.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::add_block(ctx.db(), me.id, edition, &block).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingBlockSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "meeting-staff/block/delete")]
pub async fn delete_meeting_block(edition: Uuid, id: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::delete_block(ctx.db(), me.id, edition, id).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingBlockRemoved);
        Ok(())
    })
    .await
}

/// Adds a place (no `id`) or renames / changes one.
#[server(endpoint = "meeting-staff/place/save")]
pub async fn save_meeting_place(
    edition: Uuid,
    #[server(default)] id: Option<Uuid>,
    #[server(flatten)] place: PlaceInput,
) -> Result<(), AppError> {
    let kept = place.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::save_place(ctx.db(), me.id, edition, id, &place).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingPlaceSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "meeting-staff/place/delete")]
pub async fn delete_meeting_place(edition: Uuid, id: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        setup::delete_place(ctx.db(), me.id, edition, id).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingPlaceRemoved);
        Ok(())
    })
    .await
}

/// Runs the matcher and stores its schedule (30 runs an hour per staff account).
#[server(endpoint = "meeting-staff/run")]
pub async fn run_matcher(edition: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        matcher::run(ctx.db(), me.id, edition).await?;
        ctx.redirect_with(&format!("{}#run", page(edition)), Notice::MeetingsRun);
        Ok(())
    })
    .await
}

#[server(endpoint = "meeting-staff/release")]
pub async fn release_meetings(edition: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        matcher::release(ctx.db(), me.id, edition).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingsReleased);
        Ok(())
    })
    .await
}

/// Places or moves `request`'s meeting to `place` at `slot` (the slot's start, RFC 3339);
/// a hard rule it newly breaks needs `override_rules`.
#[server(endpoint = "meeting-staff/book")]
pub async fn book_meeting(
    edition: Uuid,
    request: Uuid,
    place: Uuid,
    slot: String,
    #[server(default)] lock: Option<String>,
    #[server(default)] override_rules: Option<String>,
) -> Result<(), AppError> {
    let kept = (request.to_string(), place.to_string(), slot.clone());
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        let starts_at = chrono::DateTime::parse_from_rfc3339(slot.trim())
            .map(|at| at.with_timezone(&chrono::Utc))
            .map_err(|_| backend::ServiceError::field("slot", domain::Problem::NotAMeetingSlot))?;
        let booking = booking::Booking {
            request_id: request,
            place_id: place,
            starts_at,
            locked: lock.is_some(),
        };
        booking::book(ctx.db(), me.id, edition, &booking, override_rules.is_some()).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingBooked);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("request", &kept.0), ("place", &kept.1), ("slot", &kept.2)]))
}

/// Locks a meeting where it is (`locked` "on") or unlocks it.
#[server(endpoint = "meeting-staff/lock")]
pub async fn lock_meeting(
    edition: Uuid,
    meeting: Uuid,
    #[server(default)] locked: Option<String>,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        booking::set_lock(ctx.db(), me.id, edition, meeting, locked.is_some()).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingUpdated);
        Ok(())
    })
    .await
}

#[server(endpoint = "meeting-staff/cancel")]
pub async fn cancel_meeting(edition: Uuid, meeting: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        booking::cancel(ctx.db(), me.id, edition, meeting).await?;
        ctx.redirect_with(&page(edition), Notice::MeetingCancelled);
        Ok(())
    })
    .await
}

/// Books a stand-by `request` at the place and time of the no-show `meeting`.
#[server(endpoint = "meeting-staff/standby")]
pub async fn book_standby(edition: Uuid, meeting: Uuid, request: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        checkin::fill_from_standby(
            ctx.db(),
            me.id,
            edition,
            meeting,
            request,
            chrono::Utc::now(),
        )
        .await?;
        ctx.redirect_with(&page(edition), Notice::MeetingBooked);
        Ok(())
    })
    .await
}

/// The investor or a founder of `meeting` says it was held or the other side did not
/// come (`check`: `held` or `no_show`); `back` is the page to return to. Anyone else: 404.
/// Before the meeting starts (or after the edition) the refusal says when; it keeps the
/// meeting's id so only that meeting's form shows it.
#[server(endpoint = "meetings/check-in")]
pub async fn check_in_meeting(
    meeting: Uuid,
    check: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    let kept = meeting.to_string();
    run(|ctx| async move {
        let me = ctx.user().await?;
        // The value comes from a button, never typed: anything else names nothing.
        let check =
            domain::meetings::CheckIn::parse(&check).ok_or(backend::ServiceError::NotFound)?;
        checkin::check_in(ctx.db(), me.id, meeting, check, chrono::Utc::now()).await?;
        // Only a path on this site (never `//host` or `/\\host`), else the meetings page.
        let back = match crate::lang::local_return_path(&back) {
            "/" => "/meetings",
            path => path,
        };
        ctx.redirect_with(back, Notice::MeetingCheckedIn);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("meeting", &kept)]))
}
