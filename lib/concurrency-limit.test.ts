import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("concurrencyLimit", () => {
  it("runs at most `limit` tasks at once, the rest in the order they came, and a failure frees its slot", async () => {
    const run = concurrencyLimit(2);
    let now = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      most = Math.max(most, ++now);
      await tick();
      now -= 1;
      if (i === 1) throw new Error("task 1 failed");
      return i;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => run(task(i))));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "failed"))).toEqual([0, "failed", 2, 3, 4, 5]);
    // Every slot came back: a new burst runs two at once again.
    most = 0;
    await Promise.all([6, 7, 8].map((i) => run(task(i))));
    expect(most).toBe(2);
  });
});
