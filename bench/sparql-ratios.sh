#!/usr/bin/env bash
# Appends to a query-bench report a table of per-query times side by side and the ratios peer time / our time
# (above 1: we are faster). Timeouts and errors show as such; no ratio is made from them.
# Usage: bash bench/sparql-ratios.sh docs/benchmarks-sparql.md
set -euo pipefail
F="$1"
awk -F'|' '
  /^## / { section++ }
  /^\| q[0-9]/ {
    q = $2; gsub(/ /, "", q)
    t = $4; gsub(/ /, "", t)
    if (section == 1 && $5 !~ /ok/) t = ""
    if (section == 2 && $3 ~ /timeout|error/) t = ""
    if (section == 3 && $3 ~ /timeout|error/) t = ""
    if (!(q in seen)) { seen[q] = 1; order[++n] = q }
    time[section, q] = t
  }
  function show(t) { return t == "" ? "timeout/error" : t }
  function ratio(peer, ours) { return (peer == "" || ours == "" || ours + 0 == 0) ? "–" : sprintf("%.2f", peer / ours) }
  END {
    print ""
    print "## Side by side (query seconds; ratio = peer / KnowledgeGraph)"
    print ""
    print "| query | KnowledgeGraph s | arq s | oxigraph s | arq / KG | oxigraph / KG |"
    print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      q = order[i]
      printf "| %s | %s | %s | %s | %s | %s |\n", q, show(time[1, q]), show(time[2, q]), show(time[3, q]), ratio(time[2, q], time[1, q]), ratio(time[3, q], time[1, q])
    }
  }' "$F" >> "$F"
