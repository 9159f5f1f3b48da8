#!/usr/bin/env bash
# Time from `java -jar JAR` to the first 200 from GET /health, RUNS times, each on a free port with a
# fresh H2 data directory; prints per run the wall time, the CPU time the process used until then
# (less sensitive to other load on the machine) and its RSS once idle, then min/median/max.
# Several jars are measured in turn (A B A B …), so that both see the same load on a shared machine.
# Usage: src/test/sh/startup-time.sh [runs=5] [jar=target/jixiao.jar …]
#   Runs from the current directory (so ./rules and ./scoring-tables are used if present).
#   JAVA_OPTS is passed to java (default: the README's start options, -XX:+UseParallelGC -Xmn128m and the
#   class-data archive beside the jar); IDLE_SECONDS (default 5) is how long to wait before reading RSS.
set -euo pipefail
runs=${1:-5}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/jixiao.jar)
idle=${IDLE_SECONDS:-5}
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 1; }
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
summary() { sort -n | awk '{a[NR]=$1} END {printf "min %d, median %d, max %d", a[1], a[int((NR+1)/2)], a[NR]}'; }

declare -A times cpus rss
for i in $(seq 1 "$runs"); do
  for jar in "${jars[@]}"; do
    data=$(mktemp -d)
    port=$(free_port)
    start=$(now_ms)
    JIXIAO_MANAGEMENT_PORT=$(free_port) MICRONAUT_SERVER_PORT=$port \
    JIXIAO_DB_URL="jdbc:h2:file:$data/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      java ${JAVA_OPTS:--XX:+UseParallelGC -Xmn128m -XX:SharedArchiveFile=$(dirname "$jar")/jixiao.jsa} -jar "$jar" >"$data/log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
      if ! kill -0 "$pid" 2>/dev/null; then echo "$jar run $i: the service exited; log:" >&2; cat "$data/log" >&2; exit 1; fi
      if [ $(( $(now_ms) - start )) -gt 60000 ]; then echo "$jar run $i: no healthy /health in 60 s" >&2; kill "$pid"; exit 1; fi
      sleep 0.02
    done
    ms=$(( $(now_ms) - start ))
    cpu=$(cpu_ms "$pid")
    sleep "$idle"
    kb=$(ps -o rss= -p "$pid" | tr -d ' ')
    kill "$pid"; wait "$pid" 2>/dev/null || true
    ruleset=$(grep -o 'ruleset .* in [0-9]* ms' "$data/log" | grep -o '[0-9]* ms$' || echo '?')
    echo "$jar run $i: healthy in $ms ms (CPU $cpu ms), idle RSS $((kb / 1024)) MB, ruleset load $ruleset; load $(cut -d' ' -f1 /proc/loadavg)"
    times[$jar]+="$ms "; cpus[$jar]+="$cpu "; rss[$jar]+="$((kb / 1024)) "
    rm -rf "$data"
  done
done
for jar in "${jars[@]}"; do
  echo "$jar: start to healthy /health (ms): $(tr ' ' '\n' <<<"${times[$jar]}" | grep . | summary)"
  echo "$jar: CPU until healthy (ms): $(tr ' ' '\n' <<<"${cpus[$jar]}" | grep . | summary)"
  echo "$jar: idle RSS (MB): $(tr ' ' '\n' <<<"${rss[$jar]}" | grep . | summary)"
done
