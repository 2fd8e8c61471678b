//! The public showcase of accepted startups, and the staff table of all submissions.
//! Both are driven by the URL's query, so filters work as plain GET forms without
//! JavaScript and every page can be linked and indexed.

use crate::api::showcase::{public_startup_page, showcase, staff_submissions};
use crate::components::filters::filter_options;
use crate::components::forms::loaded;
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::lang::{t, use_lang};
use crate::pages::startups::status_badge;
use crate::paths::encode;
use domain::account::Role;
use domain::lang::Lang;
use domain::startup::Stage;
use domain::submission::Status;
use domain::text::sort_key;
use i18n::format::local_date_time;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::{Form, A};
use wire::{PublicStartup, ShowcasePage, ShowcaseQuery, SubmissionQuery, SubmissionTable};

pub(crate) fn query_value(name: &'static str) -> impl Fn() -> String + Copy {
    let query = crate::route_state::query_map();
    move || query.read().get(name).unwrap_or_default()
}

fn stage_options(lang: Lang) -> Vec<(String, String)> {
    Stage::ALL
        .iter()
        .map(|&s| (s.as_str().to_string(), labels::stage(lang, s)))
        .collect()
}

/// Countries by code, named in the reader's language and in the order a reader of it
/// expects (Chinese names by pinyin).
fn country_options(lang: Lang, codes: &[String]) -> Vec<(String, String)> {
    let mut named: Vec<(String, String)> = codes
        .iter()
        .map(|c| (c.clone(), labels::country(lang, c)))
        .collect();
    named.sort_by_cached_key(|(_, name)| sort_key(name));
    named
}

