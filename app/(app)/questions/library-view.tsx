"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { TopicChip } from "@/lib/practice/types";
import type { LibraryFacets } from "@/lib/server/library/get-library-facets";
import type { LibraryPage, LibraryRow as Row } from "@/lib/server/library/search-library";
import { filtersToQuery, type LibraryFilters } from "@/lib/validation/library";
import { postJson, SessionExpiredError } from "../practice/post-json";
import { LIBRARY_SEARCH_ID, takeSearchFocusRequest } from "./focus-search";
import { LibraryFilterChips } from "./library-filters";
import { LibraryRow, type RowAction } from "./library-row";

const QUIZ_SIZE = 20;
const TYPING_PAUSE_MS = 300;

interface Props {
  filters: Partial<LibraryFilters> & { page: number };
  result: LibraryPage | null;
  error: string | null;
  topics: TopicChip[];
  facets: LibraryFacets;
}

/** The library: a search box (`/`), filter chips, one line per question; j/k move, Enter opens. */
export function LibraryView({ filters, result, error, topics, facets }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();
  const [query, setQuery] = useState(filters.q ?? "");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const rows = result?.rows ?? [];
  // A selection is described to the server exactly as the address describes the list (without the page).
  const selection = Object.fromEntries(new URLSearchParams(filtersToQuery({ ...filters, page: 1 })));

  const go = useCallback(
    (next: Partial<LibraryFilters>, { replace = false } = {}) => {
      const url = `${pathname}${filtersToQuery(next)}`;
      startNavigation(() => (replace ? router.replace(url, { scroll: false }) : router.push(url, { scroll: false })));
    },
    [pathname, router],
  );
  const change = (patch: Partial<LibraryFilters>) => go({ ...filters, ...patch, page: 1 });

  // Typing searches after a short pause, replacing the history entry so Back skips the keystrokes.
  const sent = useRef(filters.q ?? "");
  useEffect(() => {
    if (query === (filters.q ?? "")) return;
    const timer = window.setTimeout(() => {
      sent.current = query;
      go({ ...filters, q: query || undefined, page: 1 }, { replace: (filters.q ?? "") !== "" });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, filters, go]);
  // Back and Forward change the query from outside: the box follows, unless it is our own search arriving.
  useEffect(() => {
    const q = filters.q ?? "";
    if (q !== sent.current) {
      sent.current = q;
      setQuery(q);
    }
  }, [filters.q]);

  useEffect(() => {
    if (takeSearchFocusRequest()) searchRef.current?.focus();
  }, []);

  const focusRow = useCallback((index: number) => {
    const link = listRef.current?.querySelector<HTMLAnchorElement>(`[data-row-link="${index}"]`);
    if (!link) return;
    link.focus();
    link.scrollIntoView({ block: "nearest" });
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) {
        if (event.key === "Escape" && target === searchRef.current) searchRef.current.blur();
        if (event.key === "ArrowDown" && target === searchRef.current && rows.length > 0) {
          event.preventDefault();
          focusRow(0);
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        // The row holding focus is the current one; before any, j starts at the top.
        const current = Number(document.activeElement?.closest("[data-row]")?.getAttribute("data-row") ?? -1);
        focusRow(event.key === "j" ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows.length, focusRow]);

  async function act(row: Row, action: RowAction) {
    setBusy(true);
    setMessage(null);
    try {
      await postJson(`/api/questions/${row.id}/mark`, action, "PUT");
      startNavigation(() => router.refresh());
    } catch (e) {
      if (e instanceof SessionExpiredError) router.push(e.signInUrl);
      setMessage({ kind: "error", text: e instanceof Error ? e.message : "That change was not saved. Try again." });
    } finally {
      setBusy(false);
    }
  }

  async function study(kind: "practice" | "quiz") {
    setBusy(true);
    setMessage(null);
    try {
      if (kind === "practice") {
        const set = await postJson<{ id: string; count: number }>("/api/library/practice", { filters: selection });
        router.push(`/practice?set=${set.id}`);
      } else {
        const quiz = await postJson<{ id: string }>("/api/library/quiz", { filters: selection, count: Math.min(QUIZ_SIZE, result?.total ?? QUIZ_SIZE) });
        router.push(`/quiz/${quiz.id}`);
      }
    } catch (e) {
      if (e instanceof SessionExpiredError) router.push(e.signInUrl);
      setMessage({ kind: "error", text: e instanceof Error ? e.message : "Could not start. Try again." });
      setBusy(false);
    }
  }

  const total = result?.total ?? 0;
  const first = result ? (result.page - 1) * 50 + 1 : 0;
  return (
    <main className="mx-auto max-w-page px-4 py-6 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Library</h1>
        <p className="text-sm text-muted" aria-live="polite">
          {result ? `${total.toLocaleString("en")} question${total === 1 ? "" : "s"}` : ""}
          {navigating ? " · updating…" : ""}
        </p>
      </div>
      <form
        role="search"
        className="mt-3"
        onSubmit={(e) => {
          e.preventDefault();
          sent.current = query;
          go({ ...filters, q: query || undefined, page: 1 });
        }}
      >
        <label htmlFor={LIBRARY_SEARCH_ID} className="sr-only">
          Search questions, answers, explanations and options
        </label>
        <div className="relative">
          <input
            ref={searchRef}
            id={LIBRARY_SEARCH_ID}
            type="search"
            value={query}
            maxLength={200}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search questions, answers, explanations, options…"
            aria-keyshortcuts="/"
            autoComplete="off"
            className="w-full rounded-lg border border-border bg-surface px-3 py-2 pr-10 text-text"
          />
          <kbd className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 rounded border border-border px-1.5 font-mono text-xs text-muted" aria-hidden="true">
            /
          </kbd>
        </div>
      </form>
      <LibraryFilterChips filters={filters} topics={topics} facets={facets} onChange={change} />

      {error && (
        <div role="alert" className="mt-4 rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {error} Nothing was searched.{" "}
          <Link href="/questions" className="underline">
            Show every question
          </Link>
        </div>
      )}
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={`mt-4 rounded-lg px-3 py-2 text-sm ${message.kind === "error" ? "bg-bad-soft text-bad" : "bg-surface-2 text-text"}`}>
          {message.text}
        </p>
      )}

      {result && total > 0 && (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <button type="button" disabled={busy} onClick={() => void study("practice")} className="rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-50">
            Practise these {total.toLocaleString("en")}
          </button>
          <button type="button" disabled={busy} onClick={() => void study("quiz")} className="rounded-lg border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2 disabled:opacity-50">
            Quiz me on these ({Math.min(QUIZ_SIZE, total)})
          </button>
          <p className="ml-auto hidden text-xs text-muted sm:block">
            <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> move · <kbd className="font-mono">Enter</kbd> opens · <kbd className="font-mono">/</kbd> search
          </p>
        </div>
      )}

      {result && total === 0 && (
        <div className="mt-6 rounded-xl border border-dashed border-border p-6 text-center text-sm">
          <p className="font-medium">{result.emptyQuery ? "Type a word to search for: punctuation alone finds nothing." : "No question matches."}</p>
          <p className="mt-1 text-muted">Try fewer words or remove a filter.</p>
          <Link href="/questions" className="mt-3 inline-block text-accent underline">
            Show every question
          </Link>
        </div>
      )}

      {rows.length > 0 && (
        <ol ref={listRef} aria-label={`Questions ${first} to ${first + rows.length - 1} of ${total}`} aria-busy={navigating} className={`mt-3 divide-y divide-border rounded-xl border border-border bg-surface transition-opacity duration-100 motion-reduce:transition-none ${navigating ? "opacity-60" : ""}`}>
          {rows.map((row, i) => (
            <LibraryRow key={row.id} row={row} index={i} topic={topicById.get(row.topicId)} pending={busy} onAction={(r, a) => void act(r, a)} />
          ))}
        </ol>
      )}

      {result && result.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link href={`${pathname}${filtersToQuery({ ...filters, page: result.page - 1 })}`} className="text-accent underline" rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount ? (
            <Link href={`${pathname}${filtersToQuery({ ...filters, page: result.page + 1 })}`} className="text-accent underline" rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </main>
  );
}
