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
    /// When the person proved the address (opened a sign-up link, accepted an emailed
    /// invitation); `None` until then. An unproved address counts for nothing: no
    /// log-in, no conflict by mail domain, no firm's board.
    pub email_verified_at: Option<DateTimeUtc>,
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

/// Whether the address of a new account is already proved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// Proved by the way the account is made: an emailed invitation accepted, staff at
    /// the command line, the demo seed.
    Verified,
    /// Self sign-up: proved when the emailed link is opened.
    Unverified,
}

/// Creates an account with `roles` inside the caller's transaction.
pub async fn insert_user(
    db: &impl ConnectionTrait,
    email: &Email,
    display_name: &str,
    password_hash: String,
    roles: &[Role],
    address: Address,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    let now = Utc::now();
    ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_string()),
        display_name: Set(display_name.to_string()),
        password_hash: Set(Some(password_hash)),
        created_at: Set(now),
        language: Set(None),
        email_verified_at: Set((address == Address::Verified).then_some(now)),
    }
    .insert(db)
    .await?;
    for role in roles {
        grant_role(db, id, *role).await?;
    }
    Ok(id)
}

impl Model {
    /// The address, if its owner proved it; only a proved address may say anything
    /// about who the person works for.
    pub fn verified_email(&self) -> Option<&str> {
        self.email_verified_at.map(|_| self.email.as_str())
    }

    /// The company mail domain they proved they read mail at, if any: an unproved
    /// address, a public mailbox or a domain reserved for examples says nothing about
    /// where they work. Shown beside an organisation's name, which anyone may type.
    pub fn proved_domain(&self) -> Option<String> {
        self.verified_email()
            .and_then(domain::conflict::telling_domain)
    }

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

/// Marks `user_id`'s address as proved (now), if it was not already.
pub async fn mark_verified(db: &impl ConnectionTrait, user_id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::EmailVerifiedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(user_id))
        .filter(Column::EmailVerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
