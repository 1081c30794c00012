// Anki import and export against the real database: packages the test builds itself, in the legacy and
// the zstd (anki21b) formats, with notes, media and a revlog.
import { createEmptyCard, fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { GET as getMedia } from "@/app/api/decks/[id]/media/[name]/route";
import { GET as getApkg } from "@/app/api/decks/[id]/apkg/route";
import { POST as postImport } from "@/app/api/decks/import/anki/route";
import { ANKI_LIMITS } from "@/lib/anki/limits";
import { db } from "@/lib/db";
import { fromFsrsCard } from "@/lib/srs/card";
import { exportDeckApkg } from "@/lib/server/decks/export-anki";
import { importAnkiPackage } from "@/lib/server/decks/import-anki";
import { buildAnkiPackage, PNG_1X1, type FixtureFormat, type FixtureSpec } from "../support/anki-packages";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 5, 1, 9);
const grades: Array<[number, Grade]> = [
  [0, 3],
  [0.007, 3],
  [2, 3],
  [7, 1],
  [7.01, 3],
  [15, 4],
];

const spec: FixtureSpec = {
  notes: [
    {
      type: "basic",
      fields: [
        '<h3 style="color:red">Write-ahead log</h3>',
        'Append first, apply later<br><img src="wal.png" onerror="alert(1)">',
      ],
      tags: ["Databases", "storage::WAL"],
      deck: "System design::Storage",
    },
    { type: "reversed", fields: ["Idempotency key", "Makes retries safe"], tags: ["api"], deck: "System design::APIs" },
    { type: "cloze", fields: ["{{c1::Raft}} elects a {{c2::leader::role}}", ""], deck: "System design" },
  ],
  reviews: [
    ...grades.map(([day, ease]) => ({ note: 0, ease, at: new Date(t0 + day * DAY), type: day === 0 ? 0 : 1 })),
    { note: 0, ease: 0, at: new Date(t0 + 20 * DAY), type: 4 },
  ],
  media: { "wal.png": PNG_1X1 },
};

function expectedState() {
  const scheduler = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true }));
  let card = createEmptyCard(new Date(t0));
  for (const [day, ease] of grades) card = scheduler.next(card, new Date(t0 + day * DAY), ease).card;
  return fromFsrsCard(card);
}

const stateFields = (s: {
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: number;
  scheduledDays: number;
  lastReview: Date | null;
}) => ({
  due: s.due.toISOString(),
  stability: s.stability,
  difficulty: s.difficulty,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  scheduledDays: s.scheduledDays,
  lastReview: s.lastReview?.toISOString() ?? null,
});

const counts = () =>
  Promise.all([db.deck.count(), db.question.count(), db.reviewLog.count(), db.cardState.count(), db.deckMedia.count()]);

describe.each<FixtureFormat>(["anki2", "anki21b"])("Anki import (%s)", (format) => {
  it("stores decks, cards, tags, media and the replayed FSRS state, private to the importer", async () => {
    const user = await makeUser(db);
    const response = await postImport(
      await requestAs(user, "/api/decks/import/anki", { rawBody: await buildAnkiPackage(spec, format) }),
      {},
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      decks: Array<{ id: string; name: string }>;
      created: number;
      reviews: number;
      images: number;
    };
    expect(result.decks.map((d) => d.name).sort()).toEqual([
      "System design",
      "System design::APIs",
      "System design::Storage",
    ]);
    expect(result).toMatchObject({ created: 5, reviews: 6, images: 1 });

    const storage = result.decks.find((d) => d.name === "System design::Storage")!;
    const [wal] = await db.question.findMany({ where: { deckId: storage.id } });
    expect(wal!.prompt).toBe("**Write-ahead log**");
    expect(wal!.answer).toBe(`Append first, apply later  \n![](/api/decks/${storage.id}/media/wal.png)`);
    expect(JSON.parse(wal!.tags)).toEqual(["databases", "storage-wal"]);
    const state = await db.cardState.findUniqueOrThrow({
      where: { userId_questionId: { userId: user.id, questionId: wal!.id } },
    });
    expect(stateFields(state)).toEqual(stateFields(expectedState()));
    expect(await db.reviewLog.count({ where: { userId: user.id, questionId: wal!.id, source: "anki" } })).toBe(6);

    const cloze = await db.question.findMany({
      where: { ownerId: user.id, deck: { name: "System design" } },
      orderBy: { position: "asc" },
    });
    expect(cloze.map((q) => q.prompt)).toEqual(["**\\[...\\]** elects a leader", "Raft elects a **\\[role\\]**"]);

    const image = await getMedia(await requestAs(user, "/x"), {
      params: Promise.resolve({ id: storage.id, name: "wal.png" }),
    });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG_1X1);

    const stranger = await makeUser(db);
    const foreignImage = await getMedia(await requestAs(stranger, "/x"), {
      params: Promise.resolve({ id: storage.id, name: "wal.png" }),
    });
    expect(foreignImage.status).toBe(404);
    expect(
      (await getApkg(await requestAs(stranger, "/x"), { params: Promise.resolve({ id: storage.id }) })).status,
    ).toBe(404);
    expect(
      (await getMedia(await requestAs(null, "/x"), { params: Promise.resolve({ id: storage.id, name: "wal.png" }) }))
        .status,
    ).toBe(401);
  });

  it("offers to update a deck imported before, and updating changes it in place", async () => {
    const user = await makeUser(db);
    const data = await buildAnkiPackage(spec, format);
    await importAnkiPackage(db, { userId: user.id, data });
    const before = await counts();
    const again = await postImport(await requestAs(user, "/api/decks/import/anki", { rawBody: data }), {});
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(
      /imported .* before\. Update/,
    );
    expect(await counts()).toEqual(before);

    const changed = await buildAnkiPackage(
      { ...spec, notes: [{ ...spec.notes[0]!, fields: ["Write-ahead log (WAL)", "Append first"] }, spec.notes[1]!] },
      format,
    );
    const updated = await postImport(
      await requestAs(user, "/api/decks/import/anki?update=1", { rawBody: changed }),
      {},
    );
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ created: 0, updated: 3 });
    const live = await db.question.findMany({
      where: { ownerId: user.id, retiredAt: null },
      orderBy: { sourceKey: "asc" },
    });
    // The cloze deck is not in the second file, so it stays as it was.
    expect(live.map((q) => q.prompt)).toEqual([
      "Write-ahead log (WAL)",
      "Idempotency key",
      "Makes retries safe",
      "**\\[...\\]** elects a leader",
      "Raft elects a **\\[role\\]**",
    ]);
    // The learner's history from the first import stays as it was.
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(6);
  });
});

