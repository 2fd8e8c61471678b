//! The board's read models: the list with its filters (public needs only for
//! visitors), a need's page (its responses for the poster or the responding team only),
//! and the needs matching a founder's startups.

use super::{deck_pitch, today};
use crate::access::need::{teams_of, viewer, visible};
use crate::lookup::editions::{current_model, track_names};
use crate::model::codec::Coded;
use crate::model::{
    meeting_request, need, need_organisation, need_response, startup, user, user_role,
};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::needs::{matches, sees_response, NeedInput, NeedViewer, NeedVisibility};
use domain::startup::format_amount;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder, QuerySelect};
use std::collections::HashMap;
use wire::{MatchingNeeds, NeedCard, NeedPage, NeedsBoard, RespondAs, ResponseRow};

/// At most this many needs on one board page (newest first).
const BOARD_MAX: u64 = 200;

/// The board's filters as typed in the GET form (empty: any).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub sector: String,
    pub country: String,
    pub open_only: bool,
}

/// How a poster is named on the board.
#[derive(Clone, Debug, Default)]
struct PosterName {
    name: String,
    domain: Option<String>,
    unconfirmed: bool,
}

/// Names of posters: a corporate's organisation, an investor's firm, else the name;
/// with the company mail domain they proved, since anyone may type any organisation.
async fn poster_names(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, PosterName>, ServiceError> {
    let mut organisations = crate::lookup::accounts::organisations(db, ids.clone()).await?;
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            // Nothing typed (an organisation, a firm, a display name) is confirmed
            // without a proved company address.
            let domain = u.proved_domain();
            let name = PosterName {
                name: organisations.remove(&u.id).unwrap_or(u.display_name),
                unconfirmed: domain.is_none(),
                domain,
            };
            (u.id, name)
        })
        .collect())
}

async fn response_counts(
    db: &impl ConnectionTrait,
    needs: &[Uuid],
) -> Result<HashMap<Uuid, u64>, ServiceError> {
    let mut counts = HashMap::new();
    for r in need_response::Entity::find()
        .filter(need_response::Column::NeedId.is_in(needs.to_vec()))
        .select_only()
        .column(need_response::Column::NeedId)
        .into_tuple::<Uuid>()
        .all(db)
        .await?
    {
        *counts.entry(r).or_insert(0) += 1;
    }
    Ok(counts)
}

