#!/usr/bin/env bash
# Serves the built app on a fresh SQLite database with demo data, for the browser tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
data="$root/end2end/.data"
rm -rf "$data" && mkdir -p "$data"
export DATABASE_URL="sqlite://$data/e2e.db?mode=rwc"
export LEPTOS_SITE_ADDR="127.0.0.1:${E2E_PORT:-3000}"
export LEPTOS_SITE_ROOT="target/site"
export LEPTOS_SITE_PKG_DIR="pkg"
export LEPTOS_OUTPUT_NAME="socialokonomi"
export LEPTOS_ENV="PROD"
export SEED_DEMO=true
export OUTBOX_DIR="$data/outbox"
# Its log (tracing writes to standard output) in a file, for a failed run to be read
# (`.ci/test` prints its errors and warnings); panics still reach Playwright's output.
exec "${E2E_SERVER_BIN:-${CARGO_TARGET_DIR:-target}/release/server}" >"$data/server.log"
