use super::codec::Coded;
use super::user_role;
use chrono::Utc;
use domain::account::{Email, Role};
use domain::lang::Lang;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub created_at: DateTimeUtc,
    /// The language of their pages after log-in and of every email to them; `None`
    /// until they choose one or sign up (then English for email).
    pub language: Option<Coded<Lang>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::Email.eq(email.as_str()))
        .one(db)
        .await
}

pub async fn grant_role(db: &impl ConnectionTrait, user_id: Uuid, role: Role) -> Result<(), DbErr> {
    let exists = user_role::Entity::find_by_id((user_id, Coded(role)))
        .one(db)
        .await?;
    if exists.is_none() {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(Coded(role)),
            granted_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Creates an account with `roles` inside the caller's transaction.
pub async fn insert_user(
    db: &impl ConnectionTrait,
    email: &Email,
    display_name: &str,
    password_hash: String,
    roles: &[Role],
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_string()),
        display_name: Set(display_name.to_string()),
        password_hash: Set(Some(password_hash)),
        created_at: Set(Utc::now()),
        language: Set(None),
    }
    .insert(db)
    .await?;
    for role in roles {
        grant_role(db, id, *role).await?;
    }
    Ok(id)
}

impl Model {
    /// The language to write to them in.
    pub fn lang(&self) -> Lang {
        self.language.map(|c| c.0).unwrap_or_default()
    }
}

/// Remembers `lang` as `user_id`'s language.
pub async fn set_language(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    lang: Lang,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Language, Expr::value(Coded(lang)))
        .filter(Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
