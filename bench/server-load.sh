#!/usr/bin/env bash
# Load test of the linked-data server: `kg serve` on a free loopback port over the SP2Bench-shaped data (IRIs under
# http://localhost/, served with --base http://localhost/), then wrk against one resource document in each format, the
# same document at a different resource each request (bench/rotate-paths.lua, so the server's per-version document
# cache never answers), the 303 redirect, and a simple SPARQL query. Every run is bounded (DURATION each, loopback
# only) and the server is stopped at the end. Writes docs/benchmarks-server.md (or $1).
# Usage: bash bench/server-load.sh [OUT.md]   env DURATION (wrk -d, default 10s), THREADS (default 2),
# CONNECTIONS (default 16), TRIPLES (default 1000000: all), BENCH_DIR (default /tmp/kg-server-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/benchmarks-server.md}"
SHARED="${KG_SHARED_DIR:-$(cd ../shared 2>/dev/null && pwd || echo /work/shared)}"
WORK="${BENCH_DIR:-/tmp/kg-server-bench}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
TRIPLES="${TRIPLES:-1000000}"
RESOURCE="publications/articles/Journal1/1940/Article1"
QUERY='SELECT ?title WHERE { <http://localhost/publications/articles/Journal1/1940/Article1> <http://purl.org/dc/elements/1.1/title> ?title }'
mkdir -p "$WORK"

if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk
fi
DATA="$WORK/sp2b-${TRIPLES}.nt"
# head closes the pipe early; zcat's SIGPIPE is expected.
[ -s "$DATA" ] || { zcat "$SHARED/bench/sp2b-tiled-1m.nt.gz" | head -n "$TRIPLES" > "$DATA" || true; }
# Every article's path, for the runs that ask for a different resource each request.
grep -o '^<http://localhost/[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://localhost/vocabulary/bench/Article>' "$DATA" \
  | sed 's|^<http://localhost\([^>]*\)>.*|\1|' > "$WORK/articles.txt"
sed 's|$|.ttl|' "$WORK/articles.txt" > "$WORK/articles-ttl.txt"
sed 's|$|.html|' "$WORK/articles.txt" > "$WORK/articles-html.txt"
ARTICLES="$(wc -l < "$WORK/articles.txt")"
dotnet build src/KnowledgeGraph.Cli -c Release -v q -nologo >/dev/null
KG=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
SITE="http://127.0.0.1:$PORT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
"${KG[@]}" serve "$DATA" --base http://localhost/ --urls "$SITE" 2> "$WORK/serve.log" > /dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "$SITE/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$SITE/healthz" >/dev/null || { echo "the server did not answer /healthz within 120 s" >&2; exit 1; }

ENCODED_QUERY="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$QUERY")"
# name | URL | Accept header | expected status | file of paths to rotate through (or empty)
CASES=(
  "resource .ttl|$SITE/$RESOURCE.ttl|*/*|200"
  "resource .html|$SITE/$RESOURCE.html|*/*|200"
  "resource .nt|$SITE/$RESOURCE.nt|*/*|200"
  "resource .nq|$SITE/$RESOURCE.nq|*/*|200"
  "resource .trig|$SITE/$RESOURCE.trig|*/*|200"
  "resource .rdf|$SITE/$RESOURCE.rdf|*/*|200"
  "resource .ttl, a different article each request|$SITE/$RESOURCE.ttl|*/*|200|$WORK/articles-ttl.txt"
  "resource .html, a different article each request|$SITE/$RESOURCE.html|*/*|200|$WORK/articles-html.txt"
  "303 redirect (Accept: text/turtle)|$SITE/$RESOURCE|text/turtle|303"
  "SPARQL SELECT, one pattern (JSON results)|$SITE/sparql?query=$ENCODED_QUERY|application/sparql-results+json|200"
)

