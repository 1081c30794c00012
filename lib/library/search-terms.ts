// What a learner types into the library's search box, made safe for the database's own search engine:
// only words reach it, each quoted (SQLite FTS5) or joined with & (PostgreSQL tsquery), never the raw text.

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** The words of a query: letters and digits only, lower-cased, at most MAX_TERMS. */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** An FTS5 MATCH expression: every word as a quoted phrase (all must match), the last one also as a prefix. */
export function fts5Match(terms: string[]): string | null {
  if (terms.length === 0) return null;
  // Words hold no quotes, but doubling them keeps this safe whatever searchTerms lets through.
  const quoted = terms.map((t) => `"${t.replace(/"/g, '""')}"`);
  quoted[quoted.length - 1] += "*";
  return quoted.join(" ");
}

/** A to_tsquery('english', ...) text: words joined with &, the last one a prefix. */
export function tsQuery(terms: string[]): string | null {
  const safe = terms.map((t) => t.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);
  if (safe.length === 0) return null;
  return safe.map((t, i) => (i === safe.length - 1 ? `${t}:*` : t)).join(" & ");
}

// The engines wrap each match in these two characters; they never occur in the indexed text.
export const HIT_START = "\u0001";
export const HIT_END = "\u0002";

export interface TextSegment {
  text: string;
  hit: boolean;
}

/** Splits engine output with HIT_START/HIT_END marks into plain segments, so React escapes every one. */
export function hitSegments(marked: string): TextSegment[] {
  const out: TextSegment[] = [];
  const pattern = new RegExp(`${HIT_START}([^${HIT_END}]*)${HIT_END}`, "g");
  let last = 0;
  for (const match of marked.matchAll(pattern)) {
    if (match.index > last) out.push({ text: marked.slice(last, match.index), hit: false });
    if (match[1]) out.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < marked.length) out.push({ text: marked.slice(last), hit: false });
  return out.map((s) => ({ ...s, text: s.text.replace(/[\u0001\u0002]/g, "") })).filter((s) => s.text.length > 0);
}

/** Markdown as the one line of plain text the list and the index hold: no fences, backticks, emphasis or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A one-line prompt cut so that its first match shows: when the match starts past `reach` characters,
 * the text before it is shortened to an ellipsis and its last `lead` characters, from a word boundary.
 */
export function focusOnFirstHit(segments: TextSegment[], { reach = 48, lead = 24 }: { reach?: number; lead?: number } = {}): TextSegment[] {
  const first = segments.findIndex((s) => s.hit);
  if (first <= 0) return segments;
  const before = segments.slice(0, first).map((s) => s.text).join("");
  if (before.length <= reach) return segments;
  const tail = before.slice(-lead);
  const wordStart = tail.indexOf(" ");
  const kept = wordStart >= 0 && wordStart < tail.length - 1 ? tail.slice(wordStart + 1) : tail;
  return [{ text: `… ${kept}`, hit: false }, ...segments.slice(first)];
}
