//! Lists over many startups: the public showcase (keyset pages, fast at any depth) and
//! the staff submission table (filters, sort, numbered pages). One SQL join each.

use crate::db::join_in_order;
use crate::lookup::editions::{self, local_iso, with_tracks as load_edition};
use crate::model::codec::Coded;
use crate::model::startup::logo_path;
use crate::model::{startup, submission, track};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::paging::page_of;
use domain::policy::Permission;
use domain::startup::Stage;
use domain::submission::Status;
use sea_orm::sea_query::{
    Alias, Asterisk, Cond, Expr, ExprTrait, Func, Order, Query, SelectStatement,
};
use sea_orm::{entity::prelude::*, ConnectionTrait, DbBackend, QueryResult};
use std::collections::HashMap;
use wire::{
    PublicStartup, ShowcaseEntry, ShowcasePage, ShowcaseQuery, SubmissionQuery, SubmissionRow,
    SubmissionTable,
};

pub const SHOWCASE_PAGE: u64 = 24;
pub const TABLE_PAGE: u64 = 50;

/// Names are at most `domain::startup::NAME_MAX` characters: a longer search matches
/// nothing, and a huge one is refused before it reaches the database (SQLite refuses
/// LIKE patterns over 50,000 bytes).
pub const SEARCH_MAX: usize = 200;

fn check_search(q: &str) -> Result<(), ServiceError> {
    if q.chars().count() > SEARCH_MAX {
        return Err(ServiceError::field(
            "q",
            domain::Problem::SearchTooLong { max: SEARCH_MAX },
        ));
    }
    Ok(())
}

fn like_pattern(q: &str) -> String {
    let escaped: String = q
        .trim()
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

/// Adds the submissions' track to `stmt`.
fn join_track(stmt: &mut SelectStatement) {
    stmt.inner_join(
        track::Entity,
        Expr::col((track::Entity, track::Column::Id))
            .equals((submission::Entity, submission::Column::TrackId)),
    );
}

/// Submissions with their startup and track, of any edition.
fn joined() -> SelectStatement {
    let mut stmt = Query::select()
        .from(submission::Entity)
        .inner_join(
            startup::Entity,
            Expr::col((startup::Entity, startup::Column::Id))
                .equals((submission::Entity, submission::Column::StartupId)),
        )
        .to_owned();
    join_track(&mut stmt);
    stmt
}

/// The join every list starts from: the edition's submissions with their startup and track.
pub(super) fn base(edition_id: Uuid) -> SelectStatement {
    let mut stmt = joined();
    stmt.and_where(Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id));
    stmt
}

/// The same rows as `base`, read from the startups' name index (`idx_startups_sort_name`)
/// on SQLite (`join_in_order`): a page in name order then reads the startups up to its
/// last row, instead of every submission of the edition sorted for 50 of them.
fn base_by_name(db: &impl ConnectionTrait, edition_id: Uuid) -> SelectStatement {
    let mut stmt = Query::select().from(startup::Entity).to_owned();
    join_in_order(
        db,
        &mut stmt,
        submission::Entity,
        Expr::col((submission::Entity, submission::Column::StartupId))
            .equals((startup::Entity, startup::Column::Id)),
    );
    join_track(&mut stmt);
    stmt.and_where(Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id));
    stmt
}

/// Whether a filter reads the startup (country, stage or a search), so that a count
/// needs the join to the startups.
fn filters_startup(country: &str, stage: &str, q: &str) -> bool {
    !country.trim().is_empty() || Stage::parse(stage).is_ok() || !q.trim().is_empty()
}

fn filter(
    stmt: &mut SelectStatement,
    backend: DbBackend,
    track_name: &str,
    country: &str,
    stage: &str,
    q: &str,
) {
    filter_track(stmt, track_name);
    filter_startup(stmt, backend, country, stage, q);
}

fn filter_track(stmt: &mut SelectStatement, track_name: &str) {
    if !track_name.trim().is_empty() {
        stmt.and_where(Expr::col((track::Entity, track::Column::Name)).eq(track_name.trim()));
    }
}

