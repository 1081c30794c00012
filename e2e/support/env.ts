// The end-to-end suite's own server and database, never the one `npm start` uses.
export const E2E_PORT = 3210;
export const E2E_DATABASE_URL = "file:./data/e2e.db";
