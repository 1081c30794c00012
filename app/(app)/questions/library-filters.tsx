"use client";

import { QUESTION_TYPES, DIFFICULTIES } from "@/lib/content/schema";
import type { TopicChip } from "@/lib/practice/types";
import type { LibraryFacets } from "@/lib/server/library/get-library-facets";
import { LIBRARY_STATES, type LibraryFilters } from "@/lib/validation/library";

type Change = (patch: Partial<LibraryFilters>) => void;

const RECALL_LEVELS = [50, 70, 80, 90];
const TOGGLES = [
  { key: "flagged", label: "★ Flagged" },
  { key: "note", label: "Has a note" },
  { key: "failed", label: "Failed this week" },
  { key: "suspended", label: "Suspended" },
] as const;

const chip = (on: boolean) =>
  `rounded-full border px-2.5 py-1 text-xs font-medium ${on ? "border-accent bg-accent-soft text-text" : "border-border bg-surface text-muted hover:text-text"}`;

function ChipSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string | undefined; options: { value: string; label: string }[]; onChange: (v: string | undefined) => void }) {
  return (
    <label htmlFor={id} className={`${chip(value !== undefined)} inline-flex shrink-0 items-center gap-1 whitespace-nowrap`}>
      <span>{label}</span>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        className="max-w-[8rem] bg-transparent text-xs font-semibold text-text"
      >
        <option value="">any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter chips under the search box: each one a select or a toggle, all of them in the URL. */
export function LibraryFilterChips({ filters, topics, facets, onChange }: { filters: Partial<LibraryFilters>; topics: TopicChip[]; facets: LibraryFacets; onChange: Change }) {
  const subtopics = facets.subtopics.filter((s) => !filters.topic || s.topicId === filters.topic);
  const active = Object.entries(filters).some(([k, v]) => k !== "q" && k !== "page" && v !== undefined && v !== false);
  return (
    <div role="group" aria-label="Filters" className="-mx-4 mt-3 flex items-center gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
      <ChipSelect id="f-topic" label="Topic" value={filters.topic} options={topics.map((t) => ({ value: t.id, label: t.name }))} onChange={(topic) => onChange({ topic: topic as LibraryFilters["topic"], subtopic: undefined })} />
      <ChipSelect id="f-subtopic" label="Subtopic" value={filters.subtopic} options={subtopics.map((s) => ({ value: s.name, label: s.name.replace(/-/g, " ") }))} onChange={(subtopic) => onChange({ subtopic })} />
      <ChipSelect id="f-type" label="Type" value={filters.type} options={QUESTION_TYPES.map((t) => ({ value: t, label: t }))} onChange={(type) => onChange({ type: type as LibraryFilters["type"] })} />
      <ChipSelect id="f-difficulty" label="Difficulty" value={filters.difficulty} options={DIFFICULTIES.map((d) => ({ value: d, label: d }))} onChange={(difficulty) => onChange({ difficulty: difficulty as LibraryFilters["difficulty"] })} />
      {facets.decks && facets.decks.length > 0 && (
        <ChipSelect id="f-deck" label="Deck" value={filters.deck} options={facets.decks.map((d) => ({ value: d.id, label: d.name }))} onChange={(deck) => onChange({ deck })} />
      )}
      <ChipSelect id="f-tag" label="Tag" value={filters.tag} options={facets.tags.map((t) => ({ value: t, label: t }))} onChange={(tag) => onChange({ tag })} />
      <ChipSelect id="f-state" label="State" value={filters.state} options={LIBRARY_STATES.map((s) => ({ value: s, label: s }))} onChange={(state) => onChange({ state: state as LibraryFilters["state"] })} />
      <ChipSelect
        id="f-recall"
        label="Recall below"
        value={filters.recall === undefined ? undefined : String(filters.recall)}
        options={RECALL_LEVELS.map((r) => ({ value: String(r), label: `${r}%` }))}
        onChange={(recall) => onChange({ recall: recall ? Number(recall) : undefined })}
      />
      {TOGGLES.map((t) => (
        <button key={t.key} type="button" aria-pressed={filters[t.key] === true} className={`${chip(filters[t.key] === true)} shrink-0 whitespace-nowrap`} onClick={() => onChange({ [t.key]: !filters[t.key] })}>
          {t.label}
        </button>
      ))}
      {active && (
        <button
          type="button"
          className="shrink-0 px-1 text-xs whitespace-nowrap text-accent underline"
          onClick={() => onChange({ topic: undefined, subtopic: undefined, type: undefined, difficulty: undefined, tag: undefined, deck: undefined, state: undefined, recall: undefined, flagged: false, note: false, failed: false, suspended: false })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
