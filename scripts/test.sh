#!/usr/bin/env bash
# `npm test`: installs what the suites need that npm cannot (Debian's Chromium and PostgreSQL),
# starts a throwaway PostgreSQL on loopback, runs the format check, the linter, typecheck + every suite, and stops
# the server.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test setup: installing ${need[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "test setup: ${need[*]} missing and not root; the browser/PostgreSQL suites will be skipped" >&2
  fi
fi

if [ -x /usr/lib/postgresql/15/bin/initdb ] && [ "$(id -u)" = 0 ]; then
  PGDIR=$(mktemp -d); chown postgres:postgres "$PGDIR"
  PGPORT=${RUMOURMILL_TEST_PGPORT:-54329}
  runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$PGDIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$PGDIR" -l "$PGDIR/log" -o "-k /tmp -p $PGPORT -h 127.0.0.1" -w start >/dev/null
  trap 'runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$PGDIR" -m fast -w stop >/dev/null; rm -rf "$PGDIR"' EXIT
  export RUMOURMILL_TEST_PG="postgres://postgres@127.0.0.1:$PGPORT/postgres"
fi

npm run format:check
npm run lint
npm run typecheck
npx vitest run