async fn startup_names(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, startup::Model>, ServiceError> {
    Ok(startup::Entity::find()
        .filter(startup::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect())
}

/// Cards for `needs` as `me` reads them (counts only for their poster and staff).
async fn cards(
    db: &impl ConnectionTrait,
    me: Option<&SessionUser>,
    needs: Vec<need::Model>,
) -> Result<Vec<NeedCard>, ServiceError> {
    let ids: Vec<Uuid> = needs.iter().map(|n| n.id).collect();
    let posters = poster_names(db, needs.iter().map(|n| n.posted_by).collect()).await?;
    let counts = response_counts(db, &ids).await?;
    let outcome_ids: Vec<Uuid> = needs.iter().filter_map(|n| n.outcome_startup_id).collect();
    let outcome_startups = startup_names(db, outcome_ids.clone()).await?;
    // Who took a need up is said to everyone only if that startup is public; its poster,
    // staff and the startup's own team always read it.
    let public = crate::access::startup::publicly_listed(db, outcome_ids).await?;
    let my_teams = match me {
        Some(u) => teams_of(db, u.id).await?,
        None => Vec::new(),
    };
    let today = today();
    Ok(needs
        .into_iter()
        .map(|n| {
            let v = viewer(me, &n);
            let poster = posters.get(&n.posted_by).cloned().unwrap_or_default();
            NeedCard {
                id: n.id,
                title: n.title.clone(),
                sector: n.sector.clone(),
                description: n.description.clone(),
                budget_min: n.budget_min,
                budget_max: n.budget_max,
                currency: n.currency.clone(),
                deadline: n.deadline,
                country: n.country.clone(),
                visibility: n.visibility.0,
                posted_by: poster.name,
                poster_domain: poster.domain,
                poster_unconfirmed: poster.unconfirmed,
                open: n.is_open(today),
                outcome: n.outcome.as_ref().map(|o| o.0),
                outcome_startup: n
                    .outcome_startup_id
                    .filter(|s| v.staff || v.poster || public.contains(s) || my_teams.contains(s))
                    .and_then(|s| outcome_startups.get(&s))
                    .map(|s| s.name.clone()),
                outcome_note: n.outcome_note.clone(),
                responses: v
                    .sees_response_count()
                    .then(|| counts.get(&n.id).copied().unwrap_or(0)),
            }
        })
        .collect())
}

/// Open needs first (soonest deadline first), then closed and past ones (newest first).
fn board_order(cards: &mut [NeedCard]) {
    cards.sort_by(|a, b| {
        b.open
            .cmp(&a.open)
            .then_with(|| {
                if a.open {
                    a.deadline.cmp(&b.deadline)
                } else {
                    b.deadline.cmp(&a.deadline)
                }
            })
            .then_with(|| a.title.cmp(&b.title))
    });
}

/// The sectors offered: the current edition's tracks.
async fn sectors(db: &impl ConnectionTrait) -> Result<Vec<String>, ServiceError> {
    Ok(match current_model(db).await? {
        Some(e) => track_names(db, e.id).await?,
        None => Vec::new(),
    })
}

/// The board as `me` (or a visitor) reads it under `filter`.
pub async fn board(
    db: &DatabaseConnection,
    me: Option<&SessionUser>,
    filter: &Filter,
) -> Result<NeedsBoard, ServiceError> {
    let mut query = need::Entity::find().order_by_desc(need::Column::CreatedAt);
    if me.is_none() {
        query = query.filter(need::Column::Visibility.eq(NeedVisibility::Public.as_str()));
    }
    let country = filter.country.trim().to_ascii_uppercase();
    if !country.is_empty() {
        query = query.filter(need::Column::Country.eq(country));
    }
    if filter.open_only {
        query = query
            .filter(need::Column::ClosedAt.is_null())
            .filter(need::Column::Deadline.gte(today()));
    }
    // Filtered in the query, before the limit: the newest needs of the sector, not the
    // sector's share of the newest needs.
    let sector = filter.sector.trim().to_lowercase();
    if !sector.is_empty() {
        use sea_orm::sea_query::{Expr, ExprTrait, Func};
        query = query.filter(
            Expr::expr(Func::lower(Expr::col((need::Entity, need::Column::Sector)))).eq(sector),
        );
    }
    let found: Vec<need::Model> = query.limit(BOARD_MAX).all(db).await?;
    let mut needs = cards(db, me, found).await?;
    board_order(&mut needs);
    let mut page = NeedsBoard {
        needs,
        sectors: sectors(db).await?,
        signed_in: me.is_some(),
        ..Default::default()
    };
    let Some(me) = me else {
        return Ok(page);
    };
    page.may_post = me.roles.contains(&Role::Investor) || me.roles.contains(&Role::Corporate);
    if me.roles.contains(&Role::Corporate) {
        page.organisation = Some(
            need_organisation::Entity::find_by_id(me.id)
                .one(db)
                .await?
                .map(|o| o.name)
                .unwrap_or_default(),
        );
    }
    if page.may_post {
        let mine = need::Entity::find()
            .filter(need::Column::PostedBy.eq(me.id))
            .order_by_desc(need::Column::CreatedAt)
            .all(db)
            .await?;
        page.mine = cards(db, Some(me), mine).await?;
    }
    page.matching = matching(db, me).await?;
    Ok(page)
}

/// For each of `me`'s startups, the open needs of one of its sectors (any visibility:
/// `me` is signed in), soonest deadline first.
pub async fn matching(
    db: &impl ConnectionTrait,
    me: &SessionUser,
) -> Result<Vec<MatchingNeeds>, ServiceError> {
    let teams = teams_of(db, me.id).await?;
    if teams.is_empty() {
        return Ok(Vec::new());
    }
    let today = today();
    let open = need::Entity::find()
        .filter(need::Column::ClosedAt.is_null())
        .filter(need::Column::Deadline.gte(today))
        .order_by_asc(need::Column::Deadline)
        .limit(BOARD_MAX)
        .all(db)
        .await?;
    let mut startups: Vec<startup::Model> = startup_names(db, teams).await?.into_values().collect();
    startups.sort_by(|a, b| a.sort_name.cmp(&b.sort_name));
    let mut out = Vec::new();
    for s in startups {
        let sectors = s.sectors();
        let fit: Vec<need::Model> = open
            .iter()
            .filter(|n| n.posted_by != me.id)
            .filter(|n| {
                matches(
                    &n.sector,
                    n.closed_at.is_some(),
                    n.deadline,
                    &sectors,
                    today,
                )
            })
            .cloned()
            .collect();
        if fit.is_empty() {
            continue;
        }
        out.push(MatchingNeeds {
            startup_id: s.id,
            startup_name: s.name.clone(),
            needs: cards(db, Some(me), fit).await?,
        });
    }
    Ok(out)
}

/// A need's page: 404 for a logged-in-only need to a visitor.
pub async fn page(
    db: &DatabaseConnection,
    me: Option<&SessionUser>,
    id: Uuid,
) -> Result<NeedPage, ServiceError> {
    let (n, v) = visible(db, me, id).await?;
    let corporate_poster = user_role::Entity::find_by_id((n.posted_by, Coded(Role::Corporate)))
        .one(db)
        .await?
        .is_some();
    let teams = match me {
        Some(u) => teams_of(db, u.id).await?,
        None => Vec::new(),
    };
    let all = need_response::Entity::find()
        .filter(need_response::Column::NeedId.eq(n.id))
        .order_by_asc(need_response::Column::CreatedAt)
        .all(db)
        .await?;
    let shown: Vec<need_response::Model> = all
        .iter()
        .filter(|r| sees_response(v, teams.contains(&r.startup_id)))
        .cloned()
        .collect();
    let responded: Vec<Uuid> = all.iter().map(|r| r.startup_id).collect();
    let responses = response_rows(db, &n, v, corporate_poster, shown).await?;
    let mut respond_as = Vec::new();
    if n.is_open(today()) && !v.poster {
        let mut mine: Vec<startup::Model> = startup_names(db, teams.clone())
            .await?
            .into_values()
            .filter(|s| !responded.contains(&s.id))
            .collect();
        mine.sort_by(|a, b| a.sort_name.cmp(&b.sort_name));
        for s in mine {
            respond_as.push(RespondAs {
                startup_id: s.id,
                name: s.name.clone(),
                deck_submission: deck_pitch(db, s.id).await?,
            });
        }
    }
    let form = if v.can_manage() {
        NeedInput {
            title: n.title.clone(),
            sector: n.sector.clone(),
            description: n.description.clone(),
            budget_min: format_amount(n.budget_min),
            budget_max: format_amount(n.budget_max),
            currency: n.currency.clone(),
            deadline: n.deadline.to_string(),
            country: n.country.clone(),
            visibility: n.visibility.0.as_str().to_string(),
        }
    } else {
        NeedInput::default()
    };
    let need = cards(db, me, vec![n]).await?.remove(0);
    Ok(NeedPage {
        need,
        mine: v.can_manage(),
        corporate_poster,
        form,
        responses,
        respond_as,
        sectors: sectors(db).await?,
    })
}

async fn response_rows(
    db: &impl ConnectionTrait,
    n: &need::Model,
    v: NeedViewer,
    corporate_poster: bool,
    shown: Vec<need_response::Model>,
) -> Result<Vec<ResponseRow>, ServiceError> {
    let names = startup_names(db, shown.iter().map(|r| r.startup_id).collect()).await?;
    let requests: HashMap<Uuid, meeting_request::Model> = if v.poster && !corporate_poster {
        meeting_request::Entity::find()
            .filter(meeting_request::Column::InvestorId.eq(n.posted_by))
            .filter(meeting_request::Column::StartupId.is_in(shown.iter().map(|r| r.startup_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.startup_id, m))
            .collect()
    } else {
        HashMap::new()
    };
    let now = Utc::now();
    let mut rows = Vec::new();
    for r in shown {
        let s = names.get(&r.startup_id);
        let contacts = if v.poster && corporate_poster && r.shortlisted {
            crate::model::startup::members(db, r.startup_id)
                .await?
                .into_iter()
                .map(|(_, u)| u.email)
                .collect()
        } else {
            Vec::new()
        };
        let meeting = requests.get(&r.startup_id).map(|m| m.status_at(now));
        rows.push(ResponseRow {
            id: r.id,
            startup_id: r.startup_id,
            startup_name: s.map(|s| s.name.clone()).unwrap_or_default(),
            one_liner: s.map(|s| s.one_liner.clone()).unwrap_or_default(),
            proposal: r.proposal.clone(),
            deck_submission: r.deck_submission_id,
            shortlisted: r.shortlisted,
            sent_on: r.created_at.date_naive(),
            contacts,
            meeting,
            may_request_meeting: v.poster
                && !corporate_poster
                && r.shortlisted
                && meeting.is_none(),
        });
    }
    Ok(rows)
}
