#!/usr/bin/env bash
# Liaison's benchmark run (issue #7, docs/benchmarks.md "How it is measured").
#
#   src/bench/run-benchmarks.sh [N ...]          default: 10000 100000; add 1000000 for 1M (opt-in, long)
#
# Environment (all optional): BENCH_HTTP_N (size of the HTTP case, 0 to skip), BENCH_PORT_OFFSET, BENCH_DISTINCT
# (distinct queries available to the HTTP case's cold stream, default 60000), BENCH_OPENSEARCH_MAX_N (largest N of the
# OpenSearch case, default 100000, 0 to skip), BENCH_DEMO (the demo-data case, default true), BENCH_MAVEN_ARGS (e.g. -o).
#
# Builds the WAR and the server, installs wrk and PostgreSQL from Debian if they are missing, starts a throwaway
# PostgreSQL cluster (or uses LIAISON_BENCH_PG=host:port, user/password liaison, allowed to create databases),
# runs every case on the same data for each N, writes docs/benchmarks.md and docs/benchmarks-latency.svg, and
# removes the cluster whatever the outcome. The HTTP case runs at N=100000 (BENCH_HTTP_N to change, 0 to skip) on
# ports 8080 + BENCH_PORT_OFFSET (default 5000); the OpenSearch node on 9200/9300 + BENCH_PORT_OFFSET. The figures are also saved to target/bench/results.ser; after a change
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
DISTINCT="${BENCH_DISTINCT:-60000}"
OPENSEARCH_MAX_N="${BENCH_OPENSEARCH_MAX_N:-100000}"
DEMO="${BENCH_DEMO:-true}"
# The harness holds one data set's H2 pages, Hibernate Search's indexing queues and the readers of every case: 2 GB is
# enough to 100,000 entries; 1,000,000 gets 6 GB (of this machine's 24).
HEAP=2g
for n in "${SIZES[@]}"; do [ "$n" -lt 1000000 ] || HEAP=6g; done

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
# shellcheck disable=SC2086
mvn -B -q ${BENCH_MAVEN_ARGS:-} -Pbenchmarks package -DskipTests
# The OpenSearch node's own class path (OpenSearch 2.19 and its plugins, from src/test/opensearch/pom.xml), as the
# cluster test resolves it; without it the OpenSearch case is skipped and the report says so.
if [ "$OPENSEARCH_MAX_N" != 0 ]; then
  # shellcheck disable=SC2086
  mvn -B -q ${BENCH_MAVEN_ARGS:-} -f src/test/opensearch/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/opensearch/classpath.txt" \
    || echo "Could not resolve OpenSearch's class path: the OpenSearch case is skipped." >&2
fi

CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
exec_args=(--n "$N_LIST" --out docs --work target/bench --pg "$PG" --http-n "$HTTP_N" --port-offset "$PORT_OFFSET"
  --distinct "$DISTINCT" --opensearch-max-n "$OPENSEARCH_MAX_N" --demo "$DEMO"
  --command "src/bench/run-benchmarks.sh ${SIZES[*]}")
command -v wrk >/dev/null 2>&1 || exec_args+=(--http-n 0 --demo false)
java -Xms$HEAP -Xmx$HEAP -cp "$CP" org.liaisonhub.bench.BenchmarkSuite "${exec_args[@]}"
