import { Worker } from "node:worker_threads";
import { expect, test } from "@playwright/test";
import { nestedBody, nestedJson } from "../../tests/corpus/malformed-inputs";
import { register } from "../support/flows";

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
  return {
    stop: () =>
      new Promise<{ max: number; failures: number }>((resolve) => {
        worker.once("message", (result: { max: number; failures: number }) => void worker.terminate().then(() => resolve(result)));
        worker.postMessage("stop");
      }),
  };
}

test("parallel bursts of 10 MB and 100,000-deep bodies get 413 or 422 while /api/health keeps answering within 1 s", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await register(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const health = watchHealth(baseURL!);
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
      const response = await page.request.fetch(path, { method, data: Buffer.from(body), headers: { "content-type": "application/json" } });
      statuses.push(`${name} ${path} ${response.status()}`);
      expect([413, 422], `${name} to ${path}`).toContain(response.status());
    });
    await Promise.all(burst);
  }
  // Streamed without a length: the server stops reading at the cap.
  const streamed = await fetch(`${baseURL}/api/practice/grade`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: new Blob([nestedBody(10 * MB)]).stream(),
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  expect(streamed.status).toBe(413);
  const { max: slowest, failures } = await health.stop();
  console.log(`slowest /api/health during the bursts: ${Math.round(slowest)} ms`);
  expect(failures).toBe(0);
  expect(slowest).toBeLessThan(1000);
  expect(statuses).toHaveLength(48);
});
