import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const latestSnapshot = (dir: string) => {
  const latest = readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1)!;
  return readFileSync(path.join(dir, latest, "schema.snapshot.prisma"), "utf8");
};

describe("migrations", () => {
  it("the PostgreSQL schema is generated from the SQLite one and has not drifted", () => {
    expect(() => execFileSync(process.execPath, ["scripts/postgres-schema.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("the latest PostgreSQL migration was made from the current schema", () => {
    expect(readFileSync(path.join("prisma", "postgres", "schema.prisma"), "utf8")).toBe(latestSnapshot(path.join("prisma", "postgres", "migrations")));
  });

  it("the latest migration was made from the current schema (run npm run db:migration:new after editing it)", () => {
    const dir = path.join("prisma", "migrations");
    const latest = readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1)!;
    const snapshot = readFileSync(path.join(dir, latest, "schema.snapshot.prisma"), "utf8");
    expect(readFileSync(path.join("prisma", "schema.prisma"), "utf8")).toBe(snapshot);
  });
});
