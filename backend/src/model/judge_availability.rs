use sea_orm::entity::prelude::*;

/// When a judge can sit on panels in an edition, and the sessions they would like.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "judge_availability")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    /// `start/end` lines in RFC 3339 (`pitch_session::encode_windows`); empty: any time.
    pub windows: String,
    /// Session ids, one a line.
    pub preferred_sessions: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn windows(&self) -> Vec<domain::submission::Window> {
        super::pitch_session::decode_windows(&self.windows)
    }

    pub fn preferred(&self) -> Vec<Uuid> {
        self.preferred_sessions
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }
}