#[component]
pub fn ShowcasePageView() -> impl IntoView {
    let lang = use_lang();
    let (track, country, stage, q, after) = (
        query_value("track"),
        query_value("country"),
        query_value("stage"),
        query_value("q"),
        query_value("after"),
    );
    let page = Resource::new(
        move || ShowcaseQuery {
            track: track(),
            country: country(),
            stage: stage(),
            q: q(),
            after: after(),
        },
        showcase,
    );
    view! {
        <Title text=t!(lang, "nav-showcase")/>
        <Meta name="description" content=t!(lang, "showcase-description")/>
        {loaded(page, move |p: ShowcasePage| {
            let next = p.next_after.clone().map(|a| {
                format!(
                    "/showcase?track={}&country={}&stage={}&q={}&after={}",
                    encode(&track()), encode(&country()), encode(&stage()), encode(&q()), encode(&a)
                )
            });
            view! {
                <header class="page-header">
                    <h1>{t!(lang, "showcase-heading", edition = p.edition_name.as_str())}</h1>
                    <p class="lead">{t!(lang, "showcase-lead", count = p.total)}</p>
                </header>
                <Form method="GET" action="/showcase" attr:class="filters" attr:role="search">
                    <label>{t!(lang, "showcase-track")}<select name="track">{filter_options(track(), p.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), t!(lang, "showcase-all-tracks"))}</select></label>
                    <label>{t!(lang, "showcase-country")}<select name="country">{filter_options(country(), country_options(lang, &p.countries), t!(lang, "showcase-all-countries"))}</select></label>
                    <label>{t!(lang, "showcase-stage")}<select name="stage">{filter_options(stage(), stage_options(lang), t!(lang, "showcase-all-stages"))}</select></label>
                    <label>{t!(lang, "showcase-name")}<input type="search" name="q" value=q() placeholder=t!(lang, "showcase-search-placeholder")/></label>
                    <button type="submit" class="button">{t!(lang, "showcase-filter")}</button>
                </Form>
                {if p.entries.is_empty() {
                    view! { <p class="muted">{t!(lang, "showcase-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="showcase-grid">
                            {p.entries.clone().into_iter().map(|e| view! {
                                <li class="card showcase-card">
                                    {e.logo_url.clone().map(|src| view! { <img class="logo" src=src alt="" width="56" height="56" loading="lazy"/> })}
                                    <h2><A href=format!("/showcase/{}", e.startup_id)>{e.name.clone()}</A></h2>
                                    <p>{e.one_liner.clone()}</p>
                                    <p class="muted">{e.track.clone()} " · " {labels::stage(lang, e.stage)} " · " {labels::country(lang, &e.country)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <nav class="pager" aria-label=t!(lang, "showcase-pages")>
                    {(!after().is_empty()).then(|| view! { <A href="/showcase">{t!(lang, "showcase-first-page")}</A> })}
                    {next.map(|href| view! { <a href=href rel="next">{t!(lang, "showcase-next-page")}</a> })}
                </nav>
            }
        })}
    }
}

#[component]
pub fn PublicStartupView() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
    let startup = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        public_startup_page,
    );
    view! {
        {loaded(startup, move |s: PublicStartup| view! {
            <Title text=s.name.clone()/>
            <Meta name="description" content=s.one_liner.clone()/>
            <article class="card public-startup">
                <header class="page-header with-logo">
                    {s.logo_url.clone().map(|src| view! { <img class="logo large" src=src alt=t!(lang, "startup-logo-alt", name = s.name.as_str())/> })}
                    <div>
                        <p class="eyebrow">{s.edition_name.clone()} " · " {s.track.clone()}</p>
                        <h1>{s.name.clone()}</h1>
                        <p class="lead">{s.one_liner.clone()}</p>
                    </div>
                </header>
                <p>{s.description.clone()}</p>
                <dl class="facts">
                    <dt>{t!(lang, "showcase-pitch")}</dt><dd>{s.pitch_title.clone()}</dd>
                    <dt>{t!(lang, "showcase-stage")}</dt><dd>{labels::stage(lang, s.stage)}</dd>
                    <dt>{t!(lang, "showcase-based-in")}</dt>
                    <dd>{t!(lang, "showcase-based-in-value", city = s.city.as_str(), country = labels::country(lang, &s.country))}</dd>
                    <dt>{t!(lang, "showcase-founded")}</dt><dd>{s.founded_year}</dd>
                    <dt>{t!(lang, "showcase-sectors")}</dt><dd>{s.sectors.join(&t!(lang, "startup-list-separator"))}</dd>
                    {s.website.clone().map(|w| view! { <dt>{t!(lang, "showcase-website")}</dt><dd><a href=w.clone() rel="nofollow noopener">{w.clone()}</a></dd> })}
                </dl>
                <p><A href="/showcase">{t!(lang, "showcase-all-startups")}</A></p>
            </article>
            {params.read_untracked().get("id").and_then(|id| id.parse::<uuid::Uuid>().ok()).map(|startup| view! {
                <crate::pages::meetings::RequestIfInvestor startup/>
            })}
        })}
    }
}

fn statuses(lang: Lang) -> Vec<(String, String)> {
    Status::ALL
        .iter()
        .filter(|s| **s != Status::Draft)
        .map(|&s| (s.as_str().to_string(), labels::status(lang, s)))
        .collect()
}

#[component]
pub fn StaffSubmissionsPage() -> impl IntoView {
    let lang = use_lang();
    let (track, status, country, stage, q, sort, page_no) = (
        query_value("track"),
        query_value("status"),
        query_value("country"),
        query_value("stage"),
        query_value("q"),
        query_value("sort"),
        query_value("page"),
    );
    let table = Resource::new(
        move || SubmissionQuery {
            edition: String::new(),
            track: track(),
            status: status(),
            country: country(),
            stage: stage(),
            q: q(),
            sort: sort(),
            page: page_no(),
        },
        staff_submissions,
    );
    let link = move |order: String, page: u64| {
        format!(
            "/staff/submissions?track={}&status={}&country={}&stage={}&q={}&sort={}&page={page}",
            encode(&track()),
            encode(&status()),
            encode(&country()),
            encode(&stage()),
            encode(&q()),
            encode(&order)
        )
    };
    let sort_link = move |key: &'static str, label: String| {
        let next = if sort() == key {
            format!("-{key}")
        } else {
            key.to_string()
        };
        view! { <a href=link(next, 1)>{label}</a> }
    };
    view! {
        <Title text=t!(lang, "nav-submissions")/>
        <RequireRole role=Role::Staff>
            {loaded(table, move |t: SubmissionTable| view! {
                <header class="page-header">
                    <h1>{t!(lang, "submissions-heading", edition = t.edition_name.as_str())}</h1>
                    <p class="lead">{t!(lang, "submissions-lead", count = t.total)}</p>
                    <p class="attendance-counts">{if t.attendance_asked {
                        t!(
                            lang,
                            "submissions-attendance-counts",
                            confirmed = t.attendance.confirmed,
                            declined = t.attendance.declined,
                            unanswered = t.attendance.unanswered
                        )
                    } else {
                        t!(lang, "submissions-attendance-not-asked")
                    }}</p>
                </header>
                <Form method="GET" action="/staff/submissions" attr:class="filters" attr:role="search">
                    <label>{t!(lang, "showcase-track")}<select name="track">{filter_options(track(), t.tracks.iter().map(|x| (x.clone(), x.clone())).collect(), t!(lang, "showcase-all-tracks"))}</select></label>
                    <label>{t!(lang, "submissions-status")}<select name="status">{filter_options(status(), statuses(lang), t!(lang, "submissions-all-statuses"))}</select></label>
                    <label>{t!(lang, "showcase-country")}<input name="country" value=country() size="4" placeholder=t!(lang, "submissions-country-placeholder")/></label>
                    <label>{t!(lang, "showcase-stage")}<select name="stage">{filter_options(stage(), stage_options(lang), t!(lang, "showcase-all-stages"))}</select></label>
                    <label>{t!(lang, "submissions-search")}<input type="search" name="q" value=q() placeholder=t!(lang, "submissions-search-placeholder")/></label>
                    <input type="hidden" name="sort" value=sort()/>
                    <button type="submit" class="button">{t!(lang, "showcase-filter")}</button>
                </Form>
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr>
                            <th>{sort_link("name", t!(lang, "submissions-startup"))}</th>
                            <th>{t!(lang, "submissions-pitch")}</th>
                            <th>{sort_link("track", t!(lang, "showcase-track"))}</th>
                            <th>{sort_link("status", t!(lang, "submissions-status"))}</th>
                            <th>{sort_link("country", t!(lang, "showcase-country"))}</th>
                            <th>{t!(lang, "showcase-stage")}</th>
                            <th>
                                {sort_link("submitted", t!(lang, "submissions-submitted"))} " "
                                <span class="muted">{t!(lang, "submissions-zone", zone = i18n::format::zone_name(lang, &t.time_zone))}</span>
                            </th>
                            <th>{t!(lang, "submissions-deck")}</th>
                            <th>{t!(lang, "submissions-attendance")}</th>
                        </tr></thead>
                        <tbody>
                            {t.rows.clone().into_iter().map(|r| view! {
                                <tr>
                                    <td><A href=format!("/startups/{}", r.startup_id)>{r.startup_name.clone()}</A></td>
                                    <td><A href=format!("/startups/{}/pitch", r.startup_id)>{r.title.clone()}</A></td>
                                    <td>{r.track.clone()}</td>
                                    <td>{status_badge(r.status)}</td>
                                    <td><abbr title=labels::country(lang, &r.country)>{r.country.clone()}</abbr></td>
                                    <td>{labels::stage(lang, r.stage)}</td>
                                    <td>{submitted_at(lang, &r.submitted_local)}</td>
                                    <td>{r.has_deck.then(|| view! { <a href=format!("/files/decks/{}", r.id) download>{t!(lang, "submissions-pdf")}</a> })}</td>
                                    <td>{attendance_cell(lang, r.status, r.attendance.clone())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label=t!(lang, "showcase-pages")>
                    {(t.page > 1).then(|| view! { <a href=link(sort(), t.page - 1) rel="prev">{t!(lang, "submissions-previous")}</a> })}
                    <span>{t!(lang, "submissions-page-of", page = t.page, pages = t.pages)}</span>
                    {(t.page < t.pages).then(|| view! { <a href=link(sort(), t.page + 1) rel="next">{t!(lang, "submissions-next")}</a> })}
                </nav>
            })}
        </RequireRole>
    }
}

/// An accepted pitch's answer to "will you pitch?" (with the reason of a decline);
/// nothing for a pitch that was never asked.
fn attendance_cell(lang: Lang, status: Status, mark: Option<wire::AttendanceMark>) -> AnyView {
    use domain::attendance::Answer;
    match mark {
        Some(m) => {
            let (label, class) = match m.answer {
                Answer::Confirmed => (
                    t!(lang, "submissions-attendance-confirmed"),
                    "badge status-accepted",
                ),
                Answer::Declined => (t!(lang, "submissions-attendance-declined"), "badge warn"),
            };
            view! {
                <span class=class>{label}</span>
                {(!m.reason.is_empty()).then(|| view! { <br/><small class="muted pre-line">{m.reason.clone()}</small> })}
            }
            .into_any()
        }
        None if status == Status::Accepted => {
            view! { <span class="muted">{t!(lang, "submissions-attendance-none")}</span> }
                .into_any()
        }
        None => ().into_any(),
    }
}

/// A submission time (`YYYY-MM-DDTHH:MM` in the edition's zone, named in the column
/// heading) as the reader writes dates; empty if never submitted.
fn submitted_at(lang: Lang, local: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
        .map(|at| local_date_time(lang, at))
        .unwrap_or_else(|_| local.replace('T', " "))
}
