#!/usr/bin/env bash
# CLI start-up cost (issue 14: under 0.5 s for `extract` on one article): the CPU time (user+sys, so a busy shared
# machine does not inflate it as it does wall time) of `extract` on one article, `--help`, and `stories` on an empty
# ledger, each the median of N runs (default 10) of the built CLI. `npm run build` first: a stale build/ runs the
# sources through tsx, which this would measure instead (it says so).
# Usage: bash scripts/bench-startup.sh [runs] [article]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
article="${2:-test/fixtures/celebrity-011legit.txt}"
stale="$(node --input-type=module -e "import { staleness } from './bin/built.js'; console.log(staleness() ?? '')")"
[ -z "$stale" ] || echo "warning: build/ is not current ($stale): measuring the sources through tsx" >&2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The median CPU seconds of `runs` runs of the command given.
median_cpu() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%.2f\n", $1 + $2 }' "$tmp/time"
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '%-28s %s\n' 'command' "CPU s (median of $runs)"
printf '%-28s %s\n' "extract $(basename "$article")" "$(median_cpu node bin/rumourmill.js extract "$article")"
printf '%-28s %s\n' '--help' "$(median_cpu node bin/rumourmill.js --help)"
printf '%-28s %s\n' 'stories (empty ledger)' "$(median_cpu node bin/rumourmill.js stories --db "$tmp/empty.db")"
