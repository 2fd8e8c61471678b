//! Staff run judging: review setup and rubric, assignments, the ranking with judge
//! calibration, decisions, and each pitch's reviews with feedback release.

use crate::api::judging::{
    get_assignment_board, get_ranking, get_review_setup, get_submission_reviews, preview_decision,
    AssignReviewer, AutoAssign, Decide, ReleaseFeedback, SaveReviewSetup, UnassignReviewer,
    UndoDecision,
};
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::layout::RequireRole;
use crate::notice::{Notice, PageNotice};
use crate::pages::auth::action_error;
use crate::pages::showcase::{options, query_value};
use crate::pages::startups::status_badge;
use crate::paths::{encode, judging_board};
use domain::account::Role;
use domain::assignment::JudgePick;
use domain::review::{Decision, Visibility};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::{use_location, use_params_map};
use uuid::Uuid;
use wire::{
    AssignmentBoard, AssignmentRow, BoardQuery, DecisionPreview, Ranking, RankingQuery,
    ReviewSetup, SubmissionReviews,
};

fn uuid_of(raw: String) -> Option<Uuid> {
    Uuid::parse_str(raw.trim()).ok()
}

pub(crate) fn score(value: Option<f64>) -> String {
    value
        .map(|v| format!("{v:.2}"))
        .unwrap_or_else(|| "–".into())
}

#[component]
pub fn JudgingPage() -> impl IntoView {
    let location = use_location();
    let edition = query_value("edition");
    let setup = Resource::new(
        move || location.search.get(),
        move |_| get_review_setup(uuid_of(edition())),
    );
    let (track, page) = (query_value("track"), query_value("page"));
    let board = Resource::new(
        move || location.search.get(),
        move |_| {
            get_assignment_board(BoardQuery {
                edition: uuid_of(edition()),
                track: track(),
                page: page(),
            })
        },
    );
    let assigned = query_value("assigned");
    let short = query_value("short");
    view! {
        <Title text="Judging"/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>"Judging"</h1>
                <p class="lead">"Set the rubric and how review runs, then give every submitted pitch its reviewers. Judges with a conflict of interest are never assigned."</p>
            </header>
            <PageNotice/>
            {move || (!assigned().is_empty()).then(|| view! {
                <div class="alert alert-ok" role="status">
                    {format!("{} new assignments made.", assigned())}
                    {(short() != "0" && !short().is_empty()).then(|| format!(" {} pitches are short of reviewers: not enough judges without a conflict.", short()))}
                </div>
            })}
            {loaded(setup, |s: ReviewSetup| view! { <SetupForm setup=s/> })}
            {loaded(board, |b: AssignmentBoard| view! { <Board board=b/> })}
        </RequireRole>
    }
}

