#!/usr/bin/env bash
# npm test – every suite: lint and types; unit and integration tests on SQLite, then the integration
# tests again on PostgreSQL; the end-to-end suite on SQLite, then on PostgreSQL (with the two-instance test).
# PostgreSQL is a throwaway server started here (scripts/postgres-throwaway.sh) unless TEST_POSTGRES_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

npm run check
npx vitest run

started_pg=""
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "PostgreSQL is needed for the PostgreSQL suites: apt-get install -y postgresql (see README)" >&2
    exit 1
  fi
  pg_port=${TEST_POSTGRES_PORT:-5433}
  TEST_POSTGRES_URL=$(bash scripts/postgres-throwaway.sh start "$pg_port")
  started_pg=1
  trap 'bash scripts/postgres-throwaway.sh stop "$pg_port"' EXIT
fi
export TEST_POSTGRES_URL

echo "== integration tests on PostgreSQL"
npx vitest run tests

echo "== end-to-end on SQLite"
npx playwright test

echo "== end-to-end on PostgreSQL"
E2E_DATABASE_URL="${TEST_POSTGRES_URL%/*}/e2e" npx playwright test
