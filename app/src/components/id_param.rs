use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The route's `:id` as a number; 0 (which no row has) when it is missing or not a number,
/// so the page's load answers "not found".
pub fn use_id_param() -> Memo<i32> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    })
}
