import path from "node:path";

export const TEMPLATE_DB = path.resolve("data", "test-template.db");
export const TEST_DB_DIR = path.resolve("data", "test-dbs");
export const POSTGRES_TEMPLATE = "test_template";

/** The same server as the admin URL, another database. */
export function postgresUrl(admin: string, database: string): string {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}
