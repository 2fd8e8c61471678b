//! Startup profiles and their teams: create, edit, co-founder invitations, leaving.

use crate::access::startup::load_visible;
use crate::db::begin_write;
use crate::model::codec::{Coded, JsonText};
use crate::model::startup::{is_member, members};
use crate::model::user::{find_by_email, grant_role, insert_user, Address};
use crate::model::{cofounder_invite, startup, startup_member, user};
use crate::platform::sessions::SessionUser;
use crate::platform::tokens::{self, EmailedToken};
use crate::platform::{audit, files, mail_texts, outbox, rate_limits};
use crate::secrets::hash_password;
use crate::ServiceError;
use chrono::{Datelike, Duration, Utc};
use domain::account::{parse_display_name, Email, Password, Role};
use domain::lang::Lang;
use domain::policy::may_leave;
use domain::startup::{format_amount, may_create, StartupInput, StartupProfile};
use domain::upload::UploadRule;
use domain::{FieldErrors, Problem, Refusal};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use wire::CofounderInvitation;

pub const INVITE_LIFETIME: Duration = Duration::days(7);

/// Copies a valid profile onto a startup row (the scale seed builds its rows with it too).
pub fn apply(model: &mut startup::ActiveModel, p: &StartupProfile) {
    model.name = Set(p.name.clone());
    model.search_name = Set(p.name.to_lowercase());
    model.sort_name = Set(domain::text::sort_key(&p.name));
    model.one_liner = Set(p.one_liner.clone());
    model.description = Set(p.description.clone());
    model.sectors = Set(JsonText(p.sectors.clone()));
    model.stage = Set(Coded(p.stage));
    model.country = Set(p.country.clone());
    model.city = Set(p.city.clone());
    model.founded_year = Set(p.founded_year);
    model.team_size = Set(p.team_size);
    model.website = Set(p.website.clone());
    model.monthly_revenue = Set(p.monthly_revenue);
    model.users = Set(p.users);
    model.growth_pct = Set(p.growth_pct);
    model.ask_amount = Set(p.ask_amount);
    model.currency = Set(p.currency.clone());
    model.instrument = Set(p.instrument.map(Coded));
    model.pre_money_valuation = Set(p.pre_money_valuation);
    model.use_of_funds = Set(p.use_of_funds.clone());
    model.raised_so_far = Set(p.raised_so_far);
    model.showcase = Set(p.showcase);
    model.updated_at = Set(Utc::now());
}

/// The stored profile as the text of its form.
pub fn as_form(m: &startup::Model) -> StartupInput {
    let amount = |a: Option<i64>| a.map(format_amount).unwrap_or_default();
    StartupInput {
        name: m.name.clone(),
        one_liner: m.one_liner.clone(),
        description: m.description.clone(),
        sectors: m.sectors().join(", "),
        stage: m.stage.0.as_str().to_string(),
        country: m.country.clone(),
        city: m.city.clone(),
        founded_year: m.founded_year.to_string(),
        team_size: m.team_size.to_string(),
        website: m.website.clone().unwrap_or_default(),
        monthly_revenue: amount(m.monthly_revenue),
        users: m.users.map(|u| u.to_string()).unwrap_or_default(),
        growth_pct: m.growth_pct.map(|g| g.to_string()).unwrap_or_default(),
        ask_amount: amount(m.ask_amount),
        currency: m.currency.clone(),
        instrument: m
            .instrument
            .map(|i| i.0.as_str().to_string())
            .unwrap_or_default(),
        pre_money_valuation: amount(m.pre_money_valuation),
        use_of_funds: m.use_of_funds.clone(),
        raised_so_far: amount(m.raised_so_far),
        showcase: if m.showcase {
            "on".into()
        } else {
            String::new()
        },
    }
}

