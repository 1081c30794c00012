import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildAnkiPackage, PNG_1X1, type FixtureFormat, type FixtureSpec } from "@/tests/support/anki-packages";
import { AnkiPackageError, type AnkiRefusal } from "./errors";
import { ANKI_LIMITS, type AnkiLimits } from "./limits";
import { collectionToCards } from "./note-cards";
import { readAnkiPackage } from "./read-package";

const spec: FixtureSpec = {
  notes: [
    {
      type: "basic",
      fields: ["<b>What is a write-ahead log?</b>", 'Durable append-only log<br><img src="wal.png">'],
      tags: ["databases", "storage::wal"],
      deck: "System design::Storage",
    },
    {
      type: "reversed",
      fields: ["Idempotency key", "A client token that makes retries safe"],
      tags: ["api"],
      deck: "System design::APIs",
    },
    {
      type: "cloze",
      fields: ["{{c1::Raft::algorithm}} elects a {{c2::leader}}", "Extra: terms"],
      tags: [],
      deck: "System design",
    },
    { type: "vocab", fields: ["Quorum", "A majority of replicas", "<i>W + R > N</i>"], deck: "System design" },
  ],
  media: { "wal.png": PNG_1X1, "sound.mp3": new TextEncoder().encode("ID3 not an image") },
};

async function refusal(data: Uint8Array, limits: AnkiLimits = ANKI_LIMITS): Promise<AnkiRefusal> {
  try {
    await readAnkiPackage(data, limits);
  } catch (error) {
    if (error instanceof AnkiPackageError) {
      expect(error.message.length).toBeGreaterThan(20);
      return error.reason;
    }
    throw error;
  }
  throw new Error("the package was accepted");
}

describe.each<FixtureFormat>(["anki2", "anki21", "anki21b"])("readAnkiPackage (%s)", (format) => {
  it("reads notes, note types, the deck hierarchy, tags and images", async () => {
    const pkg = await readAnkiPackage(await buildAnkiPackage(spec, format));
    expect(pkg.format).toBe(format);
    expect(pkg.collection.notes).toHaveLength(4);
    expect(pkg.collection.decks.map((d) => d.name)).toEqual(
      expect.arrayContaining(["System design::Storage", "System design::APIs", "System design"]),
    );
    expect([...pkg.images.keys()]).toEqual(["wal.png"]);
    expect(pkg.images.get("wal.png")).toEqual({ bytes: PNG_1X1, contentType: "image/png" });

    const cards = collectionToCards(pkg.collection);
    expect(cards.map((c) => [c.key, c.deckName, c.prompt, c.answer])).toEqual([
      [
        "guid-0:1",
        "System design::Storage",
        "**What is a write-ahead log?**",
        "Durable append-only log  \n![](media:wal.png)",
      ],
      ["guid-1:1", "System design::APIs", "Idempotency key", "A client token that makes retries safe"],
      ["guid-1:2", "System design::APIs", "A client token that makes retries safe", "Idempotency key"],
      ["guid-2:1", "System design", "**\\[algorithm\\]** elects a leader", "**Raft** elects a leader\n\nExtra: terms"],
      ["guid-2:2", "System design", "Raft elects a **\\[...\\]**", "Raft elects a **leader**\n\nExtra: terms"],
      ["guid-3:1", "System design", "Quorum", "A majority of replicas\n\n*W + R > N*"],
    ]);
    expect(cards[0]!.tags).toEqual(["databases", "storage::wal"]);
    expect(cards[0]!.images).toEqual(["wal.png"]);
  });
});

describe("readAnkiPackage refuses bad input with a typed error", () => {
  it("refuses a file that is not a zip, a truncated one and a zip without a collection", async () => {
    const good = await buildAnkiPackage(spec, "anki2");
    expect(await refusal(new TextEncoder().encode("front,back\nq,a\n"))).toBe("not_a_package");
    expect(await refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe("corrupt");
    expect(await refusal(zipSync({ "notes.txt": new TextEncoder().encode("hello") }))).toBe("not_a_package");
    expect(
      await refusal(
        zipSync({ "collection.anki2": new TextEncoder().encode("SQLite format 3\u0000 but garbage after") }),
      ),
    ).toBe("corrupt");
  });

  it("refuses a zip bomb by its declared size and by what it really inflates to", async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync({ "collection.anki2": zeros }, { level: 9 });
    expect(await refusal(bomb)).toBe("zip_bomb");

    // The same bomb lying about its size: the counters while inflating still stop it.
    const liar = patchDeclaredSize(bomb, "collection.anki2", 1000);
    expect(await refusal(liar)).toBe("zip_bomb");

    const zstdBomb = await buildAnkiPackage({ notes: [] }, "anki21b");
    expect(await refusal(zstdBomb, { ...ANKI_LIMITS, totalInflatedBytes: 1024 })).toBe("zip_bomb");
  });

  it.each([
    "../../etc/passwd",
    "/etc/passwd",
    "..\\windows\\evil.png",
    "C:\\evil.png",
    "sub/dir.png",
    "nul\u0000.png",
    "..",
  ])("refuses the media name %j", async (name) => {
    for (const format of ["anki2", "anki21b"] as const) {
      expect(await refusal(await buildAnkiPackage({ notes: spec.notes, media: { [name]: PNG_1X1 } }, format))).toBe(
        "unsafe_media_name",
      );
    }
  });

  it("refuses more notes, a larger image or a larger upload than the limits allow", async () => {
    const data = await buildAnkiPackage(spec, "anki21b");
    expect(await refusal(data, { ...ANKI_LIMITS, notes: 3 })).toBe("too_many_notes");
    expect(await refusal(data, { ...ANKI_LIMITS, imageBytes: 10 })).toBe("image_too_large");
    expect(await refusal(data, { ...ANKI_LIMITS, uploadBytes: 100 })).toBe("too_large");
  });
});

/** Rewrites an entry's uncompressed size in both its local header and the central directory. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encodedName = new TextEncoder().encode(name);
  const nameAt = (at: number) => encodedName.every((byte, i) => out[at + i] === byte);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}
