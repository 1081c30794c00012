import path from "node:path";

export const TEMPLATE_DB = path.resolve("data", "test-template.db");
export const TEST_DB_DIR = path.resolve("data", "test-dbs");
