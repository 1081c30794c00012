import { providerOf } from "../../lib/database-url";

// The end-to-end suite's own server and database, never the one `npm start` uses.
// E2E_DATABASE_URL may name a local PostgreSQL database (scripts/test-all.sh runs the suite on both).
export const E2E_PORT = 3210;
export const E2E_SECOND_PORT = 3211;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_ON_POSTGRES = providerOf(E2E_DATABASE_URL) === "postgresql";
