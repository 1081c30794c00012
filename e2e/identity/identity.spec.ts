import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { OWN_TOPIC_ID } from "../../lib/content/own-cards";
import { testDb } from "../support/db";

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

test("the favicon, the app icons and the manifest answer with images of the right type", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)$/],
    ["/icon.svg", /^image\/svg\+xml/],
    ["/apple-icon.png", /^image\/png$/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect((await response.body()).length, path).toBeGreaterThan(100);
  }
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const body = (await manifest.json()) as { name: string; theme_color: string; start_url: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(body).toMatchObject({ name: "Backend Interview Trainer", start_url: "/progress", theme_color: "#2f5bd3" });
  const sizes = body.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of body.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toBe(icon.type);
    const bytes = await response.body();
    if (icon.type === "image/png") {
      // A PNG's header names its width and height; they must be what the manifest says.
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  }
});

test("no page load asks for a file that is not there", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  for (const path of ["/", "/signin", "/register", "/forgot-password"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  const icons = await page.locator('link[rel~="icon"], link[rel="manifest"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("rel")));
  expect(icons).toEqual(expect.arrayContaining(["icon", "manifest", "apple-touch-icon"]));
  expect(missing).toEqual([]);
});

test("the landing page shows a real card a visitor can answer and grade, the three uses and the topics with their counts, and writes nothing", async ({ page }) => {
  const reviewsBefore = await testDb.reviewLog.count();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const sample = page.getByRole("article", { name: "Try a card" });
  // The card is a real, live question from the bank, shown with its own options.
  const question = await testDb.question.findUnique({ where: { id: (await sample.getAttribute("data-sample-id")) ?? "" } });
  expect(question).toMatchObject({ type: "single", retiredAt: null });
  const options = JSON.parse(question!.choices!) as { text: string; correct: boolean }[];
  await expect(sample.getByRole("radio")).toHaveCount(options.length);
  expect(await violations(page)).toEqual([]);

  // The right option, as the bank has it: a right pick may be graded Good (a wrong one only Again).
  const rightIndex = options.findIndex((c) => c.correct);
  await sample.getByRole("radio").nth(rightIndex).check();
  await page.getByRole("button", { name: /Check answer/ }).click();
  await expect(sample.getByText("✓ Right.")).toBeVisible();
  await expect(sample.getByText("✓ Correct answer")).toBeVisible();
  const good = sample.getByRole("button", { name: /Good.*next review in/ });
  await expect(good).toBeVisible();
  await page.keyboard.press("3");
  await expect(sample.getByRole("status")).toContainText("with an account, this card would come back in");
  await expect(sample.getByRole("link", { name: "Keep going with an account" })).toBeVisible();
  expect(await testDb.reviewLog.count()).toBe(reviewsBefore);

  await expect(page.getByRole("heading", { name: "Three ways to study" })).toBeVisible();
  for (const title of ["Flashcards that schedule themselves", "Timed mock quizzes", "Weak-topic review"]) await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // The bank's topics only: learners' own cards (under the "own" topic) are theirs, not the product's.
  const topics = await testDb.topic.findMany({ where: { id: { not: OWN_TOPIC_ID } }, include: { _count: { select: { questions: { where: { retiredAt: null, ownerId: null } } } } } });
  const total = topics.reduce((sum, t) => sum + t._count.questions, 0);
  await expect(page.getByRole("heading", { name: `${total} questions across ${topics.length} topics` })).toBeVisible();
  for (const topic of topics) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: topic.name, exact: true }) });
    await expect(item).toContainText(`${topic._count.questions} questions`);
  }
});
