import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/database-url";

// The schema's datasource reads DATABASE_URL, so it must be set before the CLI parses it.
const url = databaseUrl();

// The JS (wasm) schema engine: Prisma's native engines would be downloaded, which these machines cannot do.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: () => Promise.resolve(new PrismaLibSQL({ url })),
});
