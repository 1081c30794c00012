import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("gives ids of cuid's shape that do not repeat, across many refills of its random pool", () => {
    const ids = Array.from({ length: 5_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{8,}[0-9a-z]{4}[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // The random part differs from one id to the next: the pool is not handed out twice.
    expect(new Set(ids.map((id) => id.slice(-12))).size).toBe(ids.length);
  });
});
