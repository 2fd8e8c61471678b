//! The public showcase of accepted startups, and the staff table of all submissions.
//! Both are driven by the URL's query, so filters work as plain GET forms without
//! JavaScript and every page can be linked and indexed.

use crate::api::showcase::{public_startup_page, showcase, staff_submissions};
use crate::components::forms::loaded;
use crate::components::layout::RequireRole;
use crate::pages::startups::status_badge;
use crate::paths::encode;
use domain::account::Role;
use domain::startup::Stage;
use domain::submission::Status;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::{Form, A};
use leptos_router::hooks::{use_params_map, use_query_map};
use wire::{PublicStartup, ShowcasePage, ShowcaseQuery, SubmissionQuery, SubmissionTable};

pub(crate) fn query_value(name: &'static str) -> impl Fn() -> String + Copy {
    let query = use_query_map();
    move || query.read().get(name).unwrap_or_default()
}

pub(crate) fn options(
    selected: String,
    all: Vec<(String, String)>,
    prompt: &'static str,
) -> impl IntoView {
    let none = selected.is_empty();
    view! {
        <option value="" selected=none>{prompt}</option>
        {all.into_iter().map(|(value, label)| {
            let is = value == selected;
            view! { <option value=value selected=is>{label}</option> }
        }).collect_view()}
    }
}

fn stage_options() -> Vec<(String, String)> {
    Stage::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), s.label().to_string()))
        .collect()
}

