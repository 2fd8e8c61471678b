//! Conference staff: editions, invitations and the email outbox.

use super::auth::action_error;
use crate::api::editions::{get_edition, list_editions, MakeCurrentEdition, SaveEdition};
use crate::api::staff::{outbox, InviteUser};
use crate::components::forms::{Field, FormError, SelectField, Submit, TextAreaField};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::lang::{local_time_text, t, use_lang};
use crate::notice::PageNotice;
use crate::pages::home::{CurrentEdition, WorkspaceHeading};
use chrono::{DateTime, Utc};
use domain::account::Role;
use domain::lang::Lang;
use i18n::format::{date, grouped};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use wire::{Edition, OutboxMessage};

#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "staff-home-title")/>
        <RequireRole role=Role::Staff>
            <WorkspaceHeading title=t!(lang, "staff-home-title") intro=t!(lang, "staff-home-intro")/>
            <ul class="tiles">
                <li><A href="/staff/editions"><strong>{t!(lang, "nav-editions")}</strong><span>{t!(lang, "staff-tile-editions")}</span></A></li>
                <li><A href="/staff/judging"><strong>{t!(lang, "nav-judging")}</strong><span>{t!(lang, "staff-tile-judging")}</span></A></li>
                <li><A href="/staff/ranking"><strong>{t!(lang, "nav-ranking")}</strong><span>{t!(lang, "staff-tile-ranking")}</span></A></li>
                <li><A href="/staff/rounds"><strong>{t!(lang, "nav-rounds")}</strong><span>{t!(lang, "staff-tile-rounds")}</span></A></li>
                <li><A href="/staff/schedule"><strong>{t!(lang, "nav-schedule")}</strong><span>{t!(lang, "staff-tile-schedule")}</span></A></li>
                <li><A href="/staff/invite"><strong>{t!(lang, "nav-invite")}</strong><span>{t!(lang, "staff-tile-invite")}</span></A></li>
                <li><A href="/staff/outbox"><strong>{t!(lang, "nav-outbox")}</strong><span>{t!(lang, "staff-tile-outbox")}</span></A></li>
            </ul>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn EditionsPage() -> impl IntoView {
    let lang = use_lang();
    let editions = Resource::new(|| (), |_| list_editions());
    let make_current = ServerAction::<MakeCurrentEdition>::new();
    view! {
        <Title text=t!(lang, "nav-editions")/>
        <RequireRole role=Role::Staff>
            <header class="page-header row">
                <h1>{t!(lang, "nav-editions")}</h1>
                <A href="/staff/editions/new" attr:class="button primary">{t!(lang, "editions-new")}</A>
            </header>
            <PageNotice/>
            <FormError error=action_error(make_current)/>
            <Suspense fallback=move || view! { <p class="loading">{t!(lang, "editions-loading")}</p> }>
                {move || editions.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error">{e.message(lang)}</div> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>{t!(lang, "editions-none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <div class="table-wrap">
                            <table>
                                <thead><tr>
                                    <th>{t!(lang, "editions-col-name")}</th><th>{t!(lang, "editions-col-city")}</th>
                                    <th>{t!(lang, "editions-col-dates")}</th><th>{t!(lang, "editions-col-deadline")}</th>
                                    <th>{t!(lang, "editions-col-tracks")}</th><th></th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|e| view! { <EditionRow edition=e make_current/> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn EditionRow(edition: Edition, make_current: ServerAction<MakeCurrentEdition>) -> impl IntoView {
    let lang = use_lang();
    let href = format!("/staff/editions/{}", edition.id);
    let id = edition.id.to_string();
    view! {
        <tr>
            <td><A href=href>{edition.name.clone()}</A> {edition.is_current.then(|| view! { " " <span class="badge">{t!(lang, "editions-current")}</span> })}</td>
            <td>{edition.city.clone()}</td>
            <td>{format!("{} – {}", date(lang, edition.starts_on), date(lang, edition.ends_on))}</td>
            <td>{local_time_text(lang, &edition.submission_deadline_local, &edition.time_zone)}</td>
            <td>{edition.tracks.len()}</td>
            <td>
                {(!edition.is_current).then(|| view! {
                    <ActionForm action=make_current attr:class="inline-form">
                        <input type="hidden" name="id" value=id.clone()/>
                        <button type="submit" class="button small">{t!(lang, "editions-make-current")}</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}

#[component]
pub fn NewEditionPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "editions-new")/>
        <RequireRole role=Role::Staff>
            <h1>{t!(lang, "editions-new")}</h1>
            <EditionForm edition=None/>
        </RequireRole>
    }
}

#[component]
pub fn EditEditionPage() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
    let edition = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        get_edition,
    );
    view! {
        <Title text=t!(lang, "editions-edit-title")/>
        <RequireRole role=Role::Staff>
            <Suspense fallback=move || view! { <p class="loading">{t!(lang, "common-loading")}</p> }>
                {move || edition.get().map(|r| match r {
                    Ok(e) => view! { <h1>{t!(lang, "editions-edit-named", name = e.name.as_str())}</h1> <EditionForm edition=Some(e)/> }.into_any(),
                    Err(_) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn EditionForm(edition: Option<Edition>) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveEdition>::new();
    let error = action_error(action);
    let e = edition.clone();
    let initial = move |f: fn(&Edition) -> String| e.as_ref().map(f);
    let tracks_default = edition
        .as_ref()
        .map(|e| e.tracks.join("\n"))
        .unwrap_or_else(|| i18n::defaults::tracks(lang).join("\n"));
    view! {
        <section class="card">
            <FormError error/>
            <ActionForm action attr:class="grid-form">
                <input type="hidden" name="id" value=edition.as_ref().map(|e| e.id.to_string()).unwrap_or_default()/>
                <Field label=t!(lang, "editions-name") name="name" maxlength=120 required=true hint=t!(lang, "editions-name-hint") initial=initial(|e| e.name.clone()) error/>
                <Field label=t!(lang, "editions-city") name="city" maxlength=80 required=true initial=initial(|e| e.city.clone()) error/>
                <Field label=t!(lang, "editions-first-day") name="starts_on" kind="date" required=true initial=initial(|e| e.starts_on.to_string()) error/>
                <Field label=t!(lang, "editions-last-day") name="ends_on" kind="date" required=true initial=initial(|e| e.ends_on.to_string()) error/>
                <Field
                    label=t!(lang, "editions-time-zone")
                    name="time_zone"
                    required=true
                    hint=t!(lang, "editions-time-zone-hint")
                    initial=edition.as_ref().map(|e| e.time_zone.clone()).unwrap_or_else(|| "Asia/Shanghai".into())
                    error
                />
                <Field
                    label=t!(lang, "editions-deadline")
                    name="submission_deadline"
                    kind="datetime-local"
                    required=true
                    initial=initial(|e| e.submission_deadline_local.clone())
                    error
                />
                <Field
                    label=t!(lang, "editions-attendance-deadline")
                    name="attendance_deadline"
                    kind="datetime-local"
                    hint=t!(lang, "editions-attendance-deadline-hint")
                    initial=initial(|e| e.attendance_deadline_local.clone())
                    error
                />
                <TextAreaField label=t!(lang, "editions-tracks") name="tracks" hint=t!(lang, "editions-tracks-hint") initial=tracks_default error/>
                <div class="form-actions">
                    <Submit label=t!(lang, "editions-save") pending=action.pending()/>
                    <A href="/staff/editions" attr:class="button">{t!(lang, "staff-cancel")}</A>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn InvitePage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<InviteUser>::new();
    let error = action_error(action);
    let selected = move |role: &str| {
        error
            .get()
            .and_then(|e| e.kept("role"))
            .is_some_and(|r| r == role)
    };
    view! {
        <Title text=t!(lang, "nav-invite")/>
        <RequireRole role=Role::Staff>
            <section class="card narrow">
                <h1>{t!(lang, "invite-heading")}</h1>
                <p class="muted">{t!(lang, "invite-intro")}</p>
                <FormError error/>
                <ActionForm action>
                    <Field label=t!(lang, "auth-email") name="email" kind="email" required=true error/>
                    <div class="field" class:has-error=move || error.get().and_then(|e| e.field("role")).is_some()>
                        <label for="field-role">{t!(lang, "invite-role")}</label>
                        <select id="field-role" name="role">
                            <option value="investor" selected=move || !selected("staff") && !selected("corporate")>{t!(lang, "invite-role-investor")}</option>
                            <option value="staff" selected=move || selected("staff")>{t!(lang, "invite-role-staff")}</option>
                            <option value="corporate" selected=move || selected("corporate")>{t!(lang, "invite-role-corporate")}</option>
                        </select>
                        <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("role"))}</p>
                    </div>
                    <Submit label=t!(lang, "invite-send") pending=action.pending()/>
                </ActionForm>
            </section>
        </RequireRole>
    }
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let messages = Resource::new(page, outbox);
    view! {
        <Title text=t!(lang, "nav-outbox")/>
        <RequireRole role=Role::Staff>
            <h1>{t!(lang, "nav-outbox")}</h1>
            <PageNotice/>
            <Suspense fallback=move || view! { <p class="loading">{t!(lang, "outbox-loading")}</p> }>
                {move || messages.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error">{e.message(lang)}</div> }.into_any(),
                    Ok(p) => view! {
                        <p class="muted">
                            {if p.smtp_enabled { t!(lang, "outbox-smtp") } else { t!(lang, "outbox-no-smtp") }}
                            {t!(lang, "outbox-count", count = grouped(i64::try_from(p.total).unwrap_or(i64::MAX)))}
                        </p>
                        {(!p.smtp_enabled).then(|| view! {
                            <p class="alert alert-error" role="alert">{t!(lang, "outbox-live-links")}</p>
                        })}
                        <ol class="outbox">
                            {p.messages.into_iter().map(|m| view! { <OutboxItem message=m origin=p.link_origin.clone()/> }).collect_view()}
                        </ol>
                        <nav class="pager" aria-label=t!(lang, "staff-pages")>
                            {(p.page > 0).then(|| view! { <A href=format!("/staff/outbox?page={}", p.page - 1)>{t!(lang, "staff-newer")}</A> })}
                            <span>{t!(lang, "staff-page-of", page = (p.page + 1), pages = p.pages)}</span>
                            {(p.page + 1 < p.pages).then(|| view! { <A href=format!("/staff/outbox?page={}", p.page + 1)>{t!(lang, "staff-older")}</A> })}
                        </nav>
                    }.into_any(),
                })}
            </Suspense>
        </RequireRole>
    }
}

/// A moment of the mail log, which belongs to no edition: in UTC, named.
fn utc_text(lang: Lang, at: DateTime<Utc>) -> String {
    local_time_text(lang, &at.format("%Y-%m-%dT%H:%M").to_string(), "UTC")
}

#[component]
fn OutboxItem(message: OutboxMessage, origin: String) -> impl IntoView {
    let lang = use_lang();
    let status = match (&message.sent_at, &message.last_error) {
        (Some(at), _) => t!(lang, "outbox-sent", when = utc_text(lang, *at)),
        (None, Some(err)) => t!(lang, "outbox-not-delivered", error = err.as_str()),
        (None, None) => t!(lang, "outbox-queued"),
    };
    // A decision's emails wait out its undo window.
    let held = message.held_until.map(|at| {
        // With its date and zone in the reader's words, as every time on the page.
        let text = t!(lang, "mail-outbox-held-until", time = utc_text(lang, at));
        format!(" · {text}")
    });
    view! {
        <li class="card outbox-item">
            <p class="meta">
                <strong>{message.subject.clone()}</strong> " → " {message.to_email.clone()}
                <span class="muted">{format!(" · {} · {status}", utc_text(lang, message.created_at))}{held}</span>
            </p>
            <pre class="mail-body">{linkify(&message.body, &origin)}</pre>
        </li>
    }
}

/// Turns the lines that are links into this site (the ones Pitchline writes) into links;
/// everything else, user text above all, stays text: a URL someone typed into a name
/// is never made clickable.
fn linkify(body: &str, origin: &str) -> Vec<AnyView> {
    let own = format!("{origin}/");
    let mut parts = Vec::new();
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            parts.push("\n".into_any());
        }
        let trimmed = line.trim();
        if !origin.is_empty() && trimmed.starts_with(&own) && !trimmed.contains(char::is_whitespace)
        {
            parts.push(view! { <a href=trimmed.to_string()>{trimmed.to_string()}</a> }.into_any());
        } else {
            parts.push(line.to_string().into_any());
        }
    }
    parts
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    let args = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        let page = get("page").parse::<u64>().ok().unwrap_or(1);
        let filter = domain::audit::AuditQuery {
            who: get("who"),
            action: get("action"),
            from: get("from"),
            to: get("to"),
        };
        (page, filter)
    };
    let (_, typed) = args();
    let entries = Resource::new(args, |(page, filter)| {
        crate::api::staff::audit_log(page, filter)
    });
    let error = Signal::derive(move || entries.get().and_then(|r| r.err()));
    let actions: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "audit-filter-any-action")))
            .chain(
                labels::AUDIT_ACTIONS
                    .iter()
                    .map(|code| (code.to_string(), labels::audit_action(lang, code))),
            )
            .collect();
    let filtering = !typed.pairs().is_empty();
    view! {
        <Title text=t!(lang, "nav-audit")/>
        <RequireRole role=Role::Staff>
            <h1>{t!(lang, "nav-audit")}</h1>
            <p class="muted">{t!(lang, "audit-intro")}</p>
            <form method="get" action="/staff/audit" class="filters audit-filters" role="search" aria-label=t!(lang, "audit-filter-label")>
                <Field label=t!(lang, "audit-filter-who") name="who" maxlength=200 initial=typed.who.clone() error/>
                <SelectField label=t!(lang, "audit-filter-action") name="action" options=actions.clone() initial=typed.action.clone() error/>
                <Field label=t!(lang, "audit-filter-from") name="from" kind="date" initial=typed.from.clone() error/>
                <Field label=t!(lang, "audit-filter-to") name="to" kind="date" initial=typed.to.clone() error/>
                <div class="form-actions">
                    <button type="submit" class="button">{t!(lang, "audit-filter-apply")}</button>
                    {filtering.then(|| view! { <A href="/staff/audit">{t!(lang, "audit-filter-clear")}</A> })}
                </div>
            </form>
            {crate::components::forms::loaded(entries, move |p: wire::AuditPage| {
                let (_, filter) = args();
                let newer = crate::paths::audit_log(&filter, p.page.saturating_sub(1));
                let older = crate::paths::audit_log(&filter, p.page + 1);
                if p.entries.is_empty() {
                    let none = if filter.pairs().is_empty() {
                        t!(lang, "audit-empty")
                    } else {
                        t!(lang, "audit-none")
                    };
                    return view! { <p class="muted">{none}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table class="data">
                            <thead><tr>
                                <th>{t!(lang, "audit-col-when")}</th><th>{t!(lang, "audit-col-who")}</th>
                                <th>{t!(lang, "audit-col-action")}</th><th>{t!(lang, "audit-col-subject")}</th>
                                <th>{t!(lang, "audit-col-detail")}</th>
                            </tr></thead>
                            <tbody>
                                {p.entries.into_iter().map(|e| view! {
                                    <tr><td>{i18n::format::local_date_time(lang, e.at.naive_utc())}</td><td>{e.actor.unwrap_or_else(|| t!(lang, "audit-system"))}</td><td>{labels::audit_action(lang, &e.action)}</td><td>{labels::audit_subject_named(lang, &e.subject, e.subject_name.as_deref())}</td><td><code class="audit-detail">{e.detail}</code></td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <nav class="pager" aria-label=t!(lang, "staff-pages")>
                        {(p.page > 1).then(|| view! { <A href=newer>{t!(lang, "staff-newer")}</A> })}
                        <span>{t!(lang, "staff-page", page = p.page)}</span>
                        {p.has_next.then(|| view! { <A href=older>{t!(lang, "staff-older")}</A> })}
                    </nav>
                }.into_any()
            })}
        </RequireRole>
    }
}
