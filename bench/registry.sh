#!/usr/bin/env bash
# The registry at scale (issue 10): for 1 000, 10 000 and 100 000 companies, on SQLite and
# on PostgreSQL, the list page rendered on the server at 32 connections (p50 and p95, a
# common word and a rare one), the JSON list (requests/s), and the full CSV download (time,
# rows, and the server's peak memory while it streams).
#
#   make bench-registry            # or: bench/registry.sh
#   BENCH_SIZES="1000 10000" BENCH_BACKENDS=sqlite BENCH_SECONDS=5 bench/registry.sh
#
# Load comes from wrk (Debian's package, installed by .ci/setup) on the same 2-core machine
# as the release server, so both share the cores. Each size adds synthetic companies
# (`server synthetic-companies`) to the demo data's 35 listed ones; "kaffe" is in one
# two companies in five, "zanzibar" in one in 20 000.
set -euo pipefail
port=3109
source "$(dirname "$0")/lib.sh"
report_lua 95
sizes="${BENCH_SIZES:-1000 10000 100000}"
backends="${BENCH_BACKENDS:-sqlite postgres}"
pg="${BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"

# wrk's figures for one path: requests/s, p50 ms, p95 ms.
load() {
  local line
  line=$(wrk -t2 -c32 -d"${seconds}s" -s "$data/report.lua" "http://127.0.0.1:$port$1" | grep '^RESULT')
  read -r _ rps p50 p95 errors <<<"$line"
  [[ $errors == 0 ]] || echo "  ($errors errors on $1)" >&2
  printf '%s|%s|%s' "$rps" "$p50" "$p95"
}

printf '| database | companies | common word, first request: ms | page, common word: req/s, p50, p95 ms | page, rare word: req/s, p50, p95 ms | JSON list: req/s, p50, p95 ms | full CSV: rows, seconds, peak RSS MB |\n'
printf '|---|---|---|---|---|---|---|\n'
for backend in $backends; do
  case $backend in
    sqlite) url="sqlite://$data/bench.db?mode=rwc" ;;
    postgres)
      psql "$pg/postgres" -qAtc 'DROP DATABASE IF EXISTS bench_registry' >/dev/null
      psql "$pg/postgres" -qAtc 'CREATE DATABASE bench_registry' >/dev/null
      url="$pg/bench_registry" ;;
  esac
  have=0
  for size in $sizes; do
    DATABASE_URL="$url" RUST_LOG=warn "$bin" synthetic-companies $((size - have)) >/dev/null
    have=$size
    start "$url"
    # The first request of a search, before anything about it is kept (then the load
    # repeats it: the page and its count come from memory until the registry changes).
    first=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/registry?q=kaffe" | awk '{printf "%.1f", $1 * 1000}')
    common=$(load '/registry?q=kaffe')
    rare=$(load '/registry?q=zanzibar')
    json=$(load '/api/v1/companies')
    stop
    # A fresh server for the download, so its peak memory is the download's.
    start "$url"
    before=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
    started=$(date +%s%N)
    rows=$(curl -fsS "http://127.0.0.1:$port/registry.csv" | python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')
    took=$((($(date +%s%N) - started) / 1000000))
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
    stop
    printf '| %s | %s | %s | %s | %s | %s | %s rows, %d.%03d s, %d MB (%d MB before) |\n' \
      "$backend" "$size" "$first" "${common//|/, }" "${rare//|/, }" "${json//|/, }" \
      "$rows" $((took / 1000)) $((took % 1000)) $((peak / 1024)) $((before / 1024))
  done
done
