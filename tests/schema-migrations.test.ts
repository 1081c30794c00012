import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("the latest migration was made from the current schema (run npm run db:migration:new after editing it)", () => {
    const dir = path.join("prisma", "migrations");
    const latest = readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1)!;
    const snapshot = readFileSync(path.join(dir, latest, "schema.snapshot.prisma"), "utf8");
    expect(readFileSync(path.join("prisma", "schema.prisma"), "utf8")).toBe(snapshot);
  });
});
