import { providerOf } from "../../lib/database-url";

// The end-to-end suite's own server and database, never the one `npm start` uses.
// E2E_DATABASE_URL may name a local PostgreSQL database (scripts/test-all.sh runs the suite on both).
// Ports can be moved so two checkouts on one machine can run their suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? E2E_PORT + 1);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_ON_POSTGRES = providerOf(E2E_DATABASE_URL) === "postgresql";
// The SMTP server the password-reset spec starts; the app under test sends its mail there.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