describe("Anki export", () => {
  it("re-imports to the same cards, tags, images and FSRS states", async () => {
    const owner = await makeUser(db);
    const first = await importAnkiPackage(db, { userId: owner.id, data: await buildAnkiPackage(spec, "anki21b") });
    const storage = first.decks.find((d) => d.name === "System design::Storage")!;
    const download = await getApkg(await requestAs(owner, "/x"), { params: Promise.resolve({ id: storage.id }) });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain(".apkg");
    const apkg = new Uint8Array(await download.arrayBuffer());

    const other = await makeUser(db);
    const second = await importAnkiPackage(db, { userId: other.id, data: apkg });
    expect(second.decks.map((d) => d.name)).toEqual(["System design::Storage"]);
    const read = async (userId: string, deckId: string) => {
      const questions = await db.question.findMany({
        where: { ownerId: userId, deckId },
        orderBy: { position: "asc" },
      });
      const states = await db.cardState.findMany({ where: { userId } });
      return questions.map((q) => ({
        prompt: q.prompt.replaceAll(deckId, "DECK"),
        answer: q.answer.replaceAll(deckId, "DECK"),
        tags: q.tags,
        state: states.filter((s) => s.questionId === q.id).map(stateFields),
      }));
    };
    expect(await read(other.id, second.decks[0]!.id)).toEqual(await read(owner.id, storage.id));
    expect(await db.deckMedia.count({ where: { userId: other.id, name: "wal.png" } })).toBe(1);

    // The owner re-importing their own export is recognised as the same deck and cards.
    const back = await importAnkiPackage(db, {
      userId: owner.id,
      data: (await exportDeckApkg(db, { userId: owner.id, deckId: storage.id })).apkg,
      update: true,
    });
    expect(back).toMatchObject({ created: 0, updated: 1, retired: 0 });
  });
});

describe("bad Anki input changes nothing", () => {
  it.each<[string, () => Promise<Uint8Array>, number]>([
    ["a file that is not a package", () => Promise.resolve(new TextEncoder().encode("front,back\n")), 422],
    ["a truncated package", async () => (await buildAnkiPackage(spec, "anki2")).subarray(0, 2000), 422],
    [
      "a media name with path traversal",
      () => buildAnkiPackage({ ...spec, media: { "../../evil.png": PNG_1X1 } }, "anki21b"),
      422,
    ],
    [
      "a media name with a backslash",
      () => buildAnkiPackage({ ...spec, media: { "..\\evil.png": PNG_1X1 } }, "anki2"),
      422,
    ],
    ["an empty body", () => Promise.resolve(new Uint8Array()), 422],
  ])("%s", async (_name, build, status) => {
    const user = await makeUser(db);
    const before = await counts();
    const response = await postImport(await requestAs(user, "/api/decks/import/anki", { rawBody: await build() }), {});
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });

  it("a zip bomb, too many notes or an oversized image", async () => {
    const user = await makeUser(db);
    const before = await counts();
    const data = await buildAnkiPackage(spec, "anki21b");
    for (const limits of [
      { ...ANKI_LIMITS, totalInflatedBytes: 2048 },
      { ...ANKI_LIMITS, notes: 2 },
      { ...ANKI_LIMITS, imageBytes: 16 },
    ]) {
      await expect(importAnkiPackage(db, { userId: user.id, data, limits })).rejects.toMatchObject({
        name: "AnkiPackageError",
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("a failure halfway through the transaction rolls everything back", async () => {
    const user = await makeUser(db);
    const before = await counts();
    // Two notes sharing a guid (never in a real package) fail the card insert after the decks and media were written.
    const data = await buildAnkiPackage(
      {
        ...spec,
        notes: [
          ...spec.notes,
          { type: "basic", fields: ["x".repeat(10), "y"], deck: "System design::Storage", guid: "guid-0" },
        ],
      },
      "anki2",
    );
    await expect(importAnkiPackage(db, { userId: user.id, data })).rejects.toBeTruthy();
    expect(await counts()).toEqual(before);
  });
});
