#!/usr/bin/env bash
# What one server on this 2-core machine answers (issue 11): requests/s of each kind of
# request, measured one after another in one run, with each one's ratio to `/healthz`
# measured in the same run; p50 and p99; the server's peak memory; the bundle's size.
#
#   make bench                 # or: bench/throughput.sh
#   BENCH_SECONDS=5 bench/throughput.sh
#
# The release server (`make build-release`) starts on a fresh SQLite database with the demo
# data; wrk (Debian's package, installed by .ci/setup) loads it with 2 threads and 32
# connections from the same machine, so both share the two cores. Pages go out
# uncompressed (wrk sends no Accept-Encoding); the static file is asked for as a browser
# asks, and comes as the brotli copy the build wrote.
set -euo pipefail
port=3110
source "$(dirname "$0")/lib.sh"
report_lua 99
# The eligibility check a partner site would post.
cat > "$data/eligibility.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"legal_form":"aps","purpose":{"primary_aim":"social","in_statutes":true},"commercial":{"sales_revenue":900000,"total_revenue":1000000},"independence":{"public_ownership_pct":0,"public_appointed_board_pct":0,"public_votes_pct":0,"public_control_otherwise":false},"governance":{"involves":["employees","customers"],"ethical_guidelines":true},"profit":{"paid_in_capital":500000,"profit_after_tax":200000,"dividend":60000,"decided_on":"2025-09-01"}}'
LUA
# A static file as a browser asks for it: compressed.
cat > "$data/browser.lua" <<'LUA'
wrk.headers["Accept-Encoding"] = "gzip, deflate, br, zstd"
LUA
# Searches no one made before: each request a new word, so every page is rendered.
cat > "$data/distinct.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/registry?q=w" .. n .. "x" .. math.random(1e9))
end
LUA

start "sqlite://$data/bench.db?mode=rwc"

css=$(cd target/site && ls pkg/socialokonomi*.css | head -1)
cvr=$(curl -fsS "http://127.0.0.1:$port/api/v1/companies" |
  grep -o '"cvr":"[0-9]*"' | head -1 | grep -o '[0-9]\{8\}')
css_bytes=$(stat -c %s "target/site/$css")
css_br=$(stat -c %s "target/site/$css.br")

# label|path|script
cases=(
  "\`/healthz\`|/healthz|"
  "\`POST /api/v1/eligibility\`|/api/v1/eligibility|eligibility.lua"
  "home page (server-rendered)|/|"
  "a company's profile|/registry/$cvr|"
  "\`/$css\` (static, $((css_bytes / 1000)) KB, $((css_br / 1000)) KB as brotli)|/$css|browser.lua"
  "\`/registry\` (demo data, 20 on the page)|/registry|"
  "\`/registry?q=…\`, a new search each request (rendered, not kept)|/registry|distinct.lua"
)

run() {
  local path=$1 script=$2 args=(-t2 -c32 -d"${seconds}s" -s "$data/report.lua")
  if [[ -n $script ]]; then
    # wrk takes one script: the case's own, then the report appended.
    cat "$data/$script" "$data/report.lua" > "$data/case.lua"
    args=(-t2 -c32 -d"${seconds}s" -s "$data/case.lua")
  fi
  wrk "${args[@]}" "http://127.0.0.1:$port$path" | grep '^RESULT'
}

# The server's peak memory so far (VmHWM), after each row: the rows run in this order.
peak() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$server/status"; }
rest=$(peak)
printf '| what | requests/s | compared with `/healthz` | p50 ms | p99 ms | peak RSS so far, MB |\n'
printf '|---|---|---|---|---|---|\n'
healthz=
for case in "${cases[@]}"; do
  IFS='|' read -r label path script <<<"$case"
  read -r _ rps p50 p99 errors <<<"$(run "$path" "$script")"
  [[ -n $healthz ]] || healthz=$rps
  ratio=$(awk -v a="$rps" -v b="$healthz" 'BEGIN { printf "%.2f", a / b }')
  note=
  [[ $errors == 0 ]] || note=" ($errors errors)"
  printf '| %s | %s%s | %s | %s | %s | %s |\n' "$label" "$rps" "$note" "$ratio" "$p50" "$p99" "$(peak)"
done
echo
echo "server at rest before the load: $rest MB"
.ci/bundle-size | tail -2
echo "$(date -u +%Y-%m-%d), $(nproc) cores, ${seconds} s per row, wrk -t2 -c32"
