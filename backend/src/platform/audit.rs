use crate::model::{audit_log, edition, startup, submission, user};
use crate::ServiceError;
use chrono::{NaiveTime, Utc};
use domain::audit::{AuditFilter, AuditQuery};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query};
use sea_orm::{
    entity::prelude::*, ActiveValue::Set, Condition as Cond, ConnectionTrait, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use wire::{AuditEntry, AuditPage};

pub const AUDIT_PAGE: u64 = 50;

/// Appends to the audit trail, in the caller's transaction so the record and the change
/// it describes commit together.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: Option<Uuid>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), ServiceError> {
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_id: Set(actor),
        action: Set(action.to_string()),
        subject: Set(subject.to_string()),
        detail: Set(detail.to_string()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A LIKE pattern that finds `q` anywhere, its wildcards taken literally.
fn like_pattern(q: &str) -> String {
    let escaped: String = q
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

/// The newest entries first, 50 a page (`page` counts from 1), filtered by who (part of
/// the actor's name or email, any case), action and days (UTC, both included). Subjects
/// are named (the pitch's startup, the startup, the edition, the account) by one lookup
/// per kind for the whole page.
pub async fn list(
    db: &DatabaseConnection,
    page: u64,
    query: &AuditQuery,
) -> Result<AuditPage, ServiceError> {
    let filter: AuditFilter = query.parse().map_err(ServiceError::Invalid)?;
    // Far beyond any log, and small enough that the offset cannot overflow.
    let page = page.clamp(1, 1_000_000);
    let mut find = audit_log::Entity::find();
    if let Some(who) = &filter.who {
        let like = |col: user::Column| {
            Expr::expr(Func::lower(Expr::col(col)))
                .like(LikeExpr::new(like_pattern(who)).escape('\\'))
        };
        find = find.filter(
            audit_log::Column::ActorId.in_subquery(
                Query::select()
                    .column(user::Column::Id)
                    .from(user::Entity)
                    .cond_where(
                        Cond::any()
                            .add(like(user::Column::DisplayName))
                            .add(like(user::Column::Email)),
                    )
                    .to_owned(),
            ),
        );
    }
    if let Some(action) = &filter.action {
        find = find.filter(audit_log::Column::Action.eq(action.as_str()));
    }
    if let Some(from) = filter.from {
        find =
            find.filter(audit_log::Column::CreatedAt.gte(from.and_time(NaiveTime::MIN).and_utc()));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        find = find.filter(audit_log::Column::CreatedAt.lt(to.and_time(NaiveTime::MIN).and_utc()));
    }
    let rows = find
        .order_by_desc(audit_log::Column::CreatedAt)
        .order_by_desc(audit_log::Column::Id)
        .offset((page - 1) * AUDIT_PAGE)
        .limit(AUDIT_PAGE + 1)
        .all(db)
        .await?;
    let has_next = rows.len() as u64 > AUDIT_PAGE;
    let rows: Vec<audit_log::Model> = rows.into_iter().take(AUDIT_PAGE as usize).collect();
    let actor_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.actor_id).collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, format!("{} <{}>", u.display_name, u.email)))
        .collect();
    let subjects = subject_names(db, &rows).await?;
    let entries = rows
        .into_iter()
        .map(|r| AuditEntry {
            at: r.created_at,
            actor: r.actor_id.and_then(|id| names.get(&id).cloned()),
            subject_name: subjects.get(&r.subject).cloned(),
            action: r.action,
            subject: r.subject,
            detail: r.detail,
        })
        .collect();
    Ok(AuditPage {
        entries,
        page,
        has_next,
    })
}

/// The ids of `kind` among the page's subjects (`kind:<uuid>`).
fn ids_of(rows: &[audit_log::Model], kind: &str) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = rows
        .iter()
        .filter_map(|r| r.subject.split_once(':'))
        .filter(|(k, _)| *k == kind)
        .filter_map(|(_, id)| Uuid::parse_str(id).ok())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Each subject of the page that still exists, by its raw value, as a name: a pitch by
/// its startup's name, a startup, an edition, an account by its display name. One query
/// per kind; a row that is gone has no name (the page shows its kind and short id).
async fn subject_names(
    db: &DatabaseConnection,
    rows: &[audit_log::Model],
) -> Result<HashMap<String, String>, ServiceError> {
    let mut out = HashMap::new();
    let pitches: Vec<(Uuid, Uuid)> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids_of(rows, "submission")))
        .select_only()
        .columns([submission::Column::Id, submission::Column::StartupId])
        .into_tuple()
        .all(db)
        .await?;
    let mut startup_ids = ids_of(rows, "startup");
    startup_ids.extend(pitches.iter().map(|(_, s)| *s));
    let startups: HashMap<Uuid, String> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startup_ids))
        .select_only()
        .columns([startup::Column::Id, startup::Column::Name])
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    for (id, startup_id) in pitches {
        if let Some(name) = startups.get(&startup_id) {
            out.insert(format!("submission:{id}"), name.clone());
        }
    }
    for id in ids_of(rows, "startup") {
        if let Some(name) = startups.get(&id) {
            out.insert(format!("startup:{id}"), name.clone());
        }
    }
    let editions: Vec<(Uuid, String)> = edition::Entity::find()
        .filter(edition::Column::Id.is_in(ids_of(rows, "edition")))
        .select_only()
        .columns([edition::Column::Id, edition::Column::Name])
        .into_tuple()
        .all(db)
        .await?;
    out.extend(
        editions
            .into_iter()
            .map(|(id, n)| (format!("edition:{id}"), n)),
    );
    let users: Vec<(Uuid, String)> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids_of(rows, "user")))
        .select_only()
        .columns([user::Column::Id, user::Column::DisplayName])
        .into_tuple()
        .all(db)
        .await?;
    out.extend(users.into_iter().map(|(id, n)| (format!("user:{id}"), n)));
    Ok(out)
}