fn filter_startup(
    stmt: &mut SelectStatement,
    backend: DbBackend,
    country: &str,
    stage: &str,
    q: &str,
) {
    if !country.trim().is_empty() {
        stmt.and_where(
            Expr::col((startup::Entity, startup::Column::Country))
                .eq(country.trim().to_ascii_uppercase()),
        );
    }
    if let Ok(stage) = Stage::parse(stage) {
        stmt.and_where(Expr::col((startup::Entity, startup::Column::Stage)).eq(stage.as_str()));
    }
    if q.trim().is_empty() {
        return;
    }
    // The name as typed (any script, case folded) or its sort key, so a Chinese name is
    // found by its characters (潮汐) and by its pinyin (chaoxi). Only a query that looks
    // like pinyin (letters, no spaces) is matched against the key, whose words run
    // together: "l g" must not find "Tidal Grid".
    let key = domain::text::sort_key(q);
    let pinyin =
        (q.trim().chars().all(|c| c.is_ascii_alphabetic()) && !key.is_empty()).then_some(key);
    if backend == DbBackend::Sqlite
        && indexed_search(q)
        && pinyin.as_deref().is_none_or(indexed_search)
    {
        stmt.and_where(
            Expr::col((startup::Entity, startup::Column::Id))
                .in_subquery(names_containing(q, pinyin.as_deref())),
        );
        return;
    }
    let like = |col: startup::Column, pattern: String| {
        Expr::col((startup::Entity, col))
            .like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\'))
    };
    let mut by_name = Cond::any().add(like(startup::Column::SearchName, like_pattern(q)));
    if let Some(key) = pinyin {
        by_name = by_name.add(like(startup::Column::SortName, like_pattern(&key)));
    }
    stmt.cond_where(by_name);
}

/// Whether SQLite's trigram index (`startup_name_search`, see the migration
/// `m20261201_000001_startup_name_search`) can answer the search: three characters or
/// more, and none that LIKE reads as a wildcard or escape (the index ignores `ESCAPE`).
/// Anything else reads every name, as before the index.
fn indexed_search(q: &str) -> bool {
    let q = q.trim();
    q.chars().count() >= 3 && !q.contains(['%', '_', '\\'])
}

/// The startups whose name contains `q` (or whose sort key contains `pinyin`), from the
/// trigram index: one subquery, so SQLite can start from its few ids.
fn names_containing(q: &str, pinyin: Option<&str>) -> SelectStatement {
    let index = Alias::new("startup_name_search");
    let id = Alias::new("startup_id");
    let mut by_name = Query::select()
        .column(id.clone())
        .from(index.clone())
        .and_where(Expr::col(Alias::new("search_name")).like(like_pattern(q)))
        .to_owned();
    if let Some(key) = pinyin {
        by_name.union(
            sea_orm::sea_query::UnionType::Distinct,
            Query::select()
                .column(id)
                .from(index)
                .and_where(Expr::col(Alias::new("sort_name")).like(like_pattern(key)))
                .to_owned(),
        );
    }
    by_name
}

/// How many submissions `stmt` finds (`COUNT(*)`: every row is one submission, and SQLite
/// counts index entries without reading the rows).
pub(super) async fn count(
    db: &DatabaseConnection,
    mut stmt: SelectStatement,
) -> Result<u64, ServiceError> {
    stmt.expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"));
    let row = db.query_one(&stmt).await?;
    let n = row.map(|r| r.try_get::<i64>("", "n")).transpose()?;
    Ok(u64::try_from(n.unwrap_or(0)).unwrap_or(0))
}

