//! Staff run judging: review setup and rubric, assignments, the ranking with judge
//! calibration, decisions, and each pitch's reviews with feedback release.

use crate::api::editions::list_editions;
use crate::api::judging::{
    get_assignment_board, get_ranking, get_review_setup, get_submission_reviews, preview_decision,
    AssignReviewer, AutoAssign, Decide, ReleaseFeedback, SaveReviewSetup, UnassignReviewer,
    UndoDecision,
};
use crate::components::filters::filter_options;
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::lang::{local_time_text, t, use_lang};
use crate::notice::{Notice, PageNotice};
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use crate::pages::startups::status_badge;
use crate::paths::{encode, judging_board, judging_setup};
use domain::account::Role;
use domain::assignment::JudgePick;
use domain::lang::Lang;
use domain::review::{Decision, Visibility};
use i18n::format::grouped;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_location;
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

/// The assignment board: who reviews which pitch. The review setup (rubric, anchors,
/// settings) has its own page, `/staff/judging/setup`, linked from here.
#[component]
pub fn JudgingPage() -> impl IntoView {
    let location = use_location();
    let edition = query_value("edition");
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
    let lang = use_lang();
    // Counts from the address bar: only numbers are shown, never other text put there.
    let assigned = query_value("assigned");
    let short = query_value("short");
    view! {
        <Title text=t!(lang, "nav-judging")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "nav-judging")}</h1>
                <p class="lead">{t!(lang, "judging-lead")}</p>
            </header>
            <PageNotice/>
            {move || assigned().parse::<u64>().ok().map(|added| view! {
                <div class="alert alert-ok" role="status">
                    {t!(lang, "judging-assigned", count = count(added))}
                    {short().parse::<u64>().ok().filter(|&n| n > 0).map(|n| t!(lang, "judging-short", count = count(n)))}
                </div>
            })}
            {loaded(board, move |b: AssignmentBoard| view! {
                <p class="page-links">
                    <a class="button" href=judging_setup(b.edition_id)>{t!(lang, "judging-open-setup")}</a>
                </p>
                <Board board=b/>
            })}
        </RequireRole>
    }
}

/// The review setup of any edition (`?edition=`, else the current one), chosen by a
/// select that works without JavaScript (a GET form).
#[component]
pub fn JudgingSetupPage() -> impl IntoView {
    let location = use_location();
    let edition = query_value("edition");
    let setup = Resource::new(
        move || location.search.get(),
        move |_| get_review_setup(uuid_of(edition())),
    );
    let editions = Resource::new(|| (), |_| list_editions());
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "judging-setup")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "judging-setup")}</h1>
                <p class="lead">{t!(lang, "judging-setup-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(setup, move |s: ReviewSetup| {
                let chosen = s.edition_id;
                view! {
                    <Form method="GET" action="/staff/judging/setup" attr:class="filters" attr:role="search">
                        <label>{t!(lang, "judging-setup-edition")} " "
                            <select name="edition">
                                {move || editions.get().and_then(Result::ok).map(|all| all.into_iter().map(|e| {
                                    let is = e.id == chosen;
                                    view! { <option value=e.id.to_string() selected=is>{e.name}</option> }
                                }).collect_view())}
                            </select>
                        </label>
                        <button type="submit" class="button">{t!(lang, "judging-show")}</button>
                    </Form>
                    <p class="page-links">
                        <a href=judging_board(chosen, "", 1)>{t!(lang, "judging-open-board")}</a>
                    </p>
                    <SetupForm setup=s/>
                }
            })}
        </RequireRole>
    }
}

