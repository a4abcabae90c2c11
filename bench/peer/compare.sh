#!/usr/bin/env bash
# Same-run comparison with Microsoft's Bot Framework SDK for JavaScript (../shared/tools/peer-botbuilder):
# one driver (the peer's load.js), one machine, a fresh in-memory Azurite for each bot, the same concurrency.
# Prints each bot's turns/s, reply latency, table requests per turn and CPU per turn, then the ratio.
# Usage: bench/peer/compare.sh [duration_s=20] [concurrency=16] [outdir=/tmp/coach-peer-compare]
# Needs: `npm ci` in the peer folder, and a Release build (`dotnet build src/InterviewCoach.Bot -c Release`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PEER=${PEER_DIR:-$ROOT/../shared/tools/peer-botbuilder}
DUR=${1:-20}
C=${2:-16}
OUT=${3:-/tmp/coach-peer-compare}
WARMUP=${WARMUP:-3}
PRIME=${PRIME:-5}
AZ_PORT=${AZ_PORT:-10902}
PEER_PORT=${PEER_PORT:-3988}
BOT_PORT=${BOT_PORT:-5988}
KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;TableEndpoint=http://127.0.0.1:$AZ_PORT/devstoreaccount1;"
DLL=${BOT_DLL:-$ROOT/src/InterviewCoach.Bot/bin/Release/net10.0/InterviewCoach.Bot.dll}
[ -f "$DLL" ] || { echo "build first: dotnet build $ROOT/src/InterviewCoach.Bot -c Release" >&2; exit 2; }
[ -d "$PEER/node_modules" ] || { echo "install the peer first: (cd $PEER && npm ci)" >&2; exit 2; }
mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "${AZ_DIR:-/nonexistent}"; }
trap cleanup EXIT
wait_http() { for _ in $(seq 1 300); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done; echo "$1 did not answer" >&2; return 1; }
wait_port() { for _ in $(seq 1 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1 did not open" >&2; return 1; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
stat_turns() { curl -fsS "$1" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(String(JSON.parse(s).turns)))"; }
TCK=$(getconf CLK_TCK)
AZ_PID=; AZ_DIR=
start_azurite() {
  [ -n "$AZ_PID" ] && { kill "$AZ_PID" 2>/dev/null || true; wait "$AZ_PID" 2>/dev/null || true; rm -rf "$AZ_DIR"; }
  AZ_DIR=$(mktemp -d /tmp/coach-compare-azurite.XXXXXX)
  (cd "$AZ_DIR" && exec "$ROOT/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$AZ_PORT" --inMemoryPersistence \
     --skipApiVersionCheck --loose --silent --disableTelemetry) >"$OUT/azurite.log" 2>&1 &
  AZ_PID=$!; PIDS+=("$AZ_PID"); wait_port "$AZ_PORT"
}
# run_load <label> <bot pid> <url> <stats url> [extra load.js args...]
run_load() {
  local label=$1 pid=$2 url=$3 stats=$4; shift 4
  local b0 a0 b1 a1
  # An unmeasured pass first, so both runtimes have compiled their hot paths (JIT, V8) before anything is counted.
  node "$PEER/load.js" --url "$url" --concurrency "$C" --duration "$PRIME" --warmup 0 "$@" >"$OUT/prime-$label.txt" 2>&1 || { cat "$OUT/prime-$label.txt"; return 1; }
  local t0 t1; t0=$(stat_turns "$stats"); curl -fsS "$stats" >"$OUT/stats0-$label.json"
  b0=$(cpu_ticks "$pid"); a0=$(cpu_ticks "$AZ_PID")
  node "$PEER/load.js" --url "$url" --stats-url "$stats" --concurrency "$C" --duration "$DUR" --warmup "$WARMUP" \
    --label "$label" --out "$OUT/load-$label.json" "$@" >"$OUT/load-$label.txt" 2>&1 || { cat "$OUT/load-$label.txt"; return 1; }
  b1=$(cpu_ticks "$pid"); a1=$(cpu_ticks "$AZ_PID")
  t1=$(stat_turns "$stats"); curl -fsS "$stats" >"$OUT/stats1-$label.json"
  echo "$(( b1 - b0 )) $(( a1 - a0 )) $(peak_rss_mb "$pid") $(( t1 - t0 ))" >"$OUT/cpu-$label.txt"
}

echo "== $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); C=$C, ${DUR}s measured after ${WARMUP}s warm-up"

start_azurite
(cd "$PEER" && STORAGE=table PORT=$PEER_PORT AZURE_TABLES_CONNECTION_STRING="$CONN" MAX_SECONDS=$((DUR + WARMUP + 60)) exec node peer-bot.js) >"$OUT/peer-bot.log" 2>&1 &
PEER_PID=$!; PIDS+=("$PEER_PID"); wait_http "http://127.0.0.1:$PEER_PORT/healthz"
run_load peer "$PEER_PID" "http://127.0.0.1:$PEER_PORT/api/messages" "http://127.0.0.1:$PEER_PORT/api/stats"
kill "$PEER_PID"; wait "$PEER_PID" 2>/dev/null || true

start_azurite
# The host runs with the JIT settings it ships with (TieredPGO off in its project): no DOTNET_TieredPGO override here.
ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Diagnostics__Stats=true Storage__ConnectionString="$CONN" \
  dotnet "$DLL" --contentRoot "$ROOT/src/InterviewCoach.Bot" --urls "http://127.0.0.1:$BOT_PORT" >"$OUT/coach-bot.log" 2>&1 &
BOT_PID=$!; PIDS+=("$BOT_PID"); wait_http "http://127.0.0.1:$BOT_PORT/healthz"
# Nothing is measured while the sentence model loads and embeds its examples in the background: that is start-up work.
MODEL_STATE=
for _ in $(seq 1 1800); do
  MODEL_STATE=$(curl -fsS "http://127.0.0.1:$BOT_PORT/api/stats" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(String(JSON.parse(s).modelState)))")
  [ "$MODEL_STATE" = ready ] || [ "$MODEL_STATE" = failed ] || [ "$MODEL_STATE" = null ] || [ "$MODEL_STATE" = undefined ] && break
  sleep 0.1
done
echo "coach model: $MODEL_STATE, $(curl -fsS "http://127.0.0.1:$BOT_PORT/api/stats" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(String(JSON.parse(s).modelReadyAfterMs)))") ms after process start; RSS then $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$BOT_PID/status") MB"
run_load coach "$BOT_PID" "http://127.0.0.1:$BOT_PORT/api/messages" "http://127.0.0.1:$BOT_PORT/api/stats" \
  --script "$ROOT/bench/peer/goal-script.json" --channel msteams
kill "$BOT_PID"; wait "$BOT_PID" 2>/dev/null || true

node - "$OUT" "$TCK" <<'JS'
const fs = require('fs'); const [out, tck] = process.argv.slice(2);
const row = (label) => {
  const r = JSON.parse(fs.readFileSync(`${out}/load-${label}.json`, 'utf8'));
  const [bot, az, rss, allTurns] = fs.readFileSync(`${out}/cpu-${label}.txt`, 'utf8').trim().split(' ').map(Number);
  const errors = Object.values(r.errors || {}).reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0);
  // The peer's only writes are upsertEntity (ETag '*'); the coach counts unconditional writes itself.
  const unconditional = r.bot?.storage?.unconditionalWrites ?? r.bot?.tableOps?.upsertEntity;
  return { label, tps: r.turnsPerSecond, reply: r.latencyMs.reply, perTurn: r.bot?.perTurn?.tableRequests, tableOps: r.bot?.tableOps, unconditional,
    errors, botCpuMsPerTurn: (1000 * bot) / tck / allTurns, azCpuMsPerTurn: (1000 * az) / tck / allTurns, rss, driverCpu: r.driverCpuSeconds };
};
const rows = ['peer', 'coach'].map(row);
const f = (x, d = 1) => (x == null || Number.isNaN(x) ? '-' : (+x).toFixed(d));
console.log('| bot | turns/s | reply p50 / p95 / p99 ms | table requests per turn | unconditional writes | errors | bot CPU ms/turn | Azurite CPU ms/turn | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${f(r.tps)} | ${f(r.reply?.p50, 2)} / ${f(r.reply?.p95, 2)} / ${f(r.reply?.p99, 2)} | ${f(r.perTurn, 3)} | ${r.unconditional ?? '-'} | ${r.errors} | ${f(r.botCpuMsPerTurn, 2)} | ${f(r.azCpuMsPerTurn, 2)} | ${r.rss} |`);
for (const r of rows) console.log(`${r.label} table requests by operation: ${JSON.stringify(r.tableOps)}`);
{
  // The coach's sentence model over the measured window: runs per turn and time per run (cache hits are not runs).
  const read = (n) => { try { return JSON.parse(fs.readFileSync(`${out}/${n}-coach.json`, 'utf8')); } catch { return null; } };
  const [s0, s1] = [read('stats0'), read('stats1')];
  if (s0?.modelCalls != null && s1?.modelCalls != null) {
    const turns = s1.turns - s0.turns, calls = s1.modelCalls - s0.modelCalls, ms = s1.modelMs - s0.modelMs;
    console.log(`coach model over the window: ${calls} runs (${f(calls / turns, 3)} per turn), ${f(calls ? ms / calls : 0, 2)} ms per run, ${s1.modelCacheHits - s0.modelCacheHits} cache hits; ready ${s1.modelReadyAfterMs} ms after start`);
  }
  if (s0?.allocatedBytes != null && s1?.allocatedBytes != null) {
    // Read around warm-up and window, like the CPU ticks: the host's own figures, so a profiler is not needed for them.
    const turns = s1.turns - s0.turns;
    console.log(`coach per turn over warm-up and window: ${f((s1.allocatedBytes - s0.allocatedBytes) / 1024 / turns, 1)} KB allocated, ${f((s1.processCpuMs - s0.processCpuMs) / turns, 3)} ms CPU (${turns} turns)`);
  }
}
console.log(`ratio coach/peer turns/s: ${f(rows[1].tps / rows[0].tps, 2)}x`);
fs.writeFileSync(`${out}/summary.json`, JSON.stringify(rows, null, 2));
JS
