//! The investor pipeline pages: `/pipeline`, the firm's board (a column per stage, the
//! funnel line, passed cards apart; every card has a "Move to" form, the keyboard and
//! no-JavaScript way, and with JavaScript `islands::pipeline_drag` lets a card be
//! dragged onto a column, posting the same form), and `/pipeline/<card>` (links,
//! scores, meetings, private notes, tasks, history). Also the pieces other pages show:
//! "Add to pipeline" on the meetings page and, for founders, the stages investors
//! shared with them.

use crate::api::pipeline::{
    get_pipeline_board, get_pipeline_card, get_shared_stages, AddNote, AddShortlist, AddTask,
    AddToPipeline, MoveCard, ReviveCard, SetTaskDone, ShareCard,
};
use crate::components::forms::{loaded, Field, FormError, TextAreaField};
use crate::components::layout::RequireRole;
use crate::error::AppError;
use crate::islands::pipeline_drag::{PipelineDrag, PipelineDragWords};
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use domain::account::Role;
use domain::lang::Lang;
use domain::pipeline::{Event, Source, Stage};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{CardSummary, PipelineBoard, PipelineCard, SharedStage};

/// A stage in words.
pub fn stage_label(lang: Lang, stage: Stage) -> String {
    match stage {
        Stage::Sourced => t!(lang, "pipeline-stage-sourced"),
        Stage::Met => t!(lang, "pipeline-stage-met"),
        Stage::DueDiligence => t!(lang, "pipeline-stage-due-diligence"),
        Stage::TermSheet => t!(lang, "pipeline-stage-term-sheet"),
        Stage::Invested => t!(lang, "pipeline-stage-invested"),
    }
}

fn source_label(lang: Lang, source: Source) -> String {
    match source {
        Source::Hand => t!(lang, "pipeline-source-hand"),
        Source::Shortlist => t!(lang, "pipeline-source-shortlist"),
        Source::Meeting => t!(lang, "pipeline-source-meeting"),
    }
}

fn event_label(lang: Lang, event: Event) -> String {
    match event {
        Event::Added => t!(lang, "pipeline-event-added"),
        Event::Moved => t!(lang, "pipeline-event-moved"),
        Event::Passed => t!(lang, "pipeline-event-passed"),
        Event::Revived => t!(lang, "pipeline-event-revived"),
    }
}

fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[component]
pub fn PipelinePage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let board = Resource::new(move || location.search.get(), |_| get_pipeline_board());
    view! {
        <Title text=t!(lang, "pipeline-title")/>
        <RequireRole role=Role::Investor>
            <header class="page-header">
                <h1>{t!(lang, "pipeline-title")}</h1>
            </header>
            <PageNotice/>
            {loaded(board, |b: PipelineBoard| view! { <BoardView b/> })}
        </RequireRole>
    }
}

