//! Live pitch sessions on the day: the staff run of show (plain forms: open, next,
//! mark, move, close, awards, release), the projector (big type, no controls, no
//! navigation), the missing-scores board (server push through an island), the judge's
//! phone page and the released results on the public agenda.

use crate::api::live::{
    get_board, get_judge_live, get_judge_sessions, get_pitch_awards, get_public_results,
    get_run_of_show, Advance, CloseSession, MarkAward, MarkPitch, MovePitch, OpenSession,
    ReleaseResults, SetStageRubric, SubmitScore, UnmarkAward,
};
use crate::components::forms::{loaded, Field, FormError, TextAreaField};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::components::score::CriterionInput;
use crate::islands::live_board::LiveBoardView;
use crate::islands::live_clock::LiveCountdown;
use crate::islands::live_draft::KeepScoreDraft;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use domain::account::Role;
use domain::lang::Lang;
use domain::live::{AwardKind, Cell, Direction, LiveState, Phase, PitchStatus};
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{
    JudgeLive, JudgeSessions, LiveClock, LivePitchRow, LiveResult, LiveSessionRef,
    PublicLiveResult, RunOfShow,
};

fn session_param() -> impl Fn() -> Option<Uuid> + Copy + Send + Sync + 'static {
    let params = crate::route_state::params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|id| Uuid::parse_str(id.trim()).ok())
    }
}

/// The board's cell words, in `Cell::ALL` order (the island has no translations).
fn cell_words(lang: Lang) -> Vec<String> {
    Cell::ALL
        .iter()
        .map(|c| labels::board_cell(lang, *c))
        .collect()
}

fn session_line(lang: Lang, s: &LiveSessionRef) -> String {
    format!(
        "{} {}–{} · {} · {}",
        date(lang, s.day),
        s.starts,
        s.ends,
        s.room,
        labels::live_state(lang, s.state)
    )
}

fn clock_view(lang: Lang, clock: Option<LiveClock>) -> impl IntoView {
    clock.map(|c| {
        view! {
            <LiveCountdown
                phase=labels::live_phase(lang, c.phase)
                remaining=c.remaining_seconds
                overrun=t!(lang, "live-overrun")
            />
        }
    })
}

fn hidden(session: Uuid) -> impl IntoView {
    view! { <input type="hidden" name="session" value=session.to_string()/> }
}

#[component]
pub fn RunOfShowPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let session = session_param();
    let show = Resource::new(
        move || (session(), location.search.get()),
        move |(id, _)| get_run_of_show(id.unwrap_or_default()),
    );
    view! {
        <Title text=t!(lang, "live-run-title")/>
        <RequireRole role=Role::Staff>
            <PageNotice/>
            {loaded(show, move |s: RunOfShow| view! { <RunOfShowView show=s/> })}
        </RequireRole>
    }
}

/// What "Next" does now, in words, or `None` when it would do nothing (nobody on stage
/// and nobody waiting). With nobody waiting, the last step ends the pitch on stage.
fn advance_label(lang: Lang, show: &RunOfShow) -> Option<String> {
    let phase = show.clock.as_ref().map(|c| c.phase);
    match (&show.current, &show.next) {
        (None, None) => None,
        (Some(_), None) if phase == Some(Phase::Qa) || show.qa_minutes == 0 => {
            Some(t!(lang, "live-advance-end"))
        }
        _ => Some(t!(lang, "live-advance")),
    }
}