#[component]
fn SetupForm(setup: ReviewSetup) -> impl IntoView {
    let action = ServerAction::<SaveReviewSetup>::new();
    let error = action_error(action);
    let form = setup.form.clone();
    let visibilities: Vec<(String, String)> = Visibility::ALL
        .iter()
        .map(|v| (v.as_str().to_string(), v.label().to_string()))
        .collect();
    view! {
        <section class="card" aria-labelledby="setup-title">
            <h2 id="setup-title">"Review setup · " {setup.edition_name.clone()}</h2>
            {setup.rubric_locked.then(|| view! {
                <p class="hint">"Judges have scored pitches already: criteria, weights and scales are fixed now. Guidance text and the settings below can still change."</p>
            })}
            <FormError error/>
            <ActionForm action attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=setup.edition_id.to_string()/>
                <TextAreaField
                    label="Rubric"
                    name="rubric"
                    hint="One criterion a line: name | weight | scale (5 or 10) | guidance for judges. At most 10."
                    initial=form.rubric.clone()
                    rows=8
                    error
                />
                <Field label="Reviews per pitch" name="reviews_per_pitch" kind="number" hint="How many judges score each pitch, 1 to 10." initial=form.reviews_per_pitch.clone() error/>
                <SelectField label="Judges see each other's scores" name="visibility" options=visibilities initial=form.visibility.clone() error/>
                <CheckboxField label="Review phase open (judges can write and change reviews)" name="phase_open" initial=form.phase_open == "on" error/>
                <CheckboxField label="Blind review (startup and founder names hidden from judges)" name="blind" initial=form.blind == "on" error/>
                <p class="hint">"Pitchline hides the names it prints (headings, page titles, deck file names) and masks the startup's name in the founders' own text. It cannot edit decks: founders are asked to leave their name out of them."</p>
                <CheckboxField label="Judges may also review pitches not assigned to them" name="browse" initial=form.browse == "on" error/>
                <div class="form-actions">
                    <Submit label="Save review setup" pending=action.pending()/>
                </div>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn Board(board: AssignmentBoard) -> impl IntoView {
    let auto = ServerAction::<AutoAssign>::new();
    let auto_error = action_error(auto);
    let edition = board.edition_id;
    let here = StoredValue::new((board.track.clone(), board.page));
    let first = (board.page - 1) * 50 + 1;
    let last = first + board.rows.len() as u64 - 1;
    let link = move |page: u64| judging_board(edition, &here.get_value().0, page);
    view! {
        <section class="card" aria-labelledby="board-title">
            <div class="card-head">
                <h2 id="board-title">"Assignments"</h2>
                <ActionForm action=auto attr:class="inline-form">
                    <input type="hidden" name="edition" value=edition.to_string()/>
                    <Submit label="Assign reviewers automatically" pending=auto.pending()/>
                </ActionForm>
            </div>
            <FormError error=auto_error/>
            <p class="hint">
                {format!(
                    "{} reviewers per pitch. Reviews already written are kept. Judges' loads: {} to {} pitches.",
                    board.reviews_per_pitch, board.min_load, board.max_load
                )}
            </p>
            <Form method="GET" action="/staff/judging" attr:class="filters" attr:role="search">
                <input type="hidden" name="edition" value=edition.to_string()/>
                <label>"Track" <select name="track">{options(board.track.clone(), board.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), "All tracks")}</select></label>
                <button type="submit" class="button">"Show"</button>
            </Form>
            {if board.rows.is_empty() {
                view! { <p>"No submitted pitches yet."</p> }.into_any()
            } else {
                view! { <p class="hint" aria-live="polite">{format!("Pitches {first}–{last} of {}", board.total)}</p> }.into_any()
            }}
            // One list of judges for every row's "add a reviewer" field: a page of 50
            // rows does not repeat hundreds of options 50 times.
            <datalist id="judge-list">
                {board.judges.iter().map(|j| {
                    let label = format!("{} assigned", j.load);
                    view! { <option value=JudgePick::label(&j.name, &j.email) label=label></option> }
                }).collect_view()}
            </datalist>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr><th>"Startup"</th><th>"Track"</th><th>"Status"</th><th>"Reviewers"</th><th>"Add a reviewer"</th><th>"Conflicts"</th></tr></thead>
                    <tbody>
                        {board.rows.clone().into_iter().map(|row| view! { <BoardRow row here/> }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(board.pages > 1).then(|| view! {
                <nav class="pager" aria-label="Pages">
                    {(board.page > 1).then(|| view! { <a href=link(board.page - 1) rel="prev">"← Previous"</a> })}
                    <span>"Page " {board.page} " of " {board.pages}</span>
                    {(board.page < board.pages).then(|| view! { <a href=link(board.page + 1) rel="next">"Next →"</a> })}
                </nav>
            })}
        </section>
    }
    .into_any()
}

/// Where an add or remove form sends staff back to: the same filter and page.
fn back_to_page(here: StoredValue<(String, u64)>) -> impl IntoView {
    let (track, page) = here.get_value();
    view! {
        <input type="hidden" name="track" value=track/>
        <input type="hidden" name="page" value=page.to_string()/>
    }
}

#[component]
fn BoardRow(row: AssignmentRow, here: StoredValue<(String, u64)>) -> impl IntoView {
    let add = ServerAction::<AssignReviewer>::new();
    let add_error = action_error(add);
    let submission = row.submission_id.to_string();
    let row_id = submission.clone();
    // What staff typed stays in the field after a refusal, on the row it came from.
    let typed = {
        let row_id = row_id.clone();
        move || {
            add_error
                .get()
                .filter(|e| e.kept("submission").is_some_and(|s| s == row_id))
                .and_then(|e| e.kept("investor"))
                .unwrap_or_default()
        }
    };
    view! {
        <tr id=format!("pitch-{}", row.submission_id)>
            <td><A href=format!("/staff/reviews/{}", row.submission_id)>{row.startup_name.clone()}</A></td>
            <td>{row.track.clone()}</td>
            <td>{status_badge(row.status)}</td>
            <td>
                <ul class="chips">
                    {row.reviewers.clone().into_iter().map(|r| {
                        let remove = ServerAction::<UnassignReviewer>::new();
                        let label = format!("Remove {}", r.name);
                        view! {
                            <li class="chip">
                                {r.name.clone()}
                                {r.reviewed.then_some(" ✓")}
                                <ActionForm action=remove attr:class="inline-form">
                                    <input type="hidden" name="submission" value=row.submission_id.to_string()/>
                                    <input type="hidden" name="investor" value=r.investor_id.to_string()/>
                                    {back_to_page(here)}
                                    <button type="submit" class="button link small" aria-label=label>"×"</button>
                                </ActionForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </td>
            <td>
                <ActionForm action=add attr:class="inline-form">
                    <input type="hidden" name="submission" value=submission/>
                    {back_to_page(here)}
                    <label class="visually-hidden" for=format!("add-{}", row.submission_id)>"Reviewer to add"</label>
                    <input
                        type="text"
                        name="investor"
                        id=format!("add-{}", row.submission_id)
                        list="judge-list"
                        placeholder="Type a judge's name"
                        autocomplete="off"
                        value=typed
                    />
                    <button type="submit" class="button small">"Add"</button>
                </ActionForm>
                // Every row posts to the same server function: show its refusal only on
                // the row it came from (the error keeps which pitch it was).
                <p class="field-error" role="alert">{move || {
                    add_error
                        .get()
                        .filter(|e| e.kept("submission").is_none_or(|s| s == row_id))
                        .map(|e| e.field("investor").unwrap_or_else(|| e.to_string()))
                }}</p>
            </td>
            <td>
                <ul class="plain">
                    {row.conflicts.clone().into_iter().map(|c| view! {
                        <li>{c.investor_name.clone()} ": " {crate::components::problems::conflict_reason(crate::lang::use_lang(), &c.reason)} {c.automatic.then_some(" (found automatically)")}</li>
                    }).collect_view()}
                </ul>
            </td>
        </tr>
    }
    .into_any()
}

fn decision_options() -> Vec<(String, String)> {
    Decision::ALL
        .iter()
        .map(|d| (d.as_str().to_string(), d.label().to_string()))
        .collect()
}

#[component]
pub fn RankingPage() -> impl IntoView {
    let (edition, track, sort, page, judge_page) = (
        query_value("edition"),
        query_value("track"),
        query_value("sort"),
        query_value("page"),
        query_value("judge_page"),
    );
    let location = use_location();
    let ranking = Resource::new(
        move || {
            (
                location.search.get(),
                edition(),
                track(),
                sort(),
                page(),
                judge_page(),
            )
        },
        move |(_, edition, track, sort, page, judge_page)| {
            get_ranking(RankingQuery {
                edition: uuid_of(edition),
                track,
                sort,
                page,
                judge_page,
            })
        },
    );
    view! {
        <Title text="Ranking"/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>"Ranking"</h1>
                <p class="lead">"The normalised mean turns each score into a z-score against its judge's own habits, so harsh and lenient judges count alike. A wide ± means the judges disagree or few have scored."</p>
            </header>
            {move || {
                let notice = query_value(Notice::PARAM)();
                let count = query_value("count")().parse::<u32>().unwrap_or(0);
                let batch = uuid_of(query_value("undo")());
                if notice == Notice::DecisionUndone.code() {
                    return Some(view! { <div class="alert alert-ok" role="status">{format!("Decision undone: {count} pitches are back where they were, and no email was sent.")}</div> }.into_any());
                }
                (notice == Notice::Decided.code()).then(|| view! { <DecidedNotice count batch/> }.into_any())
            }}
            {loaded(ranking, move |r: Ranking| view! { <RankingView ranking=r track=track() sort=sort()/> })}
        </RequireRole>
    }
}

/// A ranking address: the same filter and order, on these pages (a plain link, so paging
/// works without JavaScript).
fn ranking_link(edition: Uuid, track: &str, sort: &str, page: u64, judge_page: u64) -> String {
    format!(
        "/staff/ranking?edition={edition}&track={}&sort={}&page={page}&judge_page={judge_page}",
        encode(track),
        encode(sort)
    )
}

/// After a decision: what changed, when the founders will be emailed, and an undo
/// button until then.
#[component]
fn DecidedNotice(count: u32, batch: Option<Uuid>) -> impl IntoView {
    let undo = ServerAction::<UndoDecision>::new();
    let error = action_error(undo);
    let here = use_location();
    // `search` comes without its `?`.
    let back = match here.search.get_untracked() {
        q if q.is_empty() => here.pathname.get_untracked(),
        q => format!(
            "{}?{}",
            here.pathname.get_untracked(),
            q.trim_start_matches('?')
        ),
    };
    view! {
        <div class="alert alert-ok" role="status">
            {match batch {
                Some(_) => format!("Decision recorded for {count} pitches. Their founders are emailed in 3 minutes unless you undo it."),
                None => "Nothing changed: the ticked pitches had that decision already.".to_string(),
            }}
            {batch.map(|batch| view! {
                <ActionForm action=undo attr:class="inline-form">
                    <input type="hidden" name="batch" value=batch.to_string()/>
                    <input type="hidden" name="back" value=back/>
                    <button type="submit" class="button small">"Undo"</button>
                </ActionForm>
            })}
        </div>
        <FormError error/>
    }
    .into_any()
}

#[component]
fn RankingView(ranking: Ranking, track: String, sort: String) -> impl IntoView {
    let (kept_track, kept_sort) = (track.clone(), sort.clone());
    let link = {
        let (track, sort, edition) = (track.clone(), sort.clone(), ranking.edition_id);
        move |page: u64, judge_page: u64| ranking_link(edition, &track, &sort, page, judge_page)
    };
    let (page, pages, judge_page, judge_pages) = (
        ranking.page,
        ranking.pages,
        ranking.judge_page,
        ranking.judge_pages,
    );
    let pitch_pager = view! {
        <nav class="pager" aria-label="Pages of pitches">
            {(page > 1).then(|| view! { <a href=link(page - 1, judge_page) rel="prev">"← Previous"</a> })}
            <span>{format!("Page {page} of {pages} · {} pitches", ranking.total)}</span>
            {(page < pages).then(|| view! { <a href=link(page + 1, judge_page) rel="next">"Next →"</a> })}
        </nav>
    };
    let judge_pager = (judge_pages > 1).then(|| view! {
        <nav class="pager" aria-label="Pages of judges">
            {(judge_page > 1).then(|| view! { <a href=link(page, judge_page - 1) rel="prev">"← Previous judges"</a> })}
            <span>{format!("Judges page {judge_page} of {judge_pages} · {} judges", ranking.judge_total)}</span>
            {(judge_page < judge_pages).then(|| view! { <a href=link(page, judge_page + 1) rel="next">"Next judges →"</a> })}
        </nav>
    });
    let sorts: Vec<(String, String)> = [
        ("raw", "Raw mean"),
        ("reviews", "Number of reviews"),
        ("se", "Least certain first"),
        ("name", "Name"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    view! {
        <Form method="GET" action="/staff/ranking" attr:class="filters" attr:role="search">
            <input type="hidden" name="edition" value=ranking.edition_id.to_string()/>
            <label>"Track" <select name="track">{options(track.clone(), ranking.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), "All tracks")}</select></label>
            <label>"Sort by" <select name="sort">{options(sort.clone(), sorts, "Normalised mean")}</select></label>
            <button type="submit" class="button">"Show"</button>
        </Form>
        <section class="card" aria-labelledby="ranking-title">
            <h2 id="ranking-title">{ranking.edition_name.clone()} {ranking.panel_mean.map(|m| format!(" · panel mean {m:.2}"))}</h2>
            <p class="hint">{format!("Normalised means, ± and judge offsets computed {} (again on the first view after a review changes); counts and raw means are always current.", ranking.normalised_at)}</p>
            // Ticking and choosing lead to a confirmation page that lists what will change;
            // nothing is decided (and no founder emailed) from this form itself.
            <Form method="GET" action="/staff/ranking/confirm" attr:class="ranking-form">
                <input type="hidden" name="edition" value=ranking.edition_id.to_string()/>
                <input type="hidden" name="track" value=kept_track/>
                <input type="hidden" name="sort" value=kept_sort/>
                <input type="hidden" name="page" value=page.to_string()/>
                <input type="hidden" name="judge_page" value=judge_page.to_string()/>
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr>
                            <th><span class="visually-hidden">"Pick"</span></th>
                            <th>"#"</th><th>"Startup"</th><th>"Track"</th><th>"Status"</th>
                            <th>"Reviews"</th><th>"Raw mean"</th><th>"Normalised mean"</th><th>"±"</th>
                            <th>"Disagreement"</th><th>"Stars"</th><th>"Meeting requests"</th>
                        </tr></thead>
                        <tbody>
                            {ranking.rows.clone().into_iter().map(|r| {
                                let pick = format!("pick-{}", r.submission_id);
                                let name = r.startup_name.clone();
                                view! {
                                    <tr>
                                        <td><input type="checkbox" name="ids" value=r.submission_id.to_string() id=pick.clone() aria-label=format!("Pick {name}")/></td>
                                        <td>{r.rank}</td>
                                        <td><A href=format!("/staff/reviews/{}", r.submission_id)>{r.startup_name.clone()}</A></td>
                                        <td>{r.track.clone()}</td>
                                        <td>{status_badge(r.status)}</td>
                                        <td>{format!("{} of {}", r.reviews, r.assigned.max(r.reviews))}</td>
                                        <td class="num">{score(r.raw_mean)}</td>
                                        <td class="num">{score(r.normalised_mean)}</td>
                                        <td class="num">{r.standard_error.map(|s| format!("±{s:.2}")).unwrap_or_else(|| "–".into())}</td>
                                        <td>{r.disagreement.then(|| view! { <span class="badge warn">"Judges disagree"</span> })}</td>
                                        <td class="num">{r.stars}</td>
                                        <td class="num">{r.meeting_requests}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {pitch_pager}
                <p class="hint">"A decision applies to the pitches ticked on this page; the next step lists them by name before anything changes."</p>
                <div class="form-actions">
                    <label for="decision">"Decision for the ticked pitches"</label>
                    <select name="decision" id="decision">
                        {decision_options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button primary">"Review decision…"</button>
                </div>
            </Form>
        </section>
        <section class="card" aria-labelledby="calibration-title">
            <h2 id="calibration-title">"Judge calibration"</h2>
            <p class="hint">"Each judge's mean and spread of weighted scores (0–10). The offset allows for the pitches a judge happened to draw: below zero is harsher than the panel, above is more lenient."</p>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr><th>"Judge"</th><th>"Assigned"</th><th>"Reviewed"</th><th>"Mean"</th><th>"Spread"</th><th>"Offset"</th></tr></thead>
                    <tbody>
                        {ranking.judges.clone().into_iter().map(|j| {
                            let tendency = if j.reviews == 0 { "" } else if j.offset < -0.75 { " harsh" } else if j.offset > 0.75 { " lenient" } else { "" };
                            view! {
                                <tr>
                                    <td>{j.name.clone()}</td>
                                    <td class="num">{j.assigned}</td>
                                    <td class="num">{j.reviews}</td>
                                    <td class="num">{if j.reviews > 0 { format!("{:.2}", j.mean) } else { "–".into() }}</td>
                                    <td class="num">{if j.reviews > 1 { format!("{:.2}", j.spread) } else { "–".into() }}</td>
                                    <td class="num">{if j.reviews > 0 { format!("{:+.2}{tendency}", j.offset) } else { "–".into() }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {judge_pager}
        </section>
    }
    .into_any()
}

/// The confirmation step of a decision: which pitches it touches (names and count), which
/// earlier decisions it replaces, how many founders will be emailed. Confirming applies it
/// and returns to the ranking with nothing ticked.
#[component]
pub fn ConfirmDecisionPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let preview = Resource::new(
        move || {
            let q = query.read();
            (
                q.get_all("ids").unwrap_or_default(),
                q.get("decision").unwrap_or_default(),
            )
        },
        |(ids, decision)| async move {
            let ids: Vec<Uuid> = ids.iter().filter_map(|i| Uuid::parse_str(i).ok()).collect();
            preview_decision(ids, decision).await
        },
    );
    let back = move || {
        let q = query.read();
        format!(
            "/staff/ranking?edition={}&track={}&sort={}&page={}&judge_page={}",
            encode(&q.get("edition").unwrap_or_default()),
            encode(&q.get("track").unwrap_or_default()),
            encode(&q.get("sort").unwrap_or_default()),
            encode(&q.get("page").unwrap_or_default()),
            encode(&q.get("judge_page").unwrap_or_default())
        )
    };
    view! {
        <Title text="Confirm decision"/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <p class="eyebrow"><A href=back>"Ranking"</A></p>
                <h1>"Confirm the decision"</h1>
            </header>
            {move || {
                let back = back();
                view! {
                    <Suspense fallback=|| view! { <p class="muted">"Loading…"</p> }>
                        {move || {
                            let back = back.clone();
                            preview.get().map(move |p| match p {
                                Ok(p) => view! { <DecisionPreviewView preview=p back=back/> }.into_any(),
                                Err(e) => view! {
                                    <div class="alert alert-error" role="alert">{e.to_string()}</div>
                                    <p><A href=back>"Back to the ranking"</A></p>
                                }.into_any(),
                            })
                        }}
                    </Suspense>
                }
            }}
        </RequireRole>
    }
}

#[component]
fn DecisionPreviewView(preview: DecisionPreview, back: String) -> impl IntoView {
    let decide = ServerAction::<Decide>::new();
    let error = action_error(decide);
    let decision = preview.decision;
    let target = decision.status();
    let summary = format!(
        "{} of {} ticked pitches will be marked \u{201c}{}\u{201d}; {} founders will be emailed.",
        preview.changing,
        preview.rows.len(),
        target.label(),
        preview.founders_emailed
    );
    let replacing = (preview.replacing_earlier > 0).then(|| {
        format!(
            "{} of them already had a decision, which this one replaces.",
            preview.replacing_earlier
        )
    });
    let refused = preview.refused.clone();
    let can_apply = refused.is_empty() && preview.changing > 0;
    let cancel = back.clone();
    view! {
        <section class="card" aria-labelledby="confirm-title">
            <h2 id="confirm-title">{decision.label()} ": " {preview.rows.len()} " pitches"</h2>
            <p class="lead">{summary}</p>
            {replacing.map(|r| view! { <div class="alert alert-warn" role="status">{r}</div> })}
            {(!refused.is_empty()).then(|| view! {
                <div class="alert alert-error" role="alert">
                    "This decision cannot be applied: " {refused.iter().map(|(name, why)| crate::components::problems::refused_pitch(crate::lang::use_lang(), name, *why)).collect::<Vec<_>>().join(" ")}
                </div>
            })}
            <div class="table-wrap">
                <table class="data">
                    <thead><tr><th>"Startup"</th><th>"Pitch"</th><th>"Now"</th><th>"After"</th></tr></thead>
                    <tbody>
                        {preview.rows.clone().into_iter().map(|r| view! {
                            <tr>
                                <td>{r.startup_name.clone()}</td>
                                <td>{r.title.clone()}</td>
                                <td>{status_badge(r.from)}</td>
                                <td>{if r.changes { status_badge(target).into_any() } else { view! { <span class="muted">"no change"</span> }.into_any() }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <FormError error/>
            {can_apply.then(|| view! {
                <ActionForm action=decide>
                    {preview.rows.iter().enumerate().map(|(i, r)| view! {
                        <input type="hidden" name=format!("ids[{i}]") value=r.submission_id.to_string()/>
                    }).collect_view()}
                    <input type="hidden" name="decision" value=decision.as_str()/>
                    <input type="hidden" name="back" value=back.clone()/>
                    <div class="form-actions">
                        <Submit label="Confirm and email the founders" pending=decide.pending()/>
                        <A href=back.clone()>"Cancel"</A>
                    </div>
                </ActionForm>
            })}
            {(!can_apply).then(|| view! { <p><A href=cancel>"Back to the ranking"</A></p> })}
        </section>
    }
    .into_any()
}

#[component]
pub fn SubmissionReviewsPage() -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    let reviews = Resource::new(
        move || (params.read().get("id"), location.search.get()),
        |(id, _)| async move {
            match id.as_deref().and_then(|i| Uuid::parse_str(i).ok()) {
                Some(id) => get_submission_reviews(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
    );
    view! {
        <Title text="Reviews"/>
        <RequireRole role=Role::Staff>
            <PageNotice/>
            {loaded(reviews, |r: SubmissionReviews| view! { <ReviewsView reviews=r/> })}
        </RequireRole>
    }
}

#[component]
fn ReviewsView(reviews: SubmissionReviews) -> impl IntoView {
    let release = ServerAction::<ReleaseFeedback>::new();
    let release_error = action_error(release);
    let decide = ServerAction::<Decide>::new();
    let decide_error = action_error(decide);
    let id = reviews.submission_id.to_string();
    let back = format!("/staff/reviews/{id}");
    let decide_id = id.clone();
    view! {
        <header class="page-header">
            <h1>{reviews.startup_name.clone()} " · " {reviews.title.clone()}</h1>
            <p class="lead">{status_badge(reviews.status)} " "
                <A href=format!("/staff/ranking?edition={}", reviews.edition_id)>"Back to the ranking"</A>
            </p>
        </header>
        <section class="card" aria-labelledby="decide-title">
            <h2 id="decide-title">"Decision"</h2>
            <FormError error=decide_error/>
            <ActionForm action=decide attr:class="inline-form">
                <input type="hidden" name="ids[]" value=decide_id/>
                <input type="hidden" name="back" value=back/>
                <label for="decision">"Decision"</label>
                <select name="decision" id="decision">
                    {decision_options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
                <Submit label="Decide" pending=decide.pending()/>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="reviews-title">
            <h2 id="reviews-title">{format!("Reviews ({})", reviews.reviews.len())}</h2>
            {reviews.reviews.is_empty().then(|| view! { <p>"No reviews yet."</p> })}
            <FormError error=release_error/>
            <ActionForm action=release>
                <input type="hidden" name="submission" value=id/>
                {reviews.reviews.clone().into_iter().map(|r| {
                    let check = format!("release-{}", r.id);
                    view! {
                        <article class="review-card">
                            <h3>{r.judge.clone()} " · " {format!("{:.2}", r.weighted)} " · " {r.recommendation.clone()}</h3>
                            <ul class="plain scores">
                                {r.scores.clone().into_iter().map(|(name, v)| view! { <li>{name} ": " {v}</li> }).collect_view()}
                            </ul>
                            <blockquote>{if r.comment.is_empty() { "(no comment)".to_string() } else { r.comment.clone() }}</blockquote>
                            {(!r.comment.is_empty()).then(|| view! {
                                <div class="field checkbox">
                                    <input type="checkbox" id=check.clone() name="reviews[]" value=r.id.to_string() checked=r.released/>
                                    <label for=check.clone()>"Share this comment with the founders"</label>
                                </div>
                            })}
                        </article>
                    }
                }).collect_view()}
                {(!reviews.reviews.is_empty()).then(|| view! {
                    <div class="form-actions"><Submit label="Save feedback choices" pending=release.pending()/></div>
                })}
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">"Conflicts of interest"</h2>
            {reviews.conflicts.is_empty().then(|| view! { <p>"None declared or found."</p> })}
            <ul class="plain">
                {reviews.conflicts.clone().into_iter().map(|c| view! {
                    <li>{c.investor_name.clone()} ": " {crate::components::problems::conflict_reason(crate::lang::use_lang(), &c.reason)} {c.automatic.then_some(" (found automatically)")}</li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