#[component]
fn SetupForm(setup: ReviewSetup) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveReviewSetup>::new();
    let error = action_error(action);
    let form = setup.form.clone();
    let visibilities: Vec<(String, String)> = Visibility::ALL
        .iter()
        .map(|&v| (v.as_str().to_string(), labels::visibility(lang, v)))
        .collect();
    view! {
        <section class="card" aria-labelledby="setup-title">
            <h2 id="setup-title">{t!(lang, "judging-setup")} " · " {setup.edition_name.clone()}</h2>
            {setup.rubric_locked.then(|| view! {
                <p class="hint">{t!(lang, "judging-rubric-locked")}</p>
            })}
            <FormError error/>
            <ActionForm action attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=setup.edition_id.to_string()/>
                <TextAreaField
                    label=t!(lang, "judging-rubric")
                    name="rubric"
                    hint=t!(lang, "judging-rubric-hint")
                    initial=form.rubric.clone()
                    rows=8
                    error
                />
                <TextAreaField
                    label=t!(lang, "judging-anchors")
                    name="anchors"
                    hint=t!(lang, "judging-anchors-hint")
                    initial=form.anchors.clone()
                    rows=6
                    error
                />
                <Field label=t!(lang, "judging-reviews-per-pitch") name="reviews_per_pitch" kind="number" hint=t!(lang, "judging-reviews-per-pitch-hint") initial=form.reviews_per_pitch.clone() error/>
                <SelectField label=t!(lang, "judging-visibility") name="visibility" options=visibilities initial=form.visibility.clone() error/>
                <CheckboxField label=t!(lang, "judging-phase-open") name="phase_open" initial=form.phase_open == "on" error/>
                <CheckboxField label=t!(lang, "judging-blind") name="blind" initial=form.blind == "on" error/>
                <p class="hint">{t!(lang, "judging-blind-hint")}</p>
                <CheckboxField label=t!(lang, "judging-browse") name="browse" initial=form.browse == "on" error/>
                <div class="form-actions">
                    <Submit label=t!(lang, "judging-save-setup") pending=action.pending()/>
                </div>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn Board(board: AssignmentBoard) -> impl IntoView {
    let lang = use_lang();
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
                <h2 id="board-title">{t!(lang, "judging-assignments")}</h2>
                <ActionForm action=auto attr:class="inline-form">
                    <input type="hidden" name="edition" value=edition.to_string()/>
                    <Submit label=t!(lang, "judging-auto-assign") pending=auto.pending()/>
                </ActionForm>
            </div>
            <FormError error=auto_error/>
            <p class="hint">
                {t!(
                    lang,
                    "judging-board-hint",
                    per_pitch = board.reviews_per_pitch,
                    min = board.min_load,
                    max = board.max_load
                )}
            </p>
            <Form method="GET" action="/staff/judging" attr:class="filters" attr:role="search">
                <input type="hidden" name="edition" value=edition.to_string()/>
                <label>{t!(lang, "judging-track")} <select name="track">{filter_options(board.track.clone(), board.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), t!(lang, "judging-all-tracks"))}</select></label>
                <button type="submit" class="button">{t!(lang, "judging-show")}</button>
            </Form>
            {if board.rows.is_empty() {
                view! { <p>{t!(lang, "judging-no-pitches")}</p> }.into_any()
            } else {
                view! { <p class="hint" aria-live="polite">{t!(lang, "judging-board-range", first = count(first), last = count(last), total = count(board.total))}</p> }.into_any()
            }}
            // One list of judges for every row's "add a reviewer" field: a page of 50
            // rows does not repeat hundreds of options 50 times.
            <datalist id="judge-list">
                {board.judges.iter().map(|j| {
                    let label = t!(lang, "judging-judge-load", count = j.load);
                    view! { <option value=JudgePick::label(&j.name, &j.email) label=label></option> }
                }).collect_view()}
            </datalist>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr>
                        <th>{t!(lang, "judging-col-startup")}</th><th>{t!(lang, "judging-track")}</th>
                        <th>{t!(lang, "judging-col-status")}</th><th>{t!(lang, "judging-col-reviewers")}</th>
                        <th>{t!(lang, "judging-col-add-reviewer")}</th><th>{t!(lang, "judging-col-conflicts")}</th>
                    </tr></thead>
                    <tbody>
                        {board.rows.clone().into_iter().map(|row| view! { <BoardRow row here/> }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(board.pages > 1).then(|| view! {
                <nav class="pager" aria-label=t!(lang, "staff-pages")>
                    {(board.page > 1).then(|| view! { <a href=link(board.page - 1) rel="prev">{t!(lang, "staff-previous")}</a> })}
                    <span>{t!(lang, "staff-page-of", page = board.page, pages = board.pages)}</span>
                    {(board.page < board.pages).then(|| view! { <a href=link(board.page + 1) rel="next">{t!(lang, "staff-next")}</a> })}
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

/// A count as figures group it ("12,345").
fn count(n: u64) -> String {
    grouped(i64::try_from(n).unwrap_or(i64::MAX))
}

/// An investor's name, or what stands for one whose account is gone.
fn investor_name(lang: Lang, name: Option<String>) -> String {
    name.unwrap_or_else(|| t!(lang, "staff-former-investor"))
}

/// A conflict of interest as staff read it: who, why, and whether the system found it.
fn conflict_line(lang: Lang, c: &wire::ConflictNote) -> String {
    let line = t!(
        lang,
        "judging-conflict",
        name = c.investor_name.as_str(),
        reason = crate::components::problems::conflict_reason(lang, &c.reason)
    );
    if c.automatic {
        line + &t!(lang, "judging-found-automatically")
    } else {
        line
    }
}

#[component]
fn BoardRow(row: AssignmentRow, here: StoredValue<(String, u64)>) -> impl IntoView {
    let lang = use_lang();
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
                        let name = investor_name(lang, r.name.clone());
                        let label = t!(lang, "judging-remove-reviewer", name = name.as_str());
                        view! {
                            <li class="chip">
                                {name}
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
                    <label class="visually-hidden" for=format!("add-{}", row.submission_id)>{t!(lang, "judging-reviewer-to-add")}</label>
                    <input
                        type="text"
                        name="investor"
                        id=format!("add-{}", row.submission_id)
                        list="judge-list"
                        placeholder=t!(lang, "judging-type-judge")
                        autocomplete="off"
                        value=typed
                    />
                    <button type="submit" class="button small">{t!(lang, "judging-add")}</button>
                </ActionForm>
                // Every row posts to the same server function: show its refusal only on
                // the row it came from (the error keeps which pitch it was).
                <p class="field-error" role="alert">{move || {
                    add_error
                        .get()
                        .filter(|e| e.kept("submission").is_none_or(|s| s == row_id))
                        .map(|e| e.field("investor").unwrap_or_else(|| e.message(lang)))
                }}</p>
            </td>
            <td>
                <ul class="plain">
                    {row.conflicts.iter().map(|c| view! { <li>{conflict_line(lang, c)}</li> }).collect_view()}
                </ul>
            </td>
        </tr>
    }
    .into_any()
}

fn decision_options(lang: Lang) -> Vec<(String, String)> {
    Decision::ALL
        .iter()
        .map(|&d| (d.as_str().to_string(), labels::decision(lang, d)))
        .collect()
}

#[component]
pub fn RankingPage() -> impl IntoView {
    let lang = use_lang();
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
        <Title text=t!(lang, "nav-ranking")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "nav-ranking")}</h1>
                <p class="lead">{t!(lang, "ranking-lead")}</p>
            </header>
            {move || {
                let notice = query_value(Notice::PARAM)();
                let count = query_value("count")().parse::<u32>().unwrap_or(0);
                let batch = uuid_of(query_value("undo")());
                if notice == Notice::DecisionUndone.code() {
                    return Some(view! { <div class="alert alert-ok" role="status">{t!(lang, "ranking-undone", count = count)}</div> }.into_any());
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
    let lang = use_lang();
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
                Some(_) => t!(lang, "ranking-decided", count = count),
                None => t!(lang, "ranking-nothing-changed"),
            }}
            {batch.map(|batch| view! {
                <ActionForm action=undo attr:class="inline-form">
                    <input type="hidden" name="batch" value=batch.to_string()/>
                    <input type="hidden" name="back" value=back/>
                    <button type="submit" class="button small">{t!(lang, "ranking-undo")}</button>
                </ActionForm>
            })}
        </div>
        <FormError error/>
    }
    .into_any()
}

#[component]
fn RankingView(ranking: Ranking, track: String, sort: String) -> impl IntoView {
    let lang = use_lang();
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
        <nav class="pager" aria-label=t!(lang, "ranking-pitch-pages")>
            {(page > 1).then(|| view! { <a href=link(page - 1, judge_page) rel="prev">{t!(lang, "staff-previous")}</a> })}
            <span>{t!(lang, "ranking-page-of", page = page, pages = pages, total = count(ranking.total))}</span>
            {(page < pages).then(|| view! { <a href=link(page + 1, judge_page) rel="next">{t!(lang, "staff-next")}</a> })}
        </nav>
    };
    let judge_pager = (judge_pages > 1).then(|| view! {
        <nav class="pager" aria-label=t!(lang, "ranking-judge-pages")>
            {(judge_page > 1).then(|| view! { <a href=link(page, judge_page - 1) rel="prev">{t!(lang, "ranking-previous-judges")}</a> })}
            <span>{t!(lang, "ranking-judge-page-of", page = judge_page, pages = judge_pages, total = count(ranking.judge_total))}</span>
            {(judge_page < judge_pages).then(|| view! { <a href=link(page, judge_page + 1) rel="next">{t!(lang, "ranking-next-judges")}</a> })}
        </nav>
    });
    let sorts: Vec<(String, String)> = [
        ("raw", t!(lang, "ranking-raw-mean")),
        ("reviews", t!(lang, "ranking-sort-reviews")),
        ("se", t!(lang, "ranking-sort-uncertain")),
        ("name", t!(lang, "ranking-sort-name")),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b))
    .collect();
    let computed = local_time_text(lang, &ranking.normalised_at, &ranking.time_zone);
    view! {
        <Form method="GET" action="/staff/ranking" attr:class="filters" attr:role="search">
            <input type="hidden" name="edition" value=ranking.edition_id.to_string()/>
            <label>{t!(lang, "judging-track")} <select name="track">{filter_options(track.clone(), ranking.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), t!(lang, "judging-all-tracks"))}</select></label>
            <label>{t!(lang, "ranking-sort-by")} <select name="sort">{filter_options(sort.clone(), sorts, t!(lang, "ranking-normalised-mean"))}</select></label>
            <button type="submit" class="button">{t!(lang, "judging-show")}</button>
        </Form>
        <section class="card" aria-labelledby="ranking-title">
            <h2 id="ranking-title">{ranking.edition_name.clone()} {ranking.panel_mean.map(|m| t!(lang, "ranking-panel-mean", mean = format!("{m:.2}")))}</h2>
            <p class="hint">{t!(lang, "ranking-computed", when = computed)}</p>
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
                            <th><span class="visually-hidden">{t!(lang, "ranking-pick")}</span></th>
                            <th>"#"</th><th>{t!(lang, "judging-col-startup")}</th><th>{t!(lang, "judging-track")}</th><th>{t!(lang, "judging-col-status")}</th>
                            <th>{t!(lang, "ranking-col-reviews")}</th><th>{t!(lang, "ranking-raw-mean")}</th><th>{t!(lang, "ranking-normalised-mean")}</th><th>"±"</th>
                            <th>{t!(lang, "ranking-col-disagreement")}</th><th>{t!(lang, "ranking-col-stars")}</th><th>{t!(lang, "ranking-col-meetings")}</th>
                        </tr></thead>
                        <tbody>
                            {ranking.rows.clone().into_iter().map(|r| {
                                let pick = format!("pick-{}", r.submission_id);
                                let name = r.startup_name.clone();
                                view! {
                                    <tr>
                                        <td><input type="checkbox" name="ids" value=r.submission_id.to_string() id=pick.clone() aria-label=t!(lang, "ranking-pick-startup", name = name.as_str())/></td>
                                        <td>{r.rank}</td>
                                        <td><A href=format!("/staff/reviews/{}", r.submission_id)>{r.startup_name.clone()}</A></td>
                                        <td>{r.track.clone()}</td>
                                        <td>{status_badge(r.status)}</td>
                                        <td>{t!(lang, "ranking-reviews-of", done = r.reviews, total = r.assigned.max(r.reviews))}</td>
                                        <td class="num">{score(r.raw_mean)}</td>
                                        <td class="num">{score(r.normalised_mean)}</td>
                                        <td class="num">{r.standard_error.map(|s| format!("±{s:.2}")).unwrap_or_else(|| "–".into())}</td>
                                        <td>{r.disagreement.then(|| view! { <span class="badge warn">{t!(lang, "ranking-judges-disagree")}</span> })}</td>
                                        <td class="num">{r.stars}</td>
                                        <td class="num">{r.meeting_requests}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {pitch_pager}
                <p class="hint">{t!(lang, "ranking-decision-hint")}</p>
                <div class="form-actions">
                    <label for="decision">{t!(lang, "ranking-decision-for-ticked")}</label>
                    <select name="decision" id="decision">
                        {decision_options(lang).into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button primary">{t!(lang, "ranking-review-decision")}</button>
                </div>
            </Form>
        </section>
        <section class="card" aria-labelledby="calibration-title">
            <h2 id="calibration-title">{t!(lang, "ranking-calibration")}</h2>
            <p class="hint">{t!(lang, "ranking-calibration-hint")}</p>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr>
                        <th>{t!(lang, "ranking-col-judge")}</th><th>{t!(lang, "ranking-col-assigned")}</th>
                        <th>{t!(lang, "ranking-col-reviewed")}</th><th>{t!(lang, "ranking-col-mean")}</th>
                        <th>{t!(lang, "ranking-col-spread")}</th><th>{t!(lang, "ranking-col-offset")}</th>
                    </tr></thead>
                    <tbody>
                        {ranking.judges.clone().into_iter().map(|j| {
                            let tendency = if j.reviews == 0 {
                                String::new()
                            } else if j.offset < -0.75 {
                                t!(lang, "ranking-harsh")
                            } else if j.offset > 0.75 {
                                t!(lang, "ranking-lenient")
                            } else {
                                String::new()
                            };
                            view! {
                                <tr>
                                    <td>{investor_name(lang, j.name.clone())}</td>
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
    let lang = use_lang();
    let query = crate::route_state::query_map();
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
        <Title text=t!(lang, "confirm-title")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <p class="eyebrow"><A href=back>{t!(lang, "nav-ranking")}</A></p>
                <h1>{t!(lang, "confirm-heading")}</h1>
            </header>
            {move || {
                let back = back();
                view! {
                    <Suspense fallback=move || view! { <p class="muted">{t!(lang, "common-loading")}</p> }>
                        {move || {
                            let back = back.clone();
                            preview.get().map(move |p| match p {
                                Ok(p) => view! { <DecisionPreviewView preview=p back=back/> }.into_any(),
                                Err(e) => view! {
                                    <div class="alert alert-error" role="alert">{e.message(lang)}</div>
                                    <p><A href=back>{t!(lang, "ranking-back")}</A></p>
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
    let lang = use_lang();
    let decide = ServerAction::<Decide>::new();
    let error = action_error(decide);
    let decision = preview.decision;
    let target = decision.status();
    let ticked = preview.rows.len() as u64;
    let summary = t!(
        lang,
        "confirm-summary",
        changing = preview.changing,
        total = ticked,
        status = labels::status(lang, target),
        emailed = preview.founders_emailed
    );
    let replacing = (preview.replacing_earlier > 0)
        .then(|| t!(lang, "confirm-replacing", count = preview.replacing_earlier));
    let refused: Vec<String> = preview
        .refused
        .iter()
        .map(|(name, why)| crate::components::problems::refused_pitch(lang, name, *why))
        .collect();
    let can_apply = refused.is_empty() && preview.changing > 0;
    let cancel = back.clone();
    view! {
        <section class="card" aria-labelledby="confirm-title">
            <h2 id="confirm-title">{t!(lang, "confirm-count", decision = labels::decision(lang, decision), count = ticked)}</h2>
            <p class="lead">{summary}</p>
            {replacing.map(|r| view! { <div class="alert alert-warn" role="status">{r}</div> })}
            {(!refused.is_empty()).then(|| view! {
                <div class="alert alert-error" role="alert">
                    {t!(lang, "confirm-refused", reasons = refused.join(" "))}
                </div>
            })}
            <div class="table-wrap">
                <table class="data">
                    <thead><tr>
                        <th>{t!(lang, "judging-col-startup")}</th><th>{t!(lang, "confirm-col-pitch")}</th>
                        <th>{t!(lang, "confirm-col-now")}</th><th>{t!(lang, "confirm-col-after")}</th>
                    </tr></thead>
                    <tbody>
                        {preview.rows.clone().into_iter().map(|r| view! {
                            <tr>
                                <td>{r.startup_name.clone()}</td>
                                <td>{r.title.clone()}</td>
                                <td>{status_badge(r.from)}</td>
                                <td>{if r.changes { status_badge(target).into_any() } else { view! { <span class="muted">{t!(lang, "confirm-no-change")}</span> }.into_any() }}</td>
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
                        <Submit label=t!(lang, "confirm-apply") pending=decide.pending()/>
                        <A href=back.clone()>{t!(lang, "staff-cancel")}</A>
                    </div>
                </ActionForm>
            })}
            {(!can_apply).then(|| view! { <p><A href=cancel>{t!(lang, "ranking-back")}</A></p> })}
        </section>
    }
    .into_any()
}

#[component]
pub fn SubmissionReviewsPage() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
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
        <Title text=t!(lang, "nav-reviews")/>
        <RequireRole role=Role::Staff>
            <PageNotice/>
            {loaded(reviews, |r: SubmissionReviews| view! { <ReviewsView reviews=r/> })}
        </RequireRole>
    }
}

#[component]
fn ReviewsView(reviews: SubmissionReviews) -> impl IntoView {
    let lang = use_lang();
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
                <A href=format!("/staff/ranking?edition={}", reviews.edition_id)>{t!(lang, "ranking-back")}</A>
            </p>
        </header>
        <section class="card" aria-labelledby="decide-title">
            <h2 id="decide-title">{t!(lang, "judging-decision")}</h2>
            <FormError error=decide_error/>
            <ActionForm action=decide attr:class="inline-form">
                <input type="hidden" name="ids[]" value=decide_id/>
                <input type="hidden" name="back" value=back/>
                <label for="decision">{t!(lang, "judging-decision")}</label>
                <select name="decision" id="decision">
                    {decision_options(lang).into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
                <Submit label=t!(lang, "judging-decide") pending=decide.pending()/>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="reviews-title">
            <h2 id="reviews-title">{t!(lang, "judging-reviews-count", count = reviews.reviews.len())}</h2>
            {reviews.reviews.is_empty().then(|| view! { <p>{t!(lang, "judging-no-reviews")}</p> })}
            <FormError error=release_error/>
            <ActionForm action=release>
                <input type="hidden" name="submission" value=id/>
                {reviews.reviews.clone().into_iter().map(|r| {
                    let check = format!("release-{}", r.id);
                    view! {
                        <article class="review-card">
                            <h3>{investor_name(lang, r.judge.clone())} " · " {format!("{:.2}", r.weighted)} " · " {labels::recommendation(lang, r.recommendation)}</h3>
                            <ul class="plain scores">
                                {r.scores.clone().into_iter().map(|(name, v)| view! { <li>{name} ": " {v}</li> }).collect_view()}
                            </ul>
                            <blockquote>{if r.comment.is_empty() { t!(lang, "judging-no-comment") } else { r.comment.clone() }}</blockquote>
                            {(!r.comment.is_empty()).then(|| view! {
                                <div class="field checkbox">
                                    <input type="checkbox" id=check.clone() name="reviews[]" value=r.id.to_string() checked=r.released/>
                                    <label for=check.clone()>{t!(lang, "judging-share-comment")}</label>
                                </div>
                            })}
                        </article>
                    }
                }).collect_view()}
                {(!reviews.reviews.is_empty()).then(|| view! {
                    <div class="form-actions"><Submit label=t!(lang, "judging-save-feedback") pending=release.pending()/></div>
                })}
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">{t!(lang, "judging-conflicts-title")}</h2>
            {reviews.conflicts.is_empty().then(|| view! { <p>{t!(lang, "judging-no-conflicts")}</p> })}
            <ul class="plain">
                {reviews.conflicts.iter().map(|c| view! { <li>{conflict_line(lang, c)}</li> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