/// The stage rubric: which of the edition's criteria judges score on stage (all by
/// default). Fixed, and shown as a list, once a judge has scored.
#[component]
fn StageRubricCard(show: RunOfShow) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SetStageRubric>::new();
    let error = action_error(action);
    let sid = show.session.id;
    let chosen: Vec<String> = show
        .stage
        .iter()
        .filter(|c| c.chosen)
        .map(|c| c.name.clone())
        .collect();
    view! {
        <section class="card" aria-labelledby="stage-title">
            <h2 id="stage-title">{t!(lang, "live-stage-title")}</h2>
            {if show.stage_locked {
                view! {
                    <p>{chosen.join(" · ")}</p>
                    <p class="hint">{t!(lang, "live-stage-locked")}</p>
                }.into_any()
            } else {
                view! {
                    <p class="hint">{t!(lang, "live-stage-hint")}</p>
                    <FormError error/>
                    <ActionForm action attr:class="stage-form">
                        {hidden(sid)}
                        <fieldset class="field" class:has-error=move || error.get().and_then(|e| e.field("criteria")).is_some()>
                            <legend>{t!(lang, "live-stage-criteria")}</legend>
                            {show.stage.clone().into_iter().enumerate().map(|(i, c)| {
                                let id = format!("stage-{}", c.key);
                                view! {
                                    <div class="field checkbox">
                                        <input type="checkbox" id=id.clone() name=format!("criteria[{i}]") value=c.key.clone() checked=c.chosen/>
                                        <label for=id>{c.name.clone()} " " <span class="muted">{t!(lang, "reviews-criterion-scale", weight = c.weight, max = c.scale_max)}</span></label>
                                    </div>
                                }
                            }).collect_view()}
                            <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("criteria"))}</p>
                        </fieldset>
                        <button type="submit" class="button">{t!(lang, "live-stage-save")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn RunOfShowView(show: RunOfShow) -> impl IntoView {
    let lang = use_lang();
    let open = ServerAction::<OpenSession>::new();
    let close = ServerAction::<CloseSession>::new();
    let advance = ServerAction::<Advance>::new();
    let mark = ServerAction::<MarkPitch>::new();
    let moved = ServerAction::<MovePitch>::new();
    let errors = [
        action_error(open),
        action_error(close),
        action_error(advance),
        action_error(mark),
        action_error(moved),
    ];
    let id = show.session.id.to_string();
    let state = show.session.state;
    let is_open = state == Some(LiveState::Open);
    let sid = show.session.id;
    view! {
        <header class="page-header">
            <h1>{t!(lang, "live-run-title")} " · " {show.session.title.clone()}</h1>
            <p class="lead">{session_line(lang, &show.session)}</p>
            <p class="actions">
                <A href=format!("/staff/live/{id}/board")>{t!(lang, "live-board-link")}</A>
                " · "
                <a href=format!("/staff/live/{id}/projector") target="_blank" rel="noopener">{t!(lang, "live-projector-link")}</a>
                " · "
                <A href=format!("/staff/schedule?edition={}", show.edition_id)>{t!(lang, "nav-schedule")}</A>
            </p>
        </header>
        {errors.into_iter().map(|e| view! { <FormError error=e/> }).collect_view()}
        <section class="card live-now" aria-labelledby="now-title">
            <h2 id="now-title">{t!(lang, "live-now-pitching")}</h2>
            {match show.current.clone() {
                Some(p) => view! {
                    <p class="live-startup">{p.startup.clone()}</p>
                    <p class="muted">{p.one_liner.clone()}</p>
                    {clock_view(lang, show.clock.clone())}
                }.into_any(),
                None => view! { <p>{t!(lang, "live-nobody-on-stage")}</p> }.into_any(),
            }}
            // Who is next means nothing once the session is closed.
            {is_open.then(|| view! {
                <p>
                    <strong>{t!(lang, "live-next")} ": "</strong>
                    {show.next.clone().map(|n| n.startup).unwrap_or_else(|| t!(lang, "live-nobody-next"))}
                </p>
            })}
            <div class="actions live-controls">
                {match state {
                    None => view! {
                        <ActionForm action=open attr:class="inline-form">
                            {hidden(sid)}
                            <button type="submit" class="button primary">{t!(lang, "live-open")}</button>
                        </ActionForm>
                    }.into_any(),
                    // Closed: reopening is a second thought, not the page's main action;
                    // once the results are out it is refused, so not offered.
                    Some(LiveState::Closed) => (!show.results_released).then(|| view! {
                        <ActionForm action=open attr:class="inline-form">
                            {hidden(sid)}
                            <button type="submit" class="button">{t!(lang, "live-reopen")}</button>
                        </ActionForm>
                    }).into_any(),
                    Some(LiveState::Open) => view! {
                        {advance_label(lang, &show).map(|label| view! {
                            <ActionForm action=advance attr:class="inline-form">
                                {hidden(sid)}
                                <button type="submit" class="button primary">{label}</button>
                            </ActionForm>
                        })}
                        // A confirm step that needs no JavaScript.
                        <details class="confirm-step">
                            <summary class="button">{t!(lang, "live-close")}</summary>
                            <p>{t!(lang, "live-close-confirm")}</p>
                            <ActionForm action=close attr:class="inline-form">
                                {hidden(sid)}
                                <button type="submit" class="button danger">{t!(lang, "live-close-yes")}</button>
                            </ActionForm>
                        </details>
                    }.into_any(),
                }}
            </div>
        </section>
        <StageRubricCard show=show.clone()/>
        <section class="card" aria-labelledby="order-title">
            <h2 id="order-title">{t!(lang, "live-running-order")}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{t!(lang, "live-startup")}</th>
                        <th scope="col">{t!(lang, "live-status")}</th>
                        {is_open.then(|| view! { <th scope="col">{t!(lang, "live-actions")}</th> })}
                    </tr></thead>
                    <tbody>
                        {show.pitches.clone().into_iter().map(|p| {
                            let sub = p.submission_id;
                            let status_form = move |status: PitchStatus| {
                                let label = labels::pitch_status(lang, status);
                                view! {
                                    <ActionForm action=mark attr:class="inline-form">
                                        {hidden(sid)}
                                        <input type="hidden" name="submission" value=sub.to_string()/>
                                        <input type="hidden" name="status" value=status.as_str()/>
                                        <button type="submit" class="button link">{label}</button>
                                    </ActionForm>
                                }
                            };
                            let move_form = move |direction: Direction, text: String| {
                                view! {
                                    <ActionForm action=moved attr:class="inline-form">
                                        {hidden(sid)}
                                        <input type="hidden" name="submission" value=sub.to_string()/>
                                        <input type="hidden" name="direction" value=direction.as_str()/>
                                        <button type="submit" class="button link">{text}</button>
                                    </ActionForm>
                                }
                            };
                            view! {
                                <tr class:on-stage=p.on_stage>
                                    <td>{p.startup.clone()} <span class="muted">" · " {p.track.clone()}</span></td>
                                    <td>{if p.on_stage { t!(lang, "live-on-stage") } else { labels::pitch_status(lang, p.status) }}</td>
                                    // Marks and moves are for the running session only.
                                    {is_open.then(|| view! {
                                        <td>
                                            {status_form(PitchStatus::Pitched)}
                                            {status_form(PitchStatus::NoShow)}
                                            {status_form(PitchStatus::Moved)}
                                            {status_form(PitchStatus::Waiting)}
                                            {move_form(Direction::Up, t!(lang, "live-move-up", startup = p.startup.as_str()))}
                                            {move_form(Direction::Down, t!(lang, "live-move-down", startup = p.startup.as_str()))}
                                        </td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {show.pitches.is_empty().then(|| view! { <p>{t!(lang, "live-no-pitches")}</p> })}
        </section>
        {show.result.clone().map(|r| view! { <ResultView session=show.session.id released=show.results_released result=r/> })}
    }
}

#[component]
fn ResultView(session: Uuid, released: bool, result: LiveResult) -> impl IntoView {
    let lang = use_lang();
    let award = ServerAction::<MarkAward>::new();
    let award_error = action_error(award);
    let unmark = ServerAction::<UnmarkAward>::new();
    let release = ServerAction::<ReleaseResults>::new();
    let release_error = action_error(release);
    let fmt = |x: f64| format!("{x:.2}");
    // "(1–5)" beside each mean: the scale they are on.
    let (bottom, top) = match result.scale_max {
        Some(top) => (1, u32::from(top)),
        None => (0, 10),
    };
    let scale_note = match result.scale_max {
        Some(top) => t!(lang, "live-result-scale", max = u32::from(top)),
        None => t!(lang, "live-result-scale-ten"),
    };
    // A track's winner is named once: the button goes when it is given (remove it to
    // choose another); a finalist is marked once.
    let won_tracks: Vec<String> = result
        .rows
        .iter()
        .flat_map(|r| r.awards.iter())
        .filter(|a| a.kind == AwardKind::Winner)
        .map(|a| a.name.clone())
        .collect();
    view! {
        <section class="card" aria-labelledby="result-title">
            <h2 id="result-title">{t!(lang, "live-result")}</h2>
            <p class="hint">{t!(lang, "live-result-hint")}</p>
            <p class="hint">{scale_note}</p>
            <FormError error=award_error/>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{t!(lang, "live-startup")}</th>
                        <th scope="col">{t!(lang, "live-scores-count")}</th>
                        <th scope="col">{format!("{} ({bottom}–{top})", t!(lang, "live-raw-mean"))}</th>
                        <th scope="col">{format!("{} ({bottom}–{top})", t!(lang, "live-normalised-mean"))}</th>
                        <th scope="col">{t!(lang, "live-awards")}</th>
                    </tr></thead>
                    <tbody>
                        {result.rows.into_iter().map(|row| {
                            let sub = row.submission_id;
                            let mark_form = move |kind: AwardKind, label: String| {
                                view! {
                                    <ActionForm action=award attr:class="inline-form">
                                        {hidden(session)}
                                        <input type="hidden" name="submission" value=sub.to_string()/>
                                        <input type="hidden" name="kind" value=kind.as_str()/>
                                        <button type="submit" class="button link">{label}</button>
                                    </ActionForm>
                                }
                            };
                            let startup = row.startup.clone();
                            view! {
                                <tr>
                                    <td>{row.place}</td>
                                    <td>{row.startup.clone()} <span class="muted">" · " {row.track.clone()}</span></td>
                                    <td>{row.scores}</td>
                                    <td>{fmt(row.raw_mean)}</td>
                                    <td>{fmt(row.normalised_mean)}</td>
                                    <td>
                                        <ul class="plain">
                                            {row.awards.clone().into_iter().map(|a| {
                                                view! {
                                                    <li>
                                                        <strong>{labels::award(lang, a.kind, &a.name)}</strong>
                                                        <ActionForm action=unmark attr:class="inline-form">
                                                            {hidden(session)}
                                                            <input type="hidden" name="submission" value=sub.to_string()/>
                                                            <input type="hidden" name="kind" value=a.kind.as_str()/>
                                                            <input type="hidden" name="name" value=a.name.clone()/>
                                                            <button type="submit" class="button link">{t!(lang, "live-unmark")}</button>
                                                        </ActionForm>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                        {(!won_tracks.contains(&row.track)).then(|| mark_form(AwardKind::Winner, t!(lang, "live-mark-winner", startup = startup.as_str())))}
                                        {(!row.awards.iter().any(|a| a.kind == AwardKind::Finalist)).then(|| mark_form(AwardKind::Finalist, t!(lang, "live-mark-finalist", startup = startup.as_str())))}
                                        <ActionForm action=award attr:class="inline-form award-form">
                                            {hidden(session)}
                                            <input type="hidden" name="submission" value=sub.to_string()/>
                                            <input type="hidden" name="kind" value="award"/>
                                            <Field label=t!(lang, "live-award-name") name="name" maxlength=80 error=award_error/>
                                            <button type="submit" class="button">{t!(lang, "live-mark-award")}</button>
                                        </ActionForm>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <FormError error=release_error/>
            {if released {
                view! { <p class="alert">{t!(lang, "live-released")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=release attr:class="inline-form">
                        {hidden(session)}
                        <button type="submit" class="button primary">{t!(lang, "live-release")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}

/// The projector: the startup on stage, its line and the countdown in big type; no
/// controls, and the page covers the site's navigation.
#[component]
pub fn ProjectorPage() -> impl IntoView {
    let lang = use_lang();
    let session = session_param();
    let show = Resource::new(session, move |id| get_run_of_show(id.unwrap_or_default()));
    view! {
        <Title text=t!(lang, "live-projector-link")/>
        <RequireRole role=Role::Staff>
            {loaded(show, move |s: RunOfShow| view! {
                <div class="projector">
                    <p class="projector-session">{s.session.title.clone()}</p>
                    {match s.current.clone() {
                        Some(p) => view! {
                            <p class="projector-label">{t!(lang, "live-now-pitching")}</p>
                            <p class="projector-startup">{p.startup.clone()}</p>
                            <p class="projector-line">{p.one_liner.clone()}</p>
                            <div class="projector-clock">{clock_view(lang, s.clock.clone())}</div>
                        }.into_any(),
                        None => view! { <p class="projector-startup">{t!(lang, "live-nobody-on-stage")}</p> }.into_any(),
                    }}
                    {s.next.clone().map(|n| view! { <p class="projector-next">{t!(lang, "live-next")} ": " {n.startup}</p> })}
                </div>
            })}
        </RequireRole>
    }
}

/// The missing-scores board; the island replaces it when the server pushes a new one.
#[component]
pub fn BoardPage() -> impl IntoView {
    let lang = use_lang();
    let session = session_param();
    let board = Resource::new(session, move |id| get_board(id.unwrap_or_default()));
    view! {
        <Title text=t!(lang, "live-board-link")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "live-board-link")}</h1>
                <p class="lead">{t!(lang, "live-board-lead")}</p>
                {move || session().map(|id| view! { <p><A href=format!("/staff/live/{id}")>{t!(lang, "live-run-title")}</A></p> })}
            </header>
            {loaded(board, move |b: wire::LiveBoard| view! {
                <LiveBoardView
                    board=b
                    words=cell_words(lang)
                    startup_heading=t!(lang, "live-startup")
                    on_stage=t!(lang, "live-on-stage")
                />
            })}
        </RequireRole>
    }
}

#[component]
pub fn JudgeHomePage() -> impl IntoView {
    let lang = use_lang();
    let sessions = Resource::new(|| (), |_| get_judge_sessions());
    view! {
        <Title text=t!(lang, "live-judge-title")/>
        <RequireRole role=Role::Investor>
            <header class="page-header">
                <h1>{t!(lang, "live-judge-title")}</h1>
            </header>
            {loaded(sessions, move |j: JudgeSessions| view! { <JudgeSessionList sessions=j/> })}
        </RequireRole>
    }
}

#[component]
pub fn JudgeSessionList(sessions: JudgeSessions) -> impl IntoView {
    let lang = use_lang();
    if sessions.sessions.is_empty() {
        return view! { <p class="card">{t!(lang, "live-judge-none")}</p> }.into_any();
    }
    view! {
        <ul class="card live-sessions">
            {sessions.sessions.into_iter().map(|s| view! {
                <li>
                    <span class="muted">{session_line(lang, &s)} " · "</span>
                    <A href=format!("/judge/live/{}", s.id)>{s.title.clone()}</A>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The judge's phone page: the pitch on stage (or the one asked for), its one-liner,
/// the rubric as big radio buttons, a comment, submit; then what is left to score.
#[component]
pub fn JudgeLivePage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let session = session_param();
    let pitch = query_value("pitch");
    let page = Resource::new(
        move || (session(), location.search.get()),
        move |(id, _)| get_judge_live(id.unwrap_or_default(), Uuid::parse_str(pitch().trim()).ok()),
    );
    view! {
        <Title text=t!(lang, "live-judge-title")/>
        <RequireRole role=Role::Investor>
            <div class="judge-live">
                <PageNotice/>
                {loaded(page, move |j: JudgeLive| view! { <JudgeLiveView page=j/> })}
            </div>
        </RequireRole>
    }
}

#[component]
fn JudgeLiveView(page: JudgeLive) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SubmitScore>::new();
    let error = action_error(action);
    let session = page.session.id;
    let open = page.session.state == Some(LiveState::Open);
    view! {
        <header class="page-header">
            <p class="muted">{page.session.title.clone()} " · " {labels::live_state(lang, page.session.state)}</p>
        </header>
        {match page.pitch.clone() {
            None => view! { <p class="card">{t!(lang, "live-judge-nothing-on-stage")}</p> }.into_any(),
            Some(p) => {
                let form_id = format!("score-{}", p.submission_id);
                view! {
                    <section class="card" aria-labelledby="pitch-title">
                        <h1 id="pitch-title" class="live-startup">{p.startup.clone()}</h1>
                        <p>{p.one_liner.clone()}</p>
                        {page.scored.then(|| view! { <p class="hint">{t!(lang, "live-judge-scored")}</p> })}
                        <FormError error/>
                        <ActionForm action attr:class="score-form live-score-form" attr:novalidate=true attr:id=form_id.clone()>
                            <input type="hidden" name="session" value=session.to_string()/>
                            <input type="hidden" name="submission" value=p.submission_id.to_string()/>
                            {page.rubric.clone().into_iter().map(|c| view! { <CriterionInput criterion=c error/> }).collect_view()}
                            <TextAreaField label=t!(lang, "reviews-comment") name="comment" initial=page.comment.clone() rows=3 error/>
                            <div class="form-actions">
                                <button type="submit" class="button primary live-submit" disabled=!open>{t!(lang, "live-submit-score")}</button>
                            </div>
                        </ActionForm>
                        <KeepScoreDraft form_id=form_id offline=t!(lang, "live-offline-kept")/>
                    </section>
                }.into_any()
            }
        }}
        <section class="card" aria-labelledby="unscored-title">
            <h2 id="unscored-title">{t!(lang, "live-judge-unscored")}</h2>
            {if page.unscored.is_empty() {
                view! { <p>{t!(lang, "live-judge-all-scored")}</p> }.into_any()
            } else {
                view! {
                    <ul class="live-unscored">
                        {page.unscored.clone().into_iter().map(|p: LivePitchRow| view! {
                            <li><A href=format!("/judge/live/{session}?pitch={}", p.submission_id)>{p.startup.clone()}</A></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The released session results of the agenda's edition: who won what.
#[component]
pub fn PublicResults(edition: Option<Uuid>) -> impl IntoView {
    let lang = use_lang();
    let results = Resource::new(move || edition, get_public_results);
    view! {
        {loaded(results, move |rs: Vec<PublicLiveResult>| {
            (!rs.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="results-title">
                    <h2 id="results-title">{t!(lang, "live-public-results")}</h2>
                    {rs.into_iter().map(|r| view! {
                        <h3>{r.title.clone()}</h3>
                        <ul class="plain">
                            {r.winners.into_iter().map(|w| view! {
                                <li><strong>{w.startup.clone()}</strong> " · " {labels::award(lang, w.kind, &w.name)}</li>
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
            })
        })}
    }
}

/// On an accepted pitch's page: what it won on stage, once staff released the session's
/// results (nothing shows before).
#[component]
pub fn PitchAwardsCard(submission: Uuid) -> impl IntoView {
    let lang = use_lang();
    let awards = Resource::new(|| (), move |_| get_pitch_awards(submission));
    view! {
        <Suspense fallback=|| ()>
            {move || awards.get().and_then(|found| found.ok()).filter(|list| !list.is_empty()).map(|list| view! {
                <section class="card pitch-awards" aria-labelledby="pitch-awards-title">
                    <h2 id="pitch-awards-title">{t!(lang, "live-pitch-awards")}</h2>
                    {list.into_iter().map(|s| view! {
                        <p>{t!(lang, "live-pitch-awards-session", session = s.session.as_str())}</p>
                        <ul class="plain">
                            {s.awards.into_iter().map(|a| view! {
                                <li><strong>{labels::award(lang, a.kind, &a.name)}</strong></li>
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
            })}
        </Suspense>
    }
}