fn select_listing(stmt: &mut SelectStatement) {
    stmt.expr_as(
        Expr::col((submission::Entity, submission::Column::Id)),
        Alias::new("submission_id"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::Id)),
        Alias::new("startup_id"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::Name)),
        Alias::new("name"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::SortName)),
        Alias::new("sort_name"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::OneLiner)),
        Alias::new("one_liner"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::Country)),
        Alias::new("country"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::Stage)),
        Alias::new("stage"),
    )
    .expr_as(
        Expr::col((startup::Entity, startup::Column::LogoFileId)),
        Alias::new("logo_file_id"),
    )
    .expr_as(
        Expr::col((track::Entity, track::Column::Name)),
        Alias::new("track"),
    )
    .expr_as(
        Expr::col((submission::Entity, submission::Column::Title)),
        Alias::new("title"),
    )
    .expr_as(
        Expr::col((submission::Entity, submission::Column::Status)),
        Alias::new("status"),
    )
    .expr_as(
        Expr::col((submission::Entity, submission::Column::SubmittedAt)),
        Alias::new("submitted_at"),
    )
    .expr_as(
        Expr::col((submission::Entity, submission::Column::DeckFileId)),
        Alias::new("deck_file_id"),
    );
}

async fn current_edition_id(db: &DatabaseConnection) -> Result<Uuid, ServiceError> {
    editions::current_model(db)
        .await?
        .map(|e| e.id)
        .ok_or(ServiceError::NotFound)
}

/// Accepted startups that opted in, in name order; `after` continues a previous page.
pub async fn showcase(
    db: &DatabaseConnection,
    query: &ShowcaseQuery,
) -> Result<ShowcasePage, ServiceError> {
    check_search(&query.q)?;
    let edition_id = current_edition_id(db).await?;
    let (edition, tracks) = load_edition(db, edition_id).await?;
    let mut stmt = base(edition_id);
    stmt.and_where(
        Expr::col((submission::Entity, submission::Column::Status)).eq(Status::Accepted.as_str()),
    )
    .and_where(Expr::col((startup::Entity, startup::Column::Showcase)).eq(true));
    let mut countries_stmt = stmt.clone();
    filter(
        &mut stmt,
        db.get_database_backend(),
        &query.track,
        &query.country,
        &query.stage,
        &query.q,
    );
    let total = count(db, stmt.clone()).await?;
    if let Some((name, id)) = query
        .after
        .split_once('|')
        .and_then(|(n, i)| i.parse::<Uuid>().ok().map(|i| (n.to_string(), i)))
    {
        let name_col = Expr::col((startup::Entity, startup::Column::SortName));
        stmt.cond_where(
            Cond::any().add(name_col.clone().gt(name.clone())).add(
                Cond::all()
                    .add(name_col.eq(name))
                    .add(Expr::col((startup::Entity, startup::Column::Id)).gt(id)),
            ),
        );
    }
    select_listing(&mut stmt);
    stmt.order_by((startup::Entity, startup::Column::SortName), Order::Asc)
        .order_by((startup::Entity, startup::Column::Id), Order::Asc)
        .limit(SHOWCASE_PAGE + 1);
    let rows = db.query_all(&stmt).await?;
    let mut entries = Vec::new();
    let mut next_after = None;
    for (i, row) in rows.iter().enumerate() {
        if i as u64 == SHOWCASE_PAGE {
            if let Some(last) = rows.get(i - 1) {
                next_after = Some(format!(
                    "{}|{}",
                    last.try_get::<String>("", "sort_name")?,
                    last.try_get::<Uuid>("", "startup_id")?
                ));
            }
            break;
        }
        entries.push(entry(row)?);
    }
    countries_stmt.distinct().expr_as(
        Expr::col((startup::Entity, startup::Column::Country)),
        Alias::new("country"),
    );
    // Codes only: the page names (and orders) them in its reader's language.
    let mut countries: Vec<String> = db
        .query_all(&countries_stmt)
        .await?
        .iter()
        .filter_map(|r| r.try_get::<String>("", "country").ok())
        .collect();
    countries.sort();
    Ok(ShowcasePage {
        edition_name: edition.name,
        tracks: tracks.into_iter().map(|t| t.name).collect(),
        countries,
        entries,
        total,
        next_after,
    })
}

fn entry(row: &QueryResult) -> Result<ShowcaseEntry, ServiceError> {
    let startup_id: Uuid = row.try_get("", "startup_id")?;
    Ok(ShowcaseEntry {
        startup_id,
        name: row.try_get("", "name")?,
        one_liner: row.try_get("", "one_liner")?,
        track: row.try_get("", "track")?,
        country: row.try_get("", "country")?,
        stage: row.try_get::<Coded<Stage>>("", "stage")?.0,
        logo_url: logo_path(startup_id, row.try_get("", "logo_file_id")?),
    })
}

