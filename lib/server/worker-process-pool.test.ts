import { describe, expect, it, vi } from "vitest";
import path from "node:path";
import { WorkerProcessPool } from "./worker-process-pool";

const echoWorker = () => ({ command: process.execPath, args: [path.resolve("tests/support/echo-worker.mjs")], env: process.env });
type Echo = { pid: number; value: number };

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("WorkerProcessPool", () => {
  it("runs one job after another in the same process", async () => {
    const pool = new WorkerProcessPool(echoWorker, { idleMs: 60_000, maxJobsPerWorker: 100 });
    const first = await pool.run<Echo>({ value: 1 });
    const second = await pool.run<Echo>({ value: 2 });
    expect(second).toEqual({ pid: first.pid, value: 2 });
    expect(pool.pids).toEqual([first.pid]);
  });

  it("starts a process for each job running at once", async () => {
    const pool = new WorkerProcessPool(echoWorker, { idleMs: 60_000, maxJobsPerWorker: 100 });
    const answers = await Promise.all([1, 2, 3].map((value) => pool.run<Echo>({ value })));
    expect(answers.map((a) => a.value)).toEqual([1, 2, 3]);
    expect(new Set(answers.map((a) => a.pid)).size).toBe(3);
  });

  it("ends a process left idle, and one that has run its share of jobs", async () => {
    const idle = new WorkerProcessPool(echoWorker, { idleMs: 50, maxJobsPerWorker: 100 });
    const { pid } = await idle.run<Echo>({ value: 1 });
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false));
    expect(idle.pids).toEqual([]);

    const worn = new WorkerProcessPool(echoWorker, { idleMs: 60_000, maxJobsPerWorker: 2 });
    const runs = [await worn.run<Echo>({ value: 1 }), await worn.run<Echo>({ value: 2 }), await worn.run<Echo>({ value: 3 })];
    expect(runs[1]!.pid).toBe(runs[0]!.pid);
    expect(runs[2]!.pid).not.toBe(runs[0]!.pid);
    await vi.waitFor(() => expect(isAlive(runs[0]!.pid)).toBe(false));
  });

  it("fails the job of a process that dies, and carries on with a fresh one", async () => {
    const pool = new WorkerProcessPool(echoWorker, { idleMs: 60_000, maxJobsPerWorker: 100 });
    const { pid } = await pool.run<Echo>({ value: 1 });
    await expect(pool.run({ crash: true })).rejects.toThrow(/exited with 3/);
    const after = await pool.run<Echo>({ value: 2 });
    expect(after.value).toBe(2);
    expect(after.pid).not.toBe(pid);
    expect(pool.pids).toEqual([after.pid]);
  });
});