ROWS=()
for case in "${CASES[@]}"; do
  IFS='|' read -r name url accept status paths <<< "$case"
  # The case must answer as expected before it is timed; a 404 at 50,000 req/s would measure nothing.
  got="$(curl -s -o "$WORK/body" -w '%{http_code}' -H "Accept: $accept" "$url")"
  if [ "$got" != "$status" ]; then
    echo "$name: $url answered $got, not $status" >&2
    exit 1
  fi
  bytes="$(wc -c < "$WORK/body")"
  SCRIPT=()
  if [ -n "$paths" ]; then SCRIPT=(-s bench/rotate-paths.lua); export KG_PATHS="$paths" KG_THREADS="$THREADS" KG_START=0; fi
  # A short warm-up run lets the JIT reach its optimised code before the measured run. With rotating paths the measured
  # run starts past every path the warm-up could have asked for (twice its count, for threads that ran ahead).
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$([ -n "$paths" ] && echo 1s || echo 2s)" "${SCRIPT[@]}" -H "Accept: $accept" "$url" > "$WORK/warm.txt"
  if [ -n "$paths" ]; then KG_START=$(( 2 * ($(awk '/requests in/ { print $1 }' "$WORK/warm.txt") + CONNECTIONS) )); fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${SCRIPT[@]}" -H "Accept: $accept" "$url" > "$WORK/wrk.txt"
  if [ -n "$paths" ] && [ $(( KG_START + $(awk '/requests in/ { print $1 }' "$WORK/wrk.txt") + CONNECTIONS )) -gt "$ARTICLES" ]; then
    echo "$name: the run passed the end of the $ARTICLES articles, so some answers came from the cache; shorten DURATION" >&2
    exit 1
  fi
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$WORK/wrk.txt")"
  requests="$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")"
  p50="$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")"
  p99="$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$WORK/wrk.txt")"
  sockerr="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$WORK/wrk.txt")"
  ROWS+=("| $name | $status | $bytes | $requests | $rps | $p50 | $p99 | ${non2xx:-0} | ${sockerr:-0} |")
  echo "$name: $rps req/s, p99 $p99" >&2
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
STATEMENTS="$(grep -o 'serving [0-9,]* statements' "$WORK/serve.log" | grep -o '[0-9,]*' || echo '?')"

{
  echo "# Server load benchmark"
  echo
  echo "Generated by \`bash bench/server-load.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, shared by the server, wrk and"
  echo "whatever else the machine runs). Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $LOAD_AFTER."
  echo "Other engineers' builds run on the same machine, so these figures are lower bounds: a high load average"
  echo "means the server had less than the 2 cores."
  echo
  echo "- Server: \`kg serve sp2b-${TRIPLES}.nt --base http://localhost/ --urls $SITE\` (Release build, in-memory"
  echo "  store, $STATEMENTS statements: the first $TRIPLES lines of \`sp2b-tiled-1m.nt.gz\`)."
  echo "- Resource: \`/$RESOURCE\` (the article's own statements, the statements linking to it and their labels)."
  echo "  The server renders a document once per dataset version and keeps it (\`DocumentCache\`, at most 64 MB), so the"
  echo "  single-URL rows measure the cached path. The rows \"a different article each request\" go through the $ARTICLES"
  echo "  articles with \`-s bench/rotate-paths.lua\` (threads interleaved, the measured run starting past the warm-up's"
  echo "  articles; the script fails if the run wraps around), so every measured request is described, serialized and"
  echo "  rendered afresh."
  echo "- Load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H 'Accept: …' URL\` from the same machine over loopback,"
  echo "  after a warm-up run of the same URL (2 s; 1 s for the rotating rows). wrk does not follow redirects, so the 303 row times the redirect alone."
  echo "- SPARQL query: \`$QUERY\`."
  echo "- Errors: wrk's \"Non-2xx or 3xx responses\" and socket errors (connect, read, write, timeout). Each URL is"
  echo "  checked for its expected status before it is timed. \"body bytes\" is the size of Article1's answer."
  echo "- Goal: at least 5,000 resource requests/s on the 2 cores. Read the rotating rows for the cost of a resource"
  echo "  the cache does not hold yet, and the single-URL rows for a popular one."
  echo
  echo "| request | status | body bytes | requests | req/s | p50 latency | p99 latency | non-2xx/3xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} > "$OUT"
echo "wrote $OUT"
