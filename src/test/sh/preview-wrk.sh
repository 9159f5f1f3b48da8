#!/usr/bin/env bash
# HTTP preview throughput and latency with wrk: for each project folder given (its target/jixiao.jar built by
# `mvn -B -q package -DskipTests`), start the service there on free ports with a fresh data folder, warm it up,
# then POST examples/hunan-property-management.json (12 indicators) to /api/v1/evaluations/preview and print
# req/s, p50, p90, p99, the service's CPU time per request (user + system, from /proc: less sensitive to other
# load on the machine than req/s), the peak heap in use during the timed run (`jstat -gc` every 0.5 s: eden,
# survivors and old generation; needs the JDK's jstat) and the 1-minute load average. Several folders are measured in turn (A B A B …) so that
# all see the same load on a shared machine.
# Usage: src/test/sh/preview-wrk.sh [rounds=2] [project folder=. …]
#   WARMUP (s, default 15), DURATION (s, default 20), THREADS (default 2), CONNECTIONS (default 16),
#   BODY (a JSON file, default examples/hunan-property-management.json), JAVA_OPTS (default
#   -XX:+UseParallelGC -Xmn128m -XX:SharedArchiveFile=target/jixiao.jsa, as the README's start command).
set -euo pipefail
rounds=${1:-2}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(.)
here=$(cd "$(dirname "$0")" && pwd)
warmup=${WARMUP:-15} duration=${DURATION:-20} threads=${THREADS:-2} connections=${CONNECTIONS:-16}
opts=${JAVA_OPTS:--XX:+UseParallelGC -Xmn128m -XX:SharedArchiveFile=target/jixiao.jsa}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
for d in "${dirs[@]}"; do
  [ -f "$d/target/jixiao.jar" ] || { echo "no $d/target/jixiao.jar: run mvn -B -q package -DskipTests there" >&2; exit 1; }
done
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
# the largest S0U + S1U + EU + OU (KB, columns named in jstat's header) among the samples, in MB
peak_heap_mb() { awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
  $1 ~ /^[0-9.]+$/ {u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u}
  END {printf "%d", max / 1024}' "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

for i in $(seq 1 "$rounds"); do
  for d in "${dirs[@]}"; do
    data=$(mktemp -d)
    port=$(free_port)
    body=$(cd "$d" && realpath "${BODY:-examples/hunan-property-management.json}")
    (cd "$d" && exec env JIXIAO_ADMIN_PASSWORD='a-long-password-1' JIXIAO_DATA_DIR="$data" \
      JIXIAO_MANAGEMENT_PORT=$(free_port) MICRONAUT_SERVER_PORT=$port \
      JIXIAO_DB_URL="jdbc:h2:file:$data/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      java $opts -jar target/jixiao.jar) >"$data/log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ] && break
      kill -0 "$pid" 2>/dev/null || { echo "$d: the service exited; log:" >&2; cat "$data/log" >&2; exit 1; }
      sleep 0.1
    done
    url="http://127.0.0.1:$port"
    BODY=$body wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$here/preview-post.lua" "$url" >/dev/null
    java_pid=$(pgrep -P "$pid" java || echo "$pid")
    cpu0=$(cpu_ms "$java_pid")
    jstat -gc "$java_pid" 500 >"$data/gc" 2>/dev/null &
    jstat_pid=$!
    out=$(BODY=$body wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$here/preview-post.lua" "$url" | grep '^RESULT')
    cpu=$(( $(cpu_ms "$java_pid") - cpu0 ))
    kill "$jstat_pid" 2>/dev/null; wait "$jstat_pid" 2>/dev/null || true
    reqs=${out##* }
    echo "$d round $i: ${out#RESULT } CPU $(awk -v c="$cpu" -v n="$reqs" 'BEGIN {printf "%.2f", n ? c / n : 0}') ms/req" \
      "heap peak $(peak_heap_mb "$data/gc") MB load $(cut -d' ' -f1 /proc/loadavg)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
  done
done