/// A startup's public page: only while it is accepted and opted in to the showcase.
pub async fn public_startup(
    db: &DatabaseConnection,
    startup_id: Uuid,
) -> Result<PublicStartup, ServiceError> {
    let (s, sub) = public_listing(db, startup_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (edition, tracks) = load_edition(db, sub.edition_id).await?;
    Ok(PublicStartup {
        sectors: s.sectors(),
        logo_url: logo_path(s.id, s.logo_file_id),
        stage: s.stage.0,
        country: s.country,
        name: s.name,
        one_liner: s.one_liner,
        description: s.description,
        city: s.city,
        founded_year: s.founded_year,
        website: s.website,
        edition_name: edition.name,
        track: tracks
            .into_iter()
            .find(|t| t.id == sub.track_id)
            .map(|t| t.name)
            .unwrap_or_default(),
        pitch_title: sub.title,
    })
}

/// The startup and its accepted pitch, if it is public in any edition's showcase.
pub async fn public_listing(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
) -> Result<Option<(startup::Model, submission::Model)>, ServiceError> {
    let Some(s) = startup::Entity::find_by_id(startup_id).one(db).await? else {
        return Ok(None);
    };
    if !s.showcase {
        return Ok(None);
    }
    let accepted = submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::Status.eq(Status::Accepted.as_str()))
        .one(db)
        .await?;
    Ok(accepted.map(|sub| (s, sub)))
}

/// How the edition's accepted teams answered "will you pitch?" (counts), and the stored
/// answers of the accepted and `shown` submissions (an answer stays visible if the
/// status changed since).
async fn attendance_of(
    db: &DatabaseConnection,
    edition_id: Uuid,
    tz: chrono_tz::Tz,
    shown: &[Uuid],
) -> Result<
    (
        domain::attendance::Counts,
        std::collections::HashMap<Uuid, wire::AttendanceMark>,
    ),
    ServiceError,