#[component]
pub fn ShowcasePageView() -> impl IntoView {
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
        <Title text="Showcase"/>
        <Meta name="description" content="Startups selected to pitch at the Global Startup Investment Conference."/>
        {loaded(page, move |p: ShowcasePage| {
            let next = p.next_after.clone().map(|a| {
                format!(
                    "/showcase?track={}&country={}&stage={}&q={}&after={}",
                    encode(&track()), encode(&country()), encode(&stage()), encode(&q()), encode(&a)
                )
            });
            view! {
                <header class="page-header">
                    <h1>"Showcase · " {p.edition_name.clone()}</h1>
                    <p class="lead">"The startups selected to pitch on stage. " {p.total} " match your filters."</p>
                </header>
                <Form method="GET" action="/showcase" attr:class="filters" attr:role="search">
                    <label>"Track" <select name="track">{options(track(), p.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), "All tracks")}</select></label>
                    <label>"Country" <select name="country">{options(country(), p.countries.clone(), "All countries")}</select></label>
                    <label>"Stage" <select name="stage">{options(stage(), stage_options(), "All stages")}</select></label>
                    <label>"Name" <input type="search" name="q" value=q() placeholder="Search by name"/></label>
                    <button type="submit" class="button">"Filter"</button>
                </Form>
                {if p.entries.is_empty() {
                    view! { <p class="muted">"No startup matches these filters yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="showcase-grid">
                            {p.entries.clone().into_iter().map(|e| view! {
                                <li class="card showcase-card">
                                    {e.logo_url.clone().map(|src| view! { <img class="logo" src=src alt="" width="56" height="56" loading="lazy"/> })}
                                    <h2><A href=format!("/showcase/{}", e.startup_id)>{e.name.clone()}</A></h2>
                                    <p>{e.one_liner.clone()}</p>
                                    <p class="muted">{e.track.clone()} " · " {e.stage.clone()} " · " {e.country.clone()}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <nav class="pager" aria-label="Pages">
                    {(!after().is_empty()).then(|| view! { <A href="/showcase">"← First page"</A> })}
                    {next.map(|href| view! { <a href=href rel="next">"Next page →"</a> })}
                </nav>
            }
        })}
    }
}

#[component]
pub fn PublicStartupView() -> impl IntoView {
    let params = use_params_map();
    let startup = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        public_startup_page,
    );
    view! {
        {loaded(startup, |s: PublicStartup| view! {
            <Title text=s.name.clone()/>
            <Meta name="description" content=s.one_liner.clone()/>
            <article class="card public-startup">
                <header class="page-header with-logo">
                    {s.logo_url.clone().map(|src| view! { <img class="logo large" src=src alt=format!("{} logo", s.name)/> })}
                    <div>
                        <p class="eyebrow">{s.edition_name.clone()} " · " {s.track.clone()}</p>
                        <h1>{s.name.clone()}</h1>
                        <p class="lead">{s.one_liner.clone()}</p>
                    </div>
                </header>
                <p>{s.description.clone()}</p>
                <dl class="facts">
                    <dt>"Pitch"</dt><dd>{s.pitch_title.clone()}</dd>
                    <dt>"Stage"</dt><dd>{s.stage.clone()}</dd>
                    <dt>"Based in"</dt><dd>{s.city.clone()} ", " {s.country.clone()}</dd>
                    <dt>"Founded"</dt><dd>{s.founded_year}</dd>
                    <dt>"Sectors"</dt><dd>{s.sectors.join(", ")}</dd>
                    {s.website.clone().map(|w| view! { <dt>"Website"</dt><dd><a href=w.clone() rel="nofollow noopener">{w.clone()}</a></dd> })}
                </dl>
                <p><A href="/showcase">"← All startups"</A></p>
            </article>
        })}
    }
}

fn statuses() -> Vec<(String, String)> {
    Status::ALL
        .iter()
        .filter(|s| **s != Status::Draft)
        .map(|s| (s.as_str().to_string(), s.label().to_string()))
        .collect()
}

#[component]
pub fn StaffSubmissionsPage() -> impl IntoView {
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
    let link = move |sort_key: String, page: u64| {
        format!(
            "/staff/submissions?track={}&status={}&country={}&stage={}&q={}&sort={}&page={page}",
            encode(&track()),
            encode(&status()),
            encode(&country()),
            encode(&stage()),
            encode(&q()),
            encode(&sort_key)
        )
    };
    let sort_link = move |key: &'static str, label: &'static str| {
        let next = if sort() == key {
            format!("-{key}")
        } else {
            key.to_string()
        };
        view! { <a href=link(next, 1)>{label}</a> }
    };
    view! {
        <Title text="Submissions"/>
        <RequireRole role=Role::Staff>
            {loaded(table, move |t: SubmissionTable| view! {
                <header class="page-header">
                    <h1>"Submissions · " {t.edition_name.clone()}</h1>
                    <p class="lead">{t.total} " submissions match. Drafts (and their decks) stay private to their teams until submitted."</p>
                </header>
                <Form method="GET" action="/staff/submissions" attr:class="filters" attr:role="search">
                    <label>"Track" <select name="track">{options(track(), t.tracks.iter().map(|x| (x.clone(), x.clone())).collect(), "All tracks")}</select></label>
                    <label>"Status" <select name="status">{options(status(), statuses(), "All statuses")}</select></label>
                    <label>"Country" <input name="country" value=country() size="4" placeholder="e.g. CN"/></label>
                    <label>"Stage" <select name="stage">{options(stage(), stage_options(), "All stages")}</select></label>
                    <label>"Search" <input type="search" name="q" value=q() placeholder="Startup name"/></label>
                    <input type="hidden" name="sort" value=sort()/>
                    <button type="submit" class="button">"Filter"</button>
                </Form>
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr>
                            <th>{sort_link("name", "Startup")}</th>
                            <th>"Pitch"</th>
                            <th>{sort_link("track", "Track")}</th>
                            <th>{sort_link("status", "Status")}</th>
                            <th>{sort_link("country", "Country")}</th>
                            <th>"Stage"</th>
                            <th>{sort_link("submitted", "Submitted")}</th>
                            <th>"Deck"</th>
                        </tr></thead>
                        <tbody>
                            {t.rows.clone().into_iter().map(|r| view! {
                                <tr>
                                    <td><A href=format!("/startups/{}", r.startup_id)>{r.startup_name.clone()}</A></td>
                                    <td><A href=format!("/startups/{}/pitch", r.startup_id)>{r.title.clone()}</A></td>
                                    <td>{r.track.clone()}</td>
                                    <td>{status_badge(r.status)}</td>
                                    <td>{r.country.clone()}</td>
                                    <td>{r.stage.clone()}</td>
                                    <td>{r.submitted_local.clone()}</td>
                                    <td>{r.has_deck.then(|| view! { <a href=format!("/files/decks/{}", r.id) download>"PDF"</a> })}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label="Pages">
                    {(t.page > 1).then(|| view! { <a href=link(sort(), t.page - 1) rel="prev">"← Previous"</a> })}
                    <span>"Page " {t.page} " of " {t.pages}</span>
                    {(t.page < t.pages).then(|| view! { <a href=link(sort(), t.page + 1) rel="next">"Next →"</a> })}
                </nav>
            })}
        </RequireRole>
    }
}
