# What the benchmarks share (sourced, with `port` set): the release server (built when
# missing), a scratch folder removed at the end, wrk's report line, and starting the server
# on a database with the demo data.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${BENCH_SERVER:-${CARGO_TARGET_DIR:-$root/target}/release/server}"
[[ -x $bin ]] || make -s build-release
seconds="${BENCH_SECONDS:-10}"
data="$(mktemp -d)"
server=
stop() { [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=; }
trap 'stop; rm -rf "$data"' EXIT

# wrk's figures on one line: RESULT requests/s, p50 ms, p`$1` ms, errors.
report_lua() {
  cat > "$data/report.lua" <<LUA
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile($1) / 1000, errors))
end
LUA
}

# The server on database `$1`, demo data written when empty; returns once it is ready.
start() {
  DATABASE_URL="$1" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
    LEPTOS_OUTPUT_NAME=socialokonomi LEPTOS_ENV=PROD SEED_DEMO=true \
    OUTBOX_DIR="$data/outbox" RUST_LOG=warn "$bin" 2>>"$data/server.log" &
  server=$!
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return
    sleep 0.2
  done
  echo "the server did not start" >&2
  cat "$data/server.log" >&2
  exit 1
}
