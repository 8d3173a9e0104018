//! The web app: pages, components, server functions and the pure domain rules.
//!
//! Built twice: with `ssr` into the server, with `hydrate` into the WASM bundle. Code that
//! touches the database or the request lives behind `#[cfg(feature = "ssr")]`.
#![recursion_limit = "256"]

pub mod account;
pub mod admin;
pub mod app;
pub mod assessment;
pub mod components;
pub mod domain;
pub mod enquiries;
pub mod error;
/// Server only until its pages come (issue 13): nothing of it in the browser's bundle yet.
#[cfg(feature = "ssr")]
pub mod events;
pub mod form;
pub mod i18n;
pub mod inbox;
pub mod listing;
pub mod mentoring;
pub mod pages;
pub mod registry;
mod routes;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod email;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod settings;
#[cfg(feature = "ssr")]
pub mod shutdown;
#[cfg(feature = "ssr")]
pub mod token;

/// The browser's entry point: attach to the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // `hydrate_lazy`: waits for the lazily loaded route of this page before hydrating it.
    leptos::mount::hydrate_lazy(app::App);
}
