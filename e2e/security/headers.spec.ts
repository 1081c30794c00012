import { expect, test } from "@playwright/test";
import { answerAndGradeWithKeyboard, register } from "../support/flows";

const scriptSrc = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

test("every page and API response carries the security headers, with a fresh script nonce and no inline scripts allowed", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/signin", "/register", "/api/health", "/api/decks"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(scriptSrc(csp), path).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    // Served over plain HTTP here, so no HSTS; behind an HTTPS proxy it is added.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  expect(nonces.size).toBe(5);
  // The review loop, the empty route and the deck imports skip the proxy (proxy.ts) and set the same headers
  // themselves, with a policy for JSON that allows nothing at all; their refusals (no session, a body from another
  // site) carry them too.
  const pastProxy = [
    await request.get("/api/ping"),
    await request.get("/api/practice/next"),
    await request.post("/api/practice/grade", { data: {} }),
    await request.post("/api/practice/undo", { data: {}, headers: { origin: "https://evil.example" } }),
    await request.post("/api/decks/import/csv", { data: "front,back" }),
    await request.post("/api/decks/import/anki", { data: "PK", headers: { origin: "https://evil.example" } }),
  ];
  expect(pastProxy.map((r) => r.status())).toEqual([200, 401, 401, 403, 401, 403]);
  for (const response of pastProxy) {
    const headers = response.headers();
    expect(headers["content-security-policy"], response.url()).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"], response.url()).toBe("nosniff");
    expect(headers["x-frame-options"], response.url()).toBe("DENY");
    expect(headers["x-request-id"], response.url()).toMatch(/^[0-9a-f-]{36}$/);
  }
  expect((await request.get("/api/practice/next", { headers: { "x-request-id": "trace-0123456789" } })).headers()["x-request-id"]).toBe("trace-0123456789");
  expect((await request.get("/api/ping", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toContain("max-age=");
  // Only those exact paths skip it: a longer one is still checked there (here: a percent-escape that does not decode).
  expect((await request.get("/api/practice/next%E0%A4%A")).status()).toBe(400);
  const behindTls = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toContain("max-age=");
  // A client's request id is echoed only in a safe shape; anything else is replaced.
  for (const forged of ['x","level":"error', "<script>", "short"]) {
    expect((await request.get("/api/health", { headers: { "x-request-id": forged } })).headers()["x-request-id"], forged).toMatch(/^[0-9a-f-]{36}$/);
  }
  expect((await request.get("/api/health", { headers: { "x-request-id": "trace-0123456789" } })).headers()["x-request-id"]).toBe("trace-0123456789");
  const asset = await request.get("/favicon.ico");
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("pages run under the policy: no script is refused, and session cookies are HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) refused.push(message.text());
  });
  await register(page);
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  expect(refused).toEqual([]);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);
});

test("a state-changing request from another site is refused before it touches anything", async ({ page }) => {
  await register(page);
  const response = await page.request.post("/api/quizzes", {
    headers: { origin: "https://evil.example" },
    data: { topicIds: ["apis"], count: 5 },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()) as unknown).toMatchObject({ error: { code: "cross_site" } });
});

test("review-loop answers go uncompressed (a few KB, and gzip would cost the server more than it saves) while pages stay compressed", async ({ page }) => {
  await register(page);
  const card = await page.request.get("/api/practice/next", { headers: { "accept-encoding": "gzip" } });
  expect(card.status()).toBe(200);
  // Over Next's 1 KB threshold, so only no-transform keeps it uncompressed.
  expect((await card.body()).byteLength).toBeGreaterThan(1024);
  expect(card.headers()["content-encoding"]).toBeUndefined();
  expect(card.headers()["cache-control"]).toContain("no-store");
  expect(card.headers()["cache-control"]).toContain("no-transform");
  const practice = await page.request.get("/practice", { headers: { "accept-encoding": "gzip" } });
  expect(practice.headers()["content-encoding"]).toBe("gzip");
});
