import "server-only";
import type { Db } from "@/lib/db-client";

export interface LibraryFacets {
  subtopics: { topicId: string; name: string }[];
  tags: string[];
  /** The viewer's own decks, added per request (never cached: they are private). */
  decks?: { id: string; name: string }[];
}

// The bank changes only when the seed runs (at start), so its subtopics and tags are read once a minute at most.
const TTL_MS = 60_000;
let cached: { at: number; facets: LibraryFacets } | null = null;

/** The subtopics and tags the filters offer, from the live bank questions (shared by every learner, so never own cards). */
export async function getLibraryFacets(db: Db, now = Date.now()): Promise<LibraryFacets> {
  if (cached && now - cached.at < TTL_MS) return cached.facets;
  const [groups, tagRows] = await Promise.all([
    db.question.groupBy({ by: ["topicId", "subtopic"], where: { retiredAt: null, ownerId: null }, orderBy: [{ topicId: "asc" }, { subtopic: "asc" }] }),
    db.question.findMany({ where: { retiredAt: null, ownerId: null, tags: { not: "[]" } }, select: { tags: true }, distinct: ["tags"] }),
  ]);
  const tags = new Set<string>();
  for (const row of tagRows) for (const tag of JSON.parse(row.tags) as string[]) tags.add(tag);
  const facets = { subtopics: groups.map((g) => ({ topicId: g.topicId, name: g.subtopic })), tags: [...tags].sort() };
  cached = { at: now, facets };
  return facets;
}
