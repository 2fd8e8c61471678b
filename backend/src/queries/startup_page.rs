//! The founder's startup pages: their startups with the current pitch, and one startup
//! with its team, pending invitations and every pitch it made.

use crate::access::startup::load_visible;
use crate::features::startups::as_form;
use crate::lookup::editions;
use crate::model::{cofounder_invite, edition, startup, startup_member, submission};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use wire::{PitchCard, StartupCard, StartupDetail, TeamMember};

pub async fn mine(
    db: &DatabaseConnection,
    me: &SessionUser,
) -> Result<Vec<StartupCard>, ServiceError> {
    let my_teams = sea_orm::sea_query::Query::select()
        .column(startup_member::Column::StartupId)
        .from(startup_member::Entity)
        .and_where(startup_member::Column::UserId.eq(me.id))
        .to_owned();
    let startups = startup::Entity::find()
        .filter(startup::Column::Id.in_subquery(my_teams))
        .order_by_asc(startup::Column::SearchName)
        .all(db)
        .await?;
    let current = editions::current_model(db).await?;
    let mut cards = Vec::with_capacity(startups.len());
    for s in startups {
        let current_pitch = match &current {
            Some(edition) => current_card(db, s.id, edition).await?,
            None => None,
        };
        cards.push(StartupCard {
            id: s.id,
            logo_url: s.logo_url(),
            name: s.name,
            one_liner: s.one_liner,
            current_pitch,
        });
    }
    Ok(cards)
}

/// The startup's pitch in `edition`, if it made one.
async fn current_card(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
    edition: &edition::Model,
) -> Result<Option<PitchCard>, ServiceError> {
    let found = submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::EditionId.eq(edition.id))
        .one(db)
        .await?;
    Ok(found.map(|s| pitch_card(s, edition.name.clone())))
}

pub async fn detail(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
) -> Result<StartupDetail, ServiceError> {
    let (model, access) = load_visible(db, id, me).await?;
    let members = startup::members(db, id)
        .await?
        .into_iter()
        .map(|(_, u)| TeamMember {
            is_you: u.id == me.id,
            display_name: u.display_name,
            email: u.email,
        })
        .collect();
    let pending_invites = cofounder_invite::Entity::find()
        .filter(cofounder_invite::Column::StartupId.eq(id))
        .filter(cofounder_invite::Column::AcceptedAt.is_null())
        .filter(cofounder_invite::Column::ExpiresAt.gt(Utc::now()))
        .order_by_asc(cofounder_invite::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.email)
        .collect();
    Ok(StartupDetail {
        id,
        form: as_form(&model),
        logo_url: model.logo_url(),
        members,
        pending_invites,
        // Drafts stay with the team until submitted (staff see them once they are).
        pitches: cards_of(db, id)
            .await?
            .into_iter()
            .filter(|c| c.status != domain::submission::Status::Draft || access.can_read_draft())
            .collect(),
        can_manage_team: access.can_manage_team(),
    })
}

async fn card(db: &impl ConnectionTrait, s: submission::Model) -> Result<PitchCard, ServiceError> {
    let edition_name = edition::Entity::find_by_id(s.edition_id)
        .one(db)
        .await?
        .map(|e| e.name)
        .unwrap_or_default();
    Ok(pitch_card(s, edition_name))
}

fn pitch_card(s: submission::Model, edition_name: String) -> PitchCard {
    PitchCard {
        id: s.id,
        edition_id: s.edition_id,
        edition_name,
        status: s.status(),
        title: s.title,
    }
}

pub async fn cards_of(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
) -> Result<Vec<PitchCard>, ServiceError> {
    let mut out = Vec::new();
    for s in submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .order_by_desc(submission::Column::CreatedAt)
        .all(db)
        .await?
    {
        out.push(card(db, s).await?);
    }
    Ok(out)
}
