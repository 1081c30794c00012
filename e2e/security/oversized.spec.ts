import { spawn, type ChildProcess } from "node:child_process";
import { Worker } from "node:worker_threads";
import { expect, test } from "@playwright/test";
import { nestedBody, nestedJson } from "../../tests/corpus/malformed-inputs";
import { E2E_DATABASE_URL, E2E_PORT } from "../support/env";
import { register } from "../support/flows";

// A server of its own, started fresh as `npm start` serves: the suite's server has by now run every
// other spec, and the figure asked for is how a server copes with the bursts, not with its history.
const PORT = E2E_PORT + 2;
const FRESH = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", LOG_LEVEL: "warn", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT) },
    stdio: "ignore",
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${FRESH}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server for the bursts did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

const MB = 1024 * 1024;
const JSON_ROUTES: [string, "post" | "put"][] = [
  ["/api/practice/grade", "post"],
  ["/api/practice/undo", "post"],
  ["/api/quizzes", "post"],
];

/**
 * Polls /api/health every 50 ms from a worker thread until stopped, and reports the slowest answer in
 * ms. A worker, so the time this test spends building and sending 10 MB bodies is not counted.
 */
function watchHealth(baseURL: string) {
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
    let running = true, max = 0, failures = 0;
    parentPort.on("message", () => { running = false; });
    (async () => {
      // The worker's first fetch pays for its own start-up and connection; it is not timed.
      await fetch(workerData + "/api/health");
      parentPort.postMessage("ready");
      while (running) {
        const started = performance.now();
        try { if ((await fetch(workerData + "/api/health")).status !== 200) failures++; } catch { failures++; }
        max = Math.max(max, performance.now() - started);
        await new Promise((r) => setTimeout(r, 50));
      }
      parentPort.postMessage({ max, failures });
    })();`,
    { eval: true, workerData: baseURL },
  );
  const ready = new Promise<void>((resolve) => worker.once("message", () => resolve()));
  return {
    ready,
    stop: () =>
      new Promise<{ max: number; failures: number }>((resolve) => {
        worker.once("message", (result: { max: number; failures: number }) => void worker.terminate().then(() => resolve(result)));
        worker.postMessage("stop");
      }),
  };
}

test("parallel bursts of 10 MB and 100,000-deep bodies get 413 or 422 while /api/health keeps answering within 1 s", async ({ page }) => {
  test.setTimeout(120_000);
  await register(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  // Without the bursts, for comparison.
  const idle = watchHealth(FRESH);
  await idle.ready;
  await new Promise((r) => setTimeout(r, 1000));
  const baseline = await idle.stop();
  const health = watchHealth(FRESH);
  await health.ready;
  const bodies: [string, Uint8Array][] = [
    ["10 MB nested", nestedBody(10 * MB)],
    ["100,000 deep arrays", new TextEncoder().encode(nestedJson(100_000))],
    ["100,000 deep objects", new TextEncoder().encode(nestedJson(100_000, "object"))],
  ];
  const statuses: string[] = [];
  for (const [name, body] of bodies) {
    // Sixteen at once, spread over the JSON routes, as the attack sent them.
    const burst = Array.from({ length: 16 }, async (_, i) => {
      const [path, method] = JSON_ROUTES[i % JSON_ROUTES.length]!;
      const response = await page.request.fetch(`${FRESH}${path}`, { method, data: Buffer.from(body), headers: { "content-type": "application/json" } });
      statuses.push(`${name} ${path} ${response.status()}`);
      expect([413, 422], `${name} to ${path}`).toContain(response.status());
    });
    await Promise.all(burst);
  }
  // Streamed without a length: the server stops reading at the cap.
  const streamed = await fetch(`${FRESH}/api/practice/grade`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: new Blob([nestedBody(10 * MB)]).stream(),
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  expect(streamed.status).toBe(413);
  const { max: slowest, failures } = await health.stop();
  console.log(`slowest /api/health: ${Math.round(baseline.max)} ms idle, ${Math.round(slowest)} ms during the bursts`);
  expect(failures).toBe(0);
  expect(slowest).toBeLessThan(1000);
  expect(statuses).toHaveLength(48);
});
