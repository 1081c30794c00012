#!/usr/bin/env bash
# npm run bench – every benchmark in turn; each prints its own table.
set -euo pipefail
run() { node_modules/.bin/tsx --import ./scripts/support/allow-server-only.mjs "$1"; }
run bench/review-loop.bench.ts
run bench/dashboard.bench.ts
run bench/learner.bench.ts
run bench/fit-process.bench.ts
run bench/queue-seen.bench.ts
QUEUE_DB=postgres run bench/queue-seen.bench.ts
run bench/queue-introduced.bench.ts
QUEUE_DB=postgres run bench/queue-introduced.bench.ts
run bench/library.bench.ts
LIBRARY_DB=postgres run bench/library.bench.ts
# The load test drives a production server; build one first if there is none.
[ -f .next/BUILD_ID ] || node_modules/.bin/next build
node bench/load.bench.mjs
# PostgreSQL runs use a throwaway server (scripts/postgres-throwaway.sh) unless TEST_POSTGRES_URL is set.
run bench/http-loop.bench.ts
HTTP_DB=postgres run bench/http-loop.bench.ts
run bench/pages.bench.ts
PAGES_DB=postgres run bench/pages.bench.ts
run bench/anki-import.bench.ts
ANKI_DB=postgres run bench/anki-import.bench.ts
run bench/growth.bench.ts
GROWTH_DB=postgres run bench/growth.bench.ts
