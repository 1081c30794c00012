import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

const run = promisify(execFile);

test("after a SIGKILL under load and a restart, every acknowledged grade and quiz answer is in the database, nothing half written", async () => {
  test.setTimeout(240_000);
  // The script starts its own server on its own database, kills it mid-load and checks (scripts/crash-test.mjs).
  const { stdout } = await run(process.execPath, ["scripts/crash-test.mjs"], { timeout: 220_000 }).catch((error: { stdout?: string; stderr?: string; message?: string }) => {
    throw new Error(`crash test failed (exit ${JSON.stringify(error)})`);
  });
  const report = JSON.parse(stdout.trim().split("\n").at(-1)!) as { acknowledgedReviews: number; acknowledgedAnswers: number; reviewsInDatabase: number; problems: string[] };
  expect(report.problems).toEqual([]);
  expect(report.acknowledgedReviews).toBeGreaterThan(0);
  expect(report.acknowledgedAnswers).toBeGreaterThan(0);
  expect(report.reviewsInDatabase).toBeGreaterThanOrEqual(report.acknowledgedReviews);
});
