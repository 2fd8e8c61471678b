//! Server functions of the judge's workspace: queue, scoring form, conflicts, marks.

use crate::error::AppError;
use leptos::prelude::*;
use std::collections::BTreeMap;
use uuid::Uuid;
use wire::{QueueQuery, ReviewForm, ReviewQueue};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::judging::reviews;
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[server(endpoint = "reviews/queue")]
pub async fn get_review_queue(
    #[server(flatten)] query: QueueQuery,
) -> Result<ReviewQueue, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        reviews::queue(ctx.db(), &me, &query).await
    })
    .await
}

#[server(endpoint = "reviews/form")]
pub async fn get_review_form(submission: Uuid) -> Result<ReviewForm, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        reviews::form(ctx.db(), &me, submission).await
    })
    .await
}

/// Saves a review. `then` is "next" for "Save and next", anything else stays.
#[server(endpoint = "reviews/save")]
pub async fn save_review(
    submission: Uuid,
    #[server(default)] scores: BTreeMap<String, String>,
    #[server(default)] comment: String,
    #[server(default)] private_note: String,
    #[server(default)] recommendation: String,
    #[server(default)] then: String,
) -> Result<(), AppError> {
    let mut kept: Vec<(String, String)> = scores
        .iter()
        .map(|(k, v)| (domain::review::score_field(k), v.clone()))
        .collect();
    kept.push(("comment".into(), comment.clone()));
    kept.push(("private_note".into(), private_note.clone()));
    kept.push(("recommendation".into(), recommendation.clone()));
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let draft = reviews::ReviewDraft {
            scores,
            comment,
            private_note,
            recommendation,
        };
        let next = reviews::save(ctx.db(), &me, submission, &draft).await?;
        match next {
            Some(next) if then == "next" => {
                ctx.redirect_with(&format!("/investor/reviews/{next}"), Notice::ReviewSaved)
            }
            None if then == "next" => ctx.redirect_with("/investor/reviews", Notice::AllReviewed),
            _ => ctx.redirect_with(
                &format!("/investor/reviews/{submission}"),
                Notice::ReviewSaved,
            ),
        }
        Ok(())
    })
    .await
    .map_err(|e| {
        let pairs: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        e.keeping(&pairs)
    })
}

#[server(endpoint = "reviews/conflict")]
pub async fn declare_conflict(
    submission: Uuid,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let kept = reason.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        reviews::declare_conflict(ctx.db(), &me, submission, &reason).await?;
        ctx.redirect_with("/investor/reviews", Notice::ConflictDeclared);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("reason", &kept)]))
}

#[server(endpoint = "reviews/marks")]
pub async fn save_marks(
    submission: Uuid,
    #[server(default)] starred: String,
    #[server(default)] tags: String,
    #[server(default)] interest: String,
) -> Result<(), AppError> {
    let kept = (tags.clone(), interest.clone(), starred.clone());
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        reviews::save_marks(ctx.db(), &me, submission, starred == "on", &tags, &interest).await?;
        ctx.redirect_with(
            &format!("/investor/reviews/{submission}"),
            Notice::MarksSaved,
        );
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("tags", &kept.0),
            ("interest", &kept.1),
            ("starred", &kept.2),
        ])
    })
}
