//! The live missing-scores board: rendered on the server, then kept up to date by the
//! server's push (`GET /staff/live/<session>/events`, server-sent events). Without
//! JavaScript it is the board as of the page load (reload to refresh).

use domain::live::Cell;
use leptos::prelude::*;
use wire::LiveBoard;

/// `words` are the cells' words in `Cell::ALL` order (islands carry no translations).
#[island]
pub fn LiveBoardView(
    board: LiveBoard,
    words: Vec<String>,
    startup_heading: String,
    on_stage: String,
) -> impl IntoView {
    let session = board.session_id;
    let (current, set_current) = signal(board);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| push::listen(session, set_current));
    #[cfg(not(feature = "hydrate"))]
    let _ = (session, set_current);
    let word = move |c: Cell| {
        let i = Cell::ALL.iter().position(|x| *x == c).unwrap_or(0);
        words.get(i).cloned().unwrap_or_default()
    };
    view! {
        <div class="table-wrap">
            <table class="table live-board" data-version=move || current.get().version>
                <thead>
                    <tr>
                        <th scope="col">{startup_heading}</th>
                        {move || current.get().judges.into_iter().map(|j| view! { <th scope="col">{j}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let word = word.clone();
                        let on_stage = on_stage.clone();
                        current.get().rows.into_iter().map(move |r| {
                            let word = word.clone();
                            view! {
                                <tr class:on-stage=r.on_stage>
                                    <th scope="row">{r.startup.clone()} {r.on_stage.then(|| format!(" · {on_stage}"))}</th>
                                    {r.cells.into_iter().map(|c| view! { <td data-cell=c.as_str()>{word(c)}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod push {
    use leptos::prelude::*;
    use uuid::Uuid;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use wire::LiveBoard;

    /// Opens the event stream; the browser reconnects by itself when it drops.
    pub fn listen(session: Uuid, set: WriteSignal<LiveBoard>) {
        let Ok(source) = web_sys::EventSource::new(&format!("/staff/live/{session}/events")) else {
            return;
        };
        let on_board =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(text) = e.data().as_string() {
                    if let Ok(board) = serde_json::from_str::<LiveBoard>(&text) {
                        set.set(board);
                    }
                }
            });
        let _ = source.add_event_listener_with_callback("board", on_board.as_ref().unchecked_ref());
        // The page lives as long as the stream: both are dropped with the page.
        on_board.forget();
        std::mem::forget(source);
    }
}
