#!/usr/bin/env bash
# Liaison's benchmark run (issue #7, docs/benchmarks.md "How it is measured").
#
#   src/bench/run-benchmarks.sh [N ...]          default: 10000 100000; add 1000000 for 1M (opt-in, long)
#
# Builds the WAR and the server, installs wrk and PostgreSQL from Debian if they are missing, starts a throwaway
# PostgreSQL cluster (or uses LIAISON_BENCH_PG=host:port, user/password liaison, allowed to create databases),
# runs every case on the same data for each N, writes docs/benchmarks.md and docs/benchmarks-latency.svg, and
# removes the cluster whatever the outcome. The HTTP case runs at N=100000 (BENCH_HTTP_N to change, 0 to skip) on
# ports 8080 + BENCH_PORT_OFFSET (default 5000). The figures are also saved to target/bench/results.ser; after a change
# to the report's wording only, `java -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
# org.liaisonhub.bench.BenchmarkSuite --render target/bench/results.ser --command "src/bench/run-benchmarks.sh …"`
# rewrites docs/benchmarks.md from them without measuring again.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
N_LIST=$(IFS=,; echo "${SIZES[*]}")
HTTP_N="${BENCH_HTTP_N:-100000}"
PORT_OFFSET="${BENCH_PORT_OFFSET:-5000}"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ -z "${LIAISON_BENCH_PG:-}" ]; then
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need+=(postgresql)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Missing ${need[*]}: install them (Debian: apt-get install ${need[*]}); continuing without those cases." >&2
  fi
fi

PG="${LIAISON_BENCH_PG:-}"
PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT

# --- A throwaway PostgreSQL cluster on 127.0.0.1 (as .ci/run does), unless one was given. ---
if [ -z "$PG" ] && [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] && id postgres >/dev/null 2>&1; then
  PG_DIR="$(mktemp -d /tmp/liaison-bench-pg.XXXXXX)"
  chown postgres: "$PG_DIR"
  port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  PG_PORT=$((55432 + PORT_OFFSET))
  while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
  runuser -u postgres -- "$(pg_bin)/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgresql.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c shared_buffers=256MB -c work_mem=32MB" \
    start >/dev/null
  runuser -u postgres -- psql -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "create role liaison login createdb password 'liaison'"
  PG="127.0.0.1:$PG_PORT"
  echo "Throwaway PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on $PG"
fi
[ -n "$PG" ] || { PG=none; echo "No PostgreSQL: the PostgreSQL cases are skipped (the report says so)." >&2; }

# --- Build: the WAR, the configured server, test classes (the harness) and its class path. ---
mvn -B -q -Pbenchmarks package -DskipTests

CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
exec_args=(--n "$N_LIST" --out docs --work target/bench --pg "$PG" --http-n "$HTTP_N" --port-offset "$PORT_OFFSET"
  --command "src/bench/run-benchmarks.sh ${SIZES[*]}")
command -v wrk >/dev/null 2>&1 || exec_args+=(--http-n 0)
java -Xms2g -Xmx2g -cp "$CP" org.liaisonhub.bench.BenchmarkSuite "${exec_args[@]}"
