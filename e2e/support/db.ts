import path from "node:path";
import { createPrismaClient } from "../../lib/db-client";
import { E2E_DATABASE_URL, E2E_ON_POSTGRES } from "./env";

/** The same database the app under test writes, for asserting on what it holds. */
export const testDb = createPrismaClient(E2E_ON_POSTGRES ? E2E_DATABASE_URL : `file:${path.resolve(E2E_DATABASE_URL.slice("file:".length))}`);
