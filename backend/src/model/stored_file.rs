use super::codec::Coded;
use domain::upload::UploadRule;
use sea_orm::entity::prelude::*;

/// An uploaded file's metadata; the bytes live under the data directory, named by `id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stored_files")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub purpose: Coded<UploadRule>,
    pub content_type: String,
    pub size_bytes: i64,
    pub original_name: String,
    pub sha256: String,
    pub uploaded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