/// A founder creates a startup and becomes its first member: up to
/// `domain::startup::MAX_STARTUPS_PER_FOUNDER` teams, and a few a day per account and
/// per `client` address.
pub async fn create(
    db: &DatabaseConnection,
    founder: &SessionUser,
    input: &StartupInput,
    client: &str,
) -> Result<Uuid, ServiceError> {
    let profile = input
        .parse(Utc::now().year())
        .map_err(ServiceError::Invalid)?;
    may_create(teams_of(db, founder.id).await?).map_err(ServiceError::Refused)?;
    rate_limits::hit(
        db,
        &format!("startup:ip:{client}"),
        rate_limits::STARTUPS_PER_IP,
    )
    .await?;
    rate_limits::hit(
        db,
        &format!("startup:user:{}", founder.id),
        rate_limits::STARTUPS_PER_USER,
    )
    .await?;
    let id = Uuid::new_v4();
    let now = Utc::now();
    let mut model = startup::ActiveModel {
        id: Set(id),
        logo_file_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    };
    apply(&mut model, &profile);
    let txn = begin_write(db).await?;
    // Again under the write lock: two tabs at once do not pass the cap together.
    may_create(teams_of(&txn, founder.id).await?).map_err(ServiceError::Refused)?;
    model.insert(&txn).await?;
    startup_member::ActiveModel {
        startup_id: Set(id),
        user_id: Set(founder.id),
        joined_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(founder.id),
        "startup.create",
        &format!("startup:{id}"),
        &profile.name,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// How many startups `user` is on the team of.
async fn teams_of(db: &impl ConnectionTrait, user: Uuid) -> Result<u64, ServiceError> {
    Ok(startup_member::Entity::find()
        .filter(startup_member::Column::UserId.eq(user))
        .count(db)
        .await?)
}

pub async fn update(
    db: &DatabaseConnection,
    actor: &SessionUser,
    id: Uuid,
    input: &StartupInput,
) -> Result<(), ServiceError> {
    let (model, access) = load_visible(db, id, actor).await?;
    if !access.can_edit() {
        return Err(ServiceError::Forbidden);
    }
    let profile = input
        .parse(Utc::now().year())
        .map_err(ServiceError::Invalid)?;
    let mut active: startup::ActiveModel = model.into();
    apply(&mut active, &profile);
    let txn = begin_write(db).await?;
    active.update(&txn).await?;
    audit::record(
        &txn,
        Some(actor.id),
        "startup.update",
        &format!("startup:{id}"),
        &profile.name,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Replaces the logo with a stored upload; the old file is removed after the swap.
pub async fn set_logo(
    db: &DatabaseConnection,
    store: &files::FileStore,
    actor: &SessionUser,
    id: Uuid,
    received: &files::Received,
    original_name: &str,
) -> Result<(), ServiceError> {
    let (model, access) = load_visible(db, id, actor).await?;
    if !access.can_edit() {
        return Err(ServiceError::Forbidden);
    }
    let old = model.logo_file_id;
    let txn = begin_write(db).await?;
    files::record(&txn, received, UploadRule::Logo, original_name, actor.id).await?;
    let mut active: startup::ActiveModel = model.into();
    active.logo_file_id = Set(Some(received.id));
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        Some(actor.id),
        "startup.logo",
        &format!("startup:{id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    if let Some(old) = old {
        crate::model::stored_file::Entity::delete_by_id(old)
            .exec(db)
            .await?;
        store.remove(old).await;
    }
    Ok(())
}

/// A team member invites a co-founder by email; the link is valid for 7 days. The email
/// is in the language the invitee chose if the address has an account, else in `lang`,
/// the language of the page it was sent from.
pub async fn invite_cofounder(
    db: &DatabaseConnection,
    actor: &SessionUser,
    startup_id: Uuid,
    email: &str,
    public_url: &str,
    lang: Lang,
) -> Result<(), ServiceError> {
    let (model, access) = load_visible(db, startup_id, actor).await?;
    if !access.can_manage_team() {
        return Err(ServiceError::Forbidden);
    }
    let email = Email::parse(email).map_err(|e| ServiceError::field("email", e))?;
    for (_, u) in members(db, startup_id).await? {
        if u.email == email.as_str() {
            return Err(ServiceError::field(
                "email",
                Problem::AlreadyOnTeam {
                    name: u.display_name,
                },
            ));
        }
    }
    // Each invitation is an email to any address: bounded per startup and per sender
    // (an invitation the startup's limit refuses does not count against the sender).
    rate_limits::hit(
        db,
        &format!("cofounder-invite:startup:{startup_id}"),
        rate_limits::COFOUNDER_INVITES_PER_STARTUP,
    )
    .await?;
    rate_limits::hit(
        db,
        &format!("cofounder-invite:user:{}", actor.id),
        rate_limits::COFOUNDER_INVITES_PER_USER,
    )
    .await?;
    let lang = find_by_email(db, &email)
        .await?
        .and_then(|u| u.language)
        .map_or(lang, |c| c.0);
    let token = EmailedToken::issue(INVITE_LIFETIME);
    let now = Utc::now();
    let txn = begin_write(db).await?;
    cofounder_invite::ActiveModel {
        id: Set(Uuid::new_v4()),
        startup_id: Set(startup_id),
        email: Set(email.as_str().to_string()),
        token_hash: Set(token.hash.clone()),
        invited_by: Set(actor.id),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        accepted_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let mail = mail_texts::cofounder_invitation(
        lang,
        &actor.display_name,
        &model.name,
        &token.link(public_url, "/join-startup"),
    );
    outbox::enqueue(&txn, email.as_str(), &mail.subject, &mail.body).await?;
    audit::record(
        &txn,
        Some(actor.id),
        "startup.invite_cofounder",
        &format!("startup:{startup_id}"),
        email.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn live_invite(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<cofounder_invite::Model, ServiceError> {
    cofounder_invite::Entity::find()
        .filter(cofounder_invite::Column::TokenHash.eq(tokens::hash_of(token)))
        .filter(cofounder_invite::Column::AcceptedAt.is_null())
        .filter(cofounder_invite::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?
        .ok_or(ServiceError::Refused(Refusal::CofounderInviteExpired))
}

pub async fn view_invite(
    db: &DatabaseConnection,
    token: &str,
) -> Result<CofounderInvitation, ServiceError> {
    let invite = live_invite(db, token).await?;
    let startup = startup::Entity::find_by_id(invite.startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::Refused(Refusal::CofounderInviteExpired))?;
    let inviter = user::Entity::find_by_id(invite.invited_by)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    let email = Email::parse(&invite.email).map_err(|p| ServiceError::stored("email", p))?;
    Ok(CofounderInvitation {
        startup_name: startup.name,
        account_exists: find_by_email(db, &email).await?.is_some(),
        email: invite.email,
        inviter,
    })
}

/// Accepts a co-founder invitation: a signed-in account with the invited email joins;
/// someone without an account creates one with `display_name` and `password`.
/// A new account writes its emails in `lang`, the language of the page it was made on.
/// Returns the joining user's id and the startup id.
pub async fn accept_invite(
    db: &DatabaseConnection,
    token: &str,
    signed_in: Option<&SessionUser>,
    display_name: &str,
    password: &str,
    lang: Lang,
) -> Result<(Uuid, Uuid), ServiceError> {
    let invite = live_invite(db, token).await?;
    let email = Email::parse(&invite.email).map_err(|p| ServiceError::stored("email", p))?;
    let existing = find_by_email(db, &email).await?;
    let new_account = match (signed_in, &existing) {
        (Some(me), _) if me.email != invite.email => {
            return Err(ServiceError::field(
                "token",
                Problem::InvitationForOther {
                    email: invite.email,
                },
            ))
        }
        (Some(_), _) => None,
        (None, Some(_)) => {
            return Err(ServiceError::field(
                "token",
                Problem::InviteeHasAccount {
                    email: invite.email,
                },
            ))
        }
        (None, None) => {
            let mut errors = FieldErrors::new();
            let name = errors.check("display_name", parse_display_name(display_name));
            let password = errors.check("password", Password::parse(password));
            let (Some(name), Some(password)) = (name, password) else {
                return Err(ServiceError::Invalid(errors));
            };
            Some((name, hash_password(password.expose()).await?))
        }
    };
    let txn = begin_write(db).await?;
    // Re-read under the write lock: the same link may be clicked twice at once.
    let invite = live_invite(&txn, token).await?;
    let user_id = match (new_account, signed_in) {
        (Some((name, hash)), _) => {
            let id = insert_user(
                &txn,
                &email,
                &name,
                hash,
                &[Role::Founder],
                Address::Verified,
            )
            .await
            .map_err(|e| {
                ServiceError::from(e)
                    .on_duplicate(|| ServiceError::field("token", Problem::EmailJustTaken))
            })?;
            user::set_language(&txn, id, lang).await?;
            id
        }
        (None, Some(me)) => {
            grant_role(&txn, me.id, Role::Founder).await?;
            me.id
        }
        (None, None) => return Err(ServiceError::Unauthenticated),
    };
    if !is_member(&txn, invite.startup_id, user_id).await? {
        startup_member::ActiveModel {
            startup_id: Set(invite.startup_id),
            user_id: Set(user_id),
            joined_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
    }
    let mut active: cofounder_invite::ActiveModel = invite.clone().into();
    active.accepted_at = Set(Some(Utc::now()));
    active.update(&txn).await?;
    audit::record(
        &txn,
        Some(user_id),
        "startup.join",
        &format!("startup:{}", invite.startup_id),
        &invite.email,
    )
    .await?;
    txn.commit().await?;
    Ok((user_id, invite.startup_id))
}

/// A member leaves the team, unless they are its last member.
pub async fn leave(
    db: &DatabaseConnection,
    me: &SessionUser,
    startup_id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    if !is_member(&txn, startup_id, me.id).await? {
        return Err(ServiceError::NotFound);
    }
    let count = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.eq(startup_id))
        .count(&txn)
        .await?;
    may_leave(count as usize).map_err(ServiceError::Conflict)?;
    startup_member::Entity::delete_by_id((startup_id, me.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(me.id),
        "startup.leave",
        &format!("startup:{startup_id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
