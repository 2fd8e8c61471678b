//! Conference staff: editions, invitations and the email outbox.

use super::auth::action_error;
use crate::api::editions::{get_edition, list_editions, MakeCurrentEdition, SaveEdition};
use crate::api::staff::{outbox, InviteUser};
use crate::components::forms::{Field, FormError, Submit, TextAreaField};
use crate::components::layout::RequireRole;
use crate::notice::PageNotice;
use crate::pages::home::{CurrentEdition, WorkspaceHeading};
use domain::account::Role;
use domain::edition::DEFAULT_TRACKS;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use wire::{Edition, OutboxMessage};

#[component]
pub fn StaffHome() -> impl IntoView {
    view! {
        <Title text="Staff home"/>
        <RequireRole role=Role::Staff>
            <WorkspaceHeading title="Staff home" intro="Configure editions, invite investors and colleagues, and follow what the system emails."/>
            <ul class="tiles">
                <li><A href="/staff/editions"><strong>"Editions"</strong><span>"Dates, tracks, deadlines, which one is current"</span></A></li>
                <li><A href="/staff/judging"><strong>"Judging"</strong><span>"Rubric, review settings, assigning judges"</span></A></li>
                <li><A href="/staff/ranking"><strong>"Ranking"</strong><span>"Scores, judge calibration, decisions"</span></A></li>
                <li><A href="/staff/invite"><strong>"Invite people"</strong><span>"Investors and staff join by emailed link"</span></A></li>
                <li><A href="/staff/outbox"><strong>"Outbox"</strong><span>"Every email the system has queued"</span></A></li>
            </ul>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn EditionsPage() -> impl IntoView {
    let editions = Resource::new(|| (), |_| list_editions());
    let make_current = ServerAction::<MakeCurrentEdition>::new();
    view! {
        <Title text="Editions"/>
        <RequireRole role=Role::Staff>
            <header class="page-header row">
                <h1>"Editions"</h1>
                <A href="/staff/editions/new" attr:class="button primary">"New edition"</A>
            </header>
            <PageNotice/>
            <FormError error=action_error(make_current)/>
            <Suspense fallback=|| view! { <p class="loading">"Loading editions…"</p> }>
                {move || editions.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error">{e.to_string()}</div> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>"No editions yet. Create the first one."</p> }.into_any(),
                    Ok(list) => view! {
                        <div class="table-wrap">
                            <table>
                                <thead><tr><th>"Name"</th><th>"City"</th><th>"Dates"</th><th>"Deadline (local)"</th><th>"Tracks"</th><th></th></tr></thead>
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
    let href = format!("/staff/editions/{}", edition.id);
    let id = edition.id.to_string();
    view! {
        <tr>
            <td><A href=href>{edition.name.clone()}</A> {edition.is_current.then(|| view! { " " <span class="badge">"current"</span> })}</td>
            <td>{edition.city.clone()}</td>
            <td>{format!("{} – {}", edition.starts_on, edition.ends_on)}</td>
            <td>{edition.submission_deadline_local.replace('T', " ")} " " <span class="muted">{edition.time_zone.clone()}</span></td>
            <td>{edition.tracks.len()}</td>
            <td>
                {(!edition.is_current).then(|| view! {
                    <ActionForm action=make_current attr:class="inline-form">
                        <input type="hidden" name="id" value=id.clone()/>
                        <button type="submit" class="button small">"Make current"</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}

#[component]
pub fn NewEditionPage() -> impl IntoView {
    view! {
        <Title text="New edition"/>
        <RequireRole role=Role::Staff>
            <h1>"New edition"</h1>
            <EditionForm edition=None/>
        </RequireRole>
    }
}

#[component]
pub fn EditEditionPage() -> impl IntoView {
    let params = use_params_map();
    let edition = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        get_edition,
    );
    view! {
        <Title text="Edit edition"/>
        <RequireRole role=Role::Staff>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || edition.get().map(|r| match r {
                    Ok(e) => view! { <h1>{format!("Edit {}", e.name)}</h1> <EditionForm edition=Some(e)/> }.into_any(),
                    Err(_) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn EditionForm(edition: Option<Edition>) -> impl IntoView {
    let action = ServerAction::<SaveEdition>::new();
    let error = action_error(action);
    let e = edition.clone();
    let initial = move |f: fn(&Edition) -> String| e.as_ref().map(f);
    let tracks_default = edition
        .as_ref()
        .map(|e| e.tracks.join("\n"))
        .unwrap_or_else(|| DEFAULT_TRACKS.join("\n"));
    view! {
        <section class="card">
            <FormError error/>
            <ActionForm action attr:class="grid-form">
                <input type="hidden" name="id" value=edition.as_ref().map(|e| e.id.to_string()).unwrap_or_default()/>
                <Field label="Name" name="name" maxlength=120 required=true hint="e.g. GSIC 2026 Shanghai" initial=initial(|e| e.name.clone()) error/>
                <Field label="City" name="city" maxlength=80 required=true initial=initial(|e| e.city.clone()) error/>
                <Field label="First day" name="starts_on" kind="date" required=true initial=initial(|e| e.starts_on.to_string()) error/>
                <Field label="Last day" name="ends_on" kind="date" required=true initial=initial(|e| e.ends_on.to_string()) error/>
                <Field
                    label="Time zone"
                    name="time_zone"
                    required=true
                    hint="IANA name, e.g. Asia/Shanghai or Europe/London"
                    initial=edition.as_ref().map(|e| e.time_zone.clone()).unwrap_or_else(|| "Asia/Shanghai".into())
                    error
                />
                <Field
                    label="Submission deadline (local time)"
                    name="submission_deadline"
                    kind="datetime-local"
                    required=true
                    initial=initial(|e| e.submission_deadline_local.clone())
                    error
                />
                <TextAreaField label="Tracks" name="tracks" hint="One track per line, at most 30." initial=tracks_default error/>
                <div class="form-actions">
                    <Submit label="Save edition" pending=action.pending()/>
                    <A href="/staff/editions" attr:class="button">"Cancel"</A>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn InvitePage() -> impl IntoView {
    let action = ServerAction::<InviteUser>::new();
    let error = action_error(action);
    let selected = move |role: &str| {
        error
            .get()
            .and_then(|e| e.kept("role"))
            .is_some_and(|r| r == role)
    };
    view! {
        <Title text="Invite people"/>
        <RequireRole role=Role::Staff>
            <section class="card narrow">
                <h1>"Invite an investor or a colleague"</h1>
                <p class="muted">"They receive a link valid for 7 days to set their password. Someone who already has an account gains the role."</p>
                <FormError error/>
                <ActionForm action>
                    <Field label="Email" name="email" kind="email" required=true error/>
                    <div class="field" class:has-error=move || error.get().and_then(|e| e.field("role")).is_some()>
                        <label for="field-role">"Role"</label>
                        <select id="field-role" name="role">
                            <option value="investor" selected=move || !selected("staff")>"Investor (also judge)"</option>
                            <option value="staff" selected=move || selected("staff")>"Conference staff"</option>
                        </select>
                        <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("role"))}</p>
                    </div>
                    <Submit label="Send invitation" pending=action.pending()/>
                </ActionForm>
            </section>
        </RequireRole>
    }
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let messages = Resource::new(page, outbox);
    view! {
        <Title text="Outbox"/>
        <RequireRole role=Role::Staff>
            <h1>"Outbox"</h1>
            <PageNotice/>
            <Suspense fallback=|| view! { <p class="loading">"Loading messages…"</p> }>
                {move || messages.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error">{e.to_string()}</div> }.into_any(),
                    Ok(p) => view! {
                        <p class="muted">
                            {if p.smtp_enabled { "Messages are delivered over SMTP; this is the record. Links that carry a token (password resets, invitations) are hidden here and removed once sent: only the recipient has them." } else { "No SMTP server is configured: messages stay here for you to read and forward." }}
                            {format!(" {} message(s).", p.total)}
                        </p>
                        {(!p.smtp_enabled).then(|| view! {
                            <p class="alert alert-error" role="alert">
                                "The links below are live. Whoever opens a password-reset or invitation link can take over that account or join as that person: forward each one only to its recipient, and never share this page."
                            </p>
                        })}
                        <ol class="outbox">
                            {p.messages.into_iter().map(|m| view! { <OutboxItem message=m origin=p.link_origin.clone()/> }).collect_view()}
                        </ol>
                        <nav class="pager" aria-label="Pages">
                            {(p.page > 0).then(|| view! { <A href=format!("/staff/outbox?page={}", p.page - 1)>"← Newer"</A> })}
                            <span>{format!("Page {} of {}", p.page + 1, p.pages)}</span>
                            {(p.page + 1 < p.pages).then(|| view! { <A href=format!("/staff/outbox?page={}", p.page + 1)>"Older →"</A> })}
                        </nav>
                    }.into_any(),
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn OutboxItem(message: OutboxMessage, origin: String) -> impl IntoView {
    let status = match (&message.sent_at, &message.last_error) {
        (Some(at), _) => format!("sent {}", at.format("%Y-%m-%d %H:%M UTC")),
        (None, Some(err)) => format!("not delivered yet: {err}"),
        (None, None) => "queued".to_string(),
    };
    // A decision's emails wait out its undo window.
    let held = message.held_until.map(|at| {
        let (lang, time) = (crate::lang::use_lang(), at.format("%H:%M UTC").to_string());
        let text = crate::lang::t!(lang, "mail-outbox-held-until", time = time);
        format!(" · {text}")
    });
    view! {
        <li class="card outbox-item">
            <p class="meta">
                <strong>{message.subject.clone()}</strong> " → " {message.to_email.clone()}
                <span class="muted">{format!(" · {} · {status}", message.created_at.format("%Y-%m-%d %H:%M UTC"))}{held}</span>
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
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
    };
    let entries = Resource::new(page, crate::api::staff::audit_log);
    view! {
        <Title text="Audit log"/>
        <RequireRole role=Role::Staff>
            <h1>"Audit log"</h1>
            <p class="muted">"Who changed what, newest first. Entries are written in the same transaction as the change."</p>
            {crate::components::forms::loaded(entries, |p: wire::AuditPage| view! {
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr><th>"When (UTC)"</th><th>"Who"</th><th>"Action"</th><th>"Subject"</th><th>"Detail"</th></tr></thead>
                        <tbody>
                            {p.entries.into_iter().map(|e| view! {
                                <tr><td>{e.at}</td><td>{e.actor}</td><td>{e.action}</td><td>{e.subject}</td><td>{e.detail}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label="Pages">
                    {(p.page > 1).then(|| view! { <A href=format!("/staff/audit?page={}", p.page - 1)>"← Newer"</A> })}
                    <span>{format!("Page {}", p.page)}</span>
                    {p.has_next.then(|| view! { <A href=format!("/staff/audit?page={}", p.page + 1)>"Older →"</A> })}
                </nav>
            })}
        </RequireRole>
    }
}
