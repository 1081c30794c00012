import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getLibraryFacets } from "@/lib/server/library/get-library-facets";
import { searchLibrary } from "@/lib/server/library/search-library";
import { listTopics } from "@/lib/server/topics/list-topics";
import { filtersFromSearchParams, libraryFiltersSchema } from "@/lib/validation/library";
import { LibraryView } from "../library-view";
import { listDecks } from "@/lib/server/decks/decks";

export const metadata: Metadata = { title: "Library" };

/** Every question the learner can see, searched and filtered from the URL, with their own state on each. */
export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/questions");
  const raw = filtersFromSearchParams(await searchParams);
  const parsed = libraryFiltersSchema.safeParse(raw);
  const [topics, bankFacets, decks] = await Promise.all([listTopics(db), getLibraryFacets(db), listDecks(db, { userId: user.id })]);
  const facets = { ...bankFacets, decks: decks.map((d) => ({ id: d.id, name: d.name })) };
  const topicChips = topics.map((t) => ({ id: t.id, name: t.name, short: t.short, glyph: t.glyph }));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".");
    const message = issue?.code === "unrecognized_keys" ? `The address holds a filter the library does not know (${issue.keys.join(", ")}).` : `${issue?.message ?? "A filter in the address is not valid."}${field ? ` (${field})` : ""}`;
    return <LibraryView filters={{ page: 1 }} result={null} error={message} topics={topicChips} facets={facets} />;
  }
  const result = await searchLibrary(db, { userId: user.id, filters: parsed.data });
  return <LibraryView filters={parsed.data} result={result} error={null} topics={topicChips} facets={facets} />;
}