> {
    use crate::model::attendance;
    use sea_orm::QuerySelect;
    let accepted: Vec<Uuid> = submission::Entity::find()
        .select_only()
        .column(submission::Column::Id)
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq(Status::Accepted.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    // Only the answers counted or shown: looked up by key, not by scanning the edition.
    let wanted: std::collections::HashSet<Uuid> =
        accepted.iter().chain(shown.iter()).copied().collect();
    let answers: std::collections::HashMap<Uuid, wire::AttendanceMark> = attendance::Entity::find()
        .filter(attendance::Column::SubmissionId.is_in(wanted))
        .all(db)
        .await?
        .iter()
        .map(|a| (a.submission_id, crate::features::attendance::mark(a, tz)))
        .collect();
    let counts =
        domain::attendance::Counts::of(accepted.iter().map(|id| answers.get(id).map(|m| m.answer)));
    Ok((counts, answers))
}

pub async fn staff_table(
    db: &DatabaseConnection,
    me: &SessionUser,
    query: &SubmissionQuery,
) -> Result<SubmissionTable, ServiceError> {
    if !domain::policy::allows(&me.roles, Permission::ManageEditions) {
        return Err(ServiceError::NotFound);
    }
    check_search(&query.q)?;
    let edition_id = match query.edition.trim().parse::<Uuid>() {
        Ok(id) => id,
        Err(_) => current_edition_id(db).await?,
    };
    let (edition, tracks) = load_edition(db, edition_id).await?;
    let tz: chrono_tz::Tz = edition.time_zone.parse().unwrap_or(chrono_tz::Tz::UTC);
    // What the table shows: no drafts, and the staff's filters.
    let narrow = |stmt: &mut SelectStatement| {
        stmt.and_where(
            Expr::col((submission::Entity, submission::Column::Status)).ne(Status::Draft.as_str()),
        );
        if let Some(status) = Status::parse(&query.status) {
            stmt.and_where(
                Expr::col((submission::Entity, submission::Column::Status)).eq(status.as_str()),
            );
        }
        filter(
            stmt,
            db.get_database_backend(),
            &query.track,
            &query.country,
            &query.stage,
            &query.q,
        );
    };
    // The count joins only what its filters read: every submission has its startup and
    // track (foreign keys), and without the joins it is a count of index entries.
    let mut counted = if filters_startup(&query.country, &query.stage, &query.q) {
        base(edition_id)
    } else {
        let mut stmt = Query::select()
            .from(submission::Entity)
            .and_where(
                Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id),
            )
            .to_owned();
        if !query.track.trim().is_empty() {
            join_track(&mut stmt);
        }
        stmt
    };
    narrow(&mut counted);
    let total = count(db, counted).await?;
    let (page, pages) = page_of(&query.page, total, TABLE_PAGE);
    let (key, descending) = match query.sort.trim().strip_prefix('-') {
        Some(k) => (k, true),
        None => (query.sort.trim(), false),
    };
    let order = if descending { Order::Desc } else { Order::Asc };
    // First the page's submissions in order (ids only), then their rows by id: the rows
    // skipped to reach page 20 are not read in full.
    let mut stmt = match key {
        "submitted" | "status" | "country" | "track" => base(edition_id),
        _ => base_by_name(db, edition_id),
    };
    narrow(&mut stmt);
    stmt.expr_as(
        Expr::col((submission::Entity, submission::Column::Id)),
        Alias::new("submission_id"),
    );
    match key {
        "submitted" => stmt.order_by((submission::Entity, submission::Column::SubmittedAt), order),
        "status" => stmt.order_by((submission::Entity, submission::Column::Status), order),
        "country" => stmt.order_by((startup::Entity, startup::Column::Country), order),
        "track" => stmt.order_by((track::Entity, track::Column::Position), order),
        _ => stmt.order_by((startup::Entity, startup::Column::SortName), order),
    };
    stmt.order_by((submission::Entity, submission::Column::Id), Order::Asc)
        .limit(TABLE_PAGE)
        .offset((page - 1) * TABLE_PAGE);
    let ids = db
        .query_all(&stmt)
        .await?
        .iter()
        .map(|row| row.try_get::<Uuid>("", "submission_id"))
        .collect::<Result<Vec<Uuid>, _>>()?;
    let mut found = HashMap::new();
    if !ids.is_empty() {
        let mut listing = joined();
        listing.and_where(
            Expr::col((submission::Entity, submission::Column::Id)).is_in(ids.iter().copied()),
        );
        select_listing(&mut listing);
        for row in db.query_all(&listing).await? {
            found.insert(row.try_get::<Uuid>("", "submission_id")?, row);
        }
    }
    let mut rows = Vec::new();
    for row in ids.iter().filter_map(|id| found.remove(id)) {
        let submitted: Option<DateTime<Utc>> = row.try_get("", "submitted_at")?;
        rows.push(SubmissionRow {
            id: row.try_get("", "submission_id")?,
            startup_id: row.try_get("", "startup_id")?,
            startup_name: row.try_get("", "name")?,
            title: row.try_get("", "title")?,
            track: row.try_get("", "track")?,
            status: Status::parse(&row.try_get::<String>("", "status")?)
                .unwrap_or(Status::Submitted),
            country: row.try_get("", "country")?,
            stage: row.try_get::<Coded<Stage>>("", "stage")?.0,
            submitted_local: submitted.map(|t| local_iso(t, tz)).unwrap_or_default(),
            has_deck: row.try_get::<Option<Uuid>>("", "deck_file_id")?.is_some(),
            attendance: None,
        });
    }
    let (counts, answers) = attendance_of(db, edition_id, tz, &ids).await?;
    for r in &mut rows {
        r.attendance = answers.get(&r.id).cloned();
    }
    Ok(SubmissionTable {
        attendance: counts,
        attendance_asked: edition.attendance_deadline.is_some(),
        edition_id,
        edition_name: edition.name,
        time_zone: edition.time_zone,
        tracks: tracks.into_iter().map(|t| t.name).collect(),
        rows,
        total,
        page,
        pages,
    })
}