#[component]
fn BoardView(b: PipelineBoard) -> impl IntoView {
    let lang = use_lang();
    let intro = if b.firm.is_empty() {
        t!(lang, "pipeline-intro-own")
    } else {
        t!(lang, "pipeline-intro-firm", firm = b.firm.clone())
    };
    let funnel = Stage::ALL
        .iter()
        .map(|&s| {
            let i = s.index();
            t!(
                lang,
                "pipeline-funnel-stage",
                stage = stage_label(lang, s),
                reached = b.funnel.reached[i],
                passed = b.funnel.passed[i]
            )
        })
        .collect::<Vec<_>>()
        .join(" → ");
    let words = PipelineDragWords {
        moving: t!(lang, "pipeline-drag-moving"),
        refused: t!(lang, "pipeline-drag-refused"),
        failed: t!(lang, "pipeline-drag-failed"),
    };
    view! {
        <p class="muted">{intro}</p>
        <p class="funnel" aria-label=t!(lang, "pipeline-funnel")><strong>{t!(lang, "pipeline-funnel")}</strong> " " {funnel}</p>
        <AddForms candidates=b.candidates.clone() shortlist=b.shortlist_to_add/>
        <PipelineDrag words/>
        <div class="pipeline-board">
            {b.columns.into_iter().map(|(stage, cards)| view! {
                <section class="pipeline-column" data-stage=stage.as_str() aria-labelledby=format!("col-{}", stage.as_str())>
                    <h2 id=format!("col-{}", stage.as_str())>{stage_label(lang, stage)} " " <span class="muted">"(" {cards.len()} ")"</span></h2>
                    <ul class="pipeline-cards">
                        {cards.into_iter().map(|c| view! { <BoardCard c/> }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
        <section aria-labelledby="passed-title" class="pipeline-passed">
            <h2 id="passed-title">{t!(lang, "pipeline-passed")} " " <span class="muted">"(" {b.passed.len()} ")"</span></h2>
            {b.passed.is_empty().then(|| view! { <p class="muted">{t!(lang, "pipeline-none-passed")}</p> })}
            <ul class="pipeline-cards">
                {b.passed.into_iter().map(|c| view! { <BoardCard c/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn AddForms(candidates: Vec<wire::Candidate>, shortlist: u32) -> impl IntoView {
    let lang = use_lang();
    let add = ServerAction::<AddToPipeline>::new();
    let error = action_error(add);
    let bulk = ServerAction::<AddShortlist>::new();
    let options: Vec<(String, String)> = candidates
        .iter()
        .map(|c| {
            (
                c.startup_id.to_string(),
                format!("{} · {}", c.name, source_label(lang, c.source)),
            )
        })
        .collect();
    let message = move || error.get().and_then(|e| e.field("startup"));
    view! {
        <section class="card pipeline-add" aria-labelledby="add-title">
            <h2 id="add-title">{t!(lang, "pipeline-add-title")}</h2>
            <ActionForm action=add>
                <input type="hidden" name="from" value="board"/>
                <label for="field-startup">{t!(lang, "pipeline-add-startup")}</label>
                <select id="field-startup" name="startup" aria-describedby="field-startup-error">
                    <option value="">{t!(lang, "pipeline-add-choose")}</option>
                    {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
                <p class="field-error" id="field-startup-error">{message}</p>
                <button type="submit" class="button primary">{t!(lang, "pipeline-add")}</button>
            </ActionForm>
            {(shortlist > 0).then(|| view! {
                <ActionForm action=bulk>
                    <button type="submit" class="button">{t!(lang, "pipeline-add-shortlist", count = shortlist)}</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
fn BoardCard(c: CardSummary) -> impl IntoView {
    let lang = use_lang();
    let id = c.id;
    let overdue = c.overdue_tasks > 0;
    view! {
        <li class="card pipeline-card" class:overdue=overdue id=format!("card-{id}")
            draggable=(!c.passed).then_some("true") data-card=id.to_string()>
            <h3><A href=format!("/pipeline/{id}")>{c.startup_name.clone()}</A></h3>
            <p class="badges">
                {c.passed.then(|| view! { <span class="badge">{t!(lang, "pipeline-passed-at", stage = stage_label(lang, c.stage))}</span> })}
                {(c.overdue_tasks > 0).then(|| view! { <span class="badge badge-error">{t!(lang, "pipeline-overdue-tasks", count = c.overdue_tasks)}</span> })}
                {(c.open_tasks > 0).then(|| view! { <span class="badge">{t!(lang, "pipeline-open-tasks", count = c.open_tasks)}</span> })}
                {c.stale.then(|| view! { <span class="badge badge-warn">{t!(lang, "pipeline-stale")}</span> })}
                {c.shared.then(|| view! { <span class="badge badge-ok">{t!(lang, "pipeline-shared-badge")}</span> })}
            </p>
            {if c.passed {
                view! { <ReviveForm card=id back="board"/> }.into_any()
            } else {
                view! { <MoveForm card=id stage=c.stage back="board"/> }.into_any()
            }}
        </li>
    }
}

/// "Move to" (a stage, or pass) with a reason: the keyboard and no-JavaScript way.
#[component]
fn MoveForm(card: Uuid, stage: Stage, back: &'static str) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<MoveCard>::new();
    let all = action_error(action);
    let key = card.to_string();
    // A refusal sent back without JavaScript reaches every move form of the page: each
    // shows only its own card's.
    let error = Signal::derive(move || {
        all.get()
            .filter(|e| e.kept("card").as_deref() == Some(key.as_str()))
    });
    let kept = move |name: &str| error.get().and_then(|e| e.kept(name));
    let select_id = format!("move-{card}");
    let reason_id = format!("reason-{card}");
    let stage_error = format!("move-{card}-error");
    let reason_error = format!("reason-{card}-error");
    let chosen = move || kept("stage");
    view! {
        <ActionForm action attr:class="move-form">
            <input type="hidden" name="card" value=card.to_string()/>
            <input type="hidden" name="back" value=back/>
            <label for=select_id.clone()>{t!(lang, "pipeline-move-to")}</label>
            <select id=select_id name="stage" aria-describedby=stage_error.clone()>
                {Stage::ALL.iter().filter(|s| **s != stage).map(|s| {
                    let code = s.as_str();
                    view! { <option value=code selected=move || chosen().as_deref() == Some(code)>{stage_label(lang, *s)}</option> }
                }).collect_view()}
                <option value="passed" selected=move || chosen().as_deref() == Some("passed")>{t!(lang, "pipeline-pass-option")}</option>
            </select>
            <p class="field-error" id=stage_error>{move || error.get().and_then(|e| e.field("stage"))}</p>
            <label for=reason_id.clone()>{t!(lang, "pipeline-reason")}</label>
            <input id=reason_id type="text" name="reason" maxlength="300" aria-describedby=reason_error.clone()
                prop:value=move || kept("reason").unwrap_or_default()/>
            <p class="field-error" id=reason_error>{move || error.get().and_then(|e| e.field("reason"))}</p>
            {move || error.get().filter(|e| matches!(e, AppError::Conflict(_))).map(|e| view! {
                <p class="field-error" role="alert">{e.message(lang)}</p>
            })}
            <button type="submit" class="button">{t!(lang, "pipeline-move")}</button>
        </ActionForm>
    }
}

#[component]
fn ReviveForm(card: Uuid, back: &'static str) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<ReviveCard>::new();
    view! {
        <ActionForm action>
            <input type="hidden" name="card" value=card.to_string()/>
            <input type="hidden" name="back" value=back/>
            <button type="submit" class="button">{t!(lang, "pipeline-revive")}</button>
        </ActionForm>
    }
}

#[component]
pub fn PipelineCardPage() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
    let location = use_location();
    let card = Resource::new(
        move || (params.read().get("id"), location.search.get()),
        |(id, _)| get_pipeline_card(id.unwrap_or_default()),
    );
    view! {
        <Title text=t!(lang, "pipeline-card-title")/>
        <RequireRole role=Role::Investor>
            <p><A href="/pipeline">{t!(lang, "pipeline-back")}</A></p>
            <PageNotice/>
            {loaded(card, |c: PipelineCard| view! { <CardView c/> })}
        </RequireRole>
    }
}

#[component]
fn CardView(c: PipelineCard) -> impl IntoView {
    let lang = use_lang();
    let id = c.id;
    let status = if c.passed {
        t!(
            lang,
            "pipeline-passed-at",
            stage = stage_label(lang, c.stage)
        )
    } else {
        stage_label(lang, c.stage)
    };
    view! {
        <header class="page-header">
            <h1>{c.startup_name.clone()}</h1>
        </header>
        <section class="card">
            <p>{c.one_liner.clone()}</p>
            <p><strong>{t!(lang, "pipeline-stage")}</strong> " " <span class="badge">{status}</span>
                " " <span class="muted">{t!(lang, "pipeline-came-from", source = source_label(lang, c.source))}</span></p>
            {c.passed.then(|| view! {
                <p><strong>{t!(lang, "pipeline-pass-reason")}</strong> " " <q class="pre-line">{c.pass_reason.clone()}</q></p>
            })}
            {c.public.then(|| view! { <p><A href=format!("/showcase/{}", c.startup_id)>{t!(lang, "pipeline-startup-page")}</A></p> })}
            {if c.passed {
                view! { <ReviveForm card=id back="card"/> }.into_any()
            } else {
                view! { <MoveForm card=id stage=c.stage back="card"/> }.into_any()
            }}
            <ShareForm card=id shared=c.shared/>
        </section>
        <section class="card" aria-labelledby="scores-title">
            <h2 id="scores-title">{t!(lang, "pipeline-your-scores")}</h2>
            {c.scores.is_empty().then(|| view! { <p class="muted">{t!(lang, "pipeline-no-scores")}</p> })}
            <ul>
                {c.scores.into_iter().map(|s| view! {
                    <li>
                        <A href=format!("/investor/reviews/{}", s.submission_id)>{s.pitch_title.clone()}</A>
                        " · " {s.edition_name.clone()} " · "
                        {t!(lang, "pipeline-score", score = format!("{:.1}", s.weighted))}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="meetings-title">
            <h2 id="meetings-title">{t!(lang, "pipeline-meetings")}</h2>
            {c.meetings.is_empty().then(|| view! { <p class="muted">{t!(lang, "pipeline-no-meetings")}</p> })}
            <ul>
                {c.meetings.into_iter().map(|m| {
                    let held = match m.held {
                        Some(domain::meetings::CheckIn::Held) => t!(lang, "pipeline-meeting-held"),
                        Some(domain::meetings::CheckIn::NoShow) => t!(lang, "pipeline-meeting-no-show"),
                        None => t!(lang, "pipeline-meeting-planned"),
                    };
                    view! { <li>{when(m.starts_at)} " · " {held}</li> }
                }).collect_view()}
            </ul>
        </section>
        <section class="card" id="tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t!(lang, "pipeline-tasks")}</h2>
            {c.tasks.is_empty().then(|| view! { <p class="muted">{t!(lang, "pipeline-no-tasks")}</p> })}
            <ul class="pipeline-tasks">
                {c.tasks.into_iter().map(|task| view! { <TaskItem task/> }).collect_view()}
            </ul>
            <TaskForm card=id members=c.members.clone() me=c.me/>
        </section>
        <section class="card" id="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{t!(lang, "pipeline-notes")}</h2>
            <p class="muted">{t!(lang, "pipeline-notes-private")}</p>
            <NoteForm card=id/>
            <ul class="pipeline-notes">
                {c.notes.into_iter().map(|n| view! {
                    <li>
                        <p class="muted">{n.author.clone()} " · " {when(n.at)}</p>
                        <p class="pre-line">{n.body.clone()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">{t!(lang, "pipeline-history")}</h2>
            <table class="stack-on-phone">
                <thead><tr>
                    <th>{t!(lang, "pipeline-history-when")}</th>
                    <th>{t!(lang, "pipeline-history-who")}</th>
                    <th>{t!(lang, "pipeline-history-what")}</th>
                    <th>{t!(lang, "pipeline-reason")}</th>
                </tr></thead>
                <tbody>
                    {c.history.into_iter().map(|m| {
                        let what = match m.from {
                            Some(from) if from != m.to => format!("{}: {} → {}", event_label(lang, m.event), stage_label(lang, from), stage_label(lang, m.to)),
                            _ => format!("{}: {}", event_label(lang, m.event), stage_label(lang, m.to)),
                        };
                        view! {
                            <tr>
                                <td>{when(m.at)}</td>
                                <td>{m.by.clone()}</td>
                                <td>{what}</td>
                                <td class="pre-line">{m.reason.clone()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn ShareForm(card: Uuid, shared: bool) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<ShareCard>::new();
    let (value, label) = if shared {
        ("off", t!(lang, "pipeline-unshare"))
    } else {
        ("on", t!(lang, "pipeline-share"))
    };
    view! {
        <ActionForm action>
            <input type="hidden" name="card" value=card.to_string()/>
            <input type="hidden" name="share" value=value/>
            <p class="muted">{if shared { t!(lang, "pipeline-shared-yes") } else { t!(lang, "pipeline-shared-no") }}</p>
            <button type="submit" class="button">{label}</button>
        </ActionForm>
    }
}

#[component]
fn TaskItem(task: wire::TaskRow) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SetTaskDone>::new();
    let due = i18n::format::date(lang, task.due_on);
    view! {
        <li class:overdue=task.overdue>
            <span class:done=task.done>{task.title.clone()}</span>
            " · " {task.owner.clone()} " · "
            {if task.overdue { t!(lang, "pipeline-task-overdue", due = due) } else { t!(lang, "pipeline-task-due", due = due) }}
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="task" value=task.id.to_string()/>
                <input type="hidden" name="done" value=if task.done { "off" } else { "on" }/>
                <button type="submit" class="button link">
                    {if task.done { t!(lang, "pipeline-task-undo") } else { t!(lang, "pipeline-task-done") }}
                </button>
            </ActionForm>
        </li>
    }
}

#[component]
fn TaskForm(card: Uuid, members: Vec<(Uuid, String)>, me: Uuid) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<AddTask>::new();
    let error = action_error(action);
    let kept = move |name: &str| error.get().and_then(|e| e.kept(name));
    let owner_kept = move || kept("owner").unwrap_or_else(|| me.to_string());
    view! {
        <ActionForm action attr:class="task-form">
            <FormError error/>
            <input type="hidden" name="card" value=card.to_string()/>
            <Field label=t!(lang, "pipeline-task-title") name="title" maxlength=200 error/>
            <Field label=t!(lang, "pipeline-task-due-on") name="due_on" kind="date" error/>
            <label for="field-owner">{t!(lang, "pipeline-task-owner")}</label>
            <select id="field-owner" name="owner" aria-describedby="field-owner-error">
                {members.into_iter().map(|(id, name)| {
                    let v = id.to_string();
                    let on = v.clone();
                    view! { <option value=v selected=move || owner_kept() == on>{name}</option> }
                }).collect_view()}
            </select>
            <p class="field-error" id="field-owner-error">{move || error.get().and_then(|e| e.field("owner"))}</p>
            <button type="submit" class="button primary">{t!(lang, "pipeline-task-add")}</button>
        </ActionForm>
    }
}

#[component]
fn NoteForm(card: Uuid) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<AddNote>::new();
    let error = action_error(action);
    view! {
        <ActionForm action>
            <input type="hidden" name="card" value=card.to_string()/>
            <TextAreaField label=t!(lang, "pipeline-note") name="body" rows=3 error
                initial=Signal::derive(move || error.get().and_then(|e| e.kept("body")))/>
            <button type="submit" class="button primary">{t!(lang, "pipeline-note-add")}</button>
        </ActionForm>
    }
}

/// "Add to pipeline" beside an accepted meeting request (investors, meetings page).
#[component]
pub fn AddToPipelineButton(startup: Uuid) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<AddToPipeline>::new();
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="startup" value=startup.to_string()/>
            <input type="hidden" name="from" value="meetings"/>
            <button type="submit" class="button">{t!(lang, "pipeline-add-from-meeting")}</button>
        </ActionForm>
    }
}

/// For founders: the stages investors chose to share with their startups (nothing
/// when there is none, or for anyone else).
#[component]
pub fn SharedStages() -> impl IntoView {
    let lang = use_lang();
    let shared = Resource::new(|| (), |_| get_shared_stages());
    view! {
        <Suspense fallback=|| ()>
            {move || shared.get().and_then(Result::ok).filter(|l: &Vec<SharedStage>| !l.is_empty()).map(|list| view! {
                <section aria-labelledby="shared-stages-title">
                    <h2 id="shared-stages-title">{t!(lang, "pipeline-shared-title")}</h2>
                    <ul class="card">
                        {list.into_iter().map(|s| view! {
                            <li>{t!(lang, "pipeline-shared-line", investor = s.investor.clone(), startup = s.startup_name.clone(), stage = stage_label(lang, s.stage))}</li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </Suspense>
    }
}
