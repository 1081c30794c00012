"use client";

import type { SessionStats } from "./session-summary";

/** What a practice session keeps in the tab across reloads and Back: its counts and the grade Undo would revert. */
export interface SavedSession {
  stats: SessionStats;
  lastReviewId: string | null;
}

// A session left alone this long starts afresh.
const IDLE_MS = 60 * 60 * 1000;
const storageKey = (scope: string) => `practice-session:${scope}`;

const isStats = (v: unknown): v is SessionStats =>
  typeof v === "object" && v !== null && ["reviewed", "again", "startedAt"].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

export function loadSession(scope: string): SavedSession | null {
  try {
    const raw = JSON.parse(window.sessionStorage.getItem(storageKey(scope)) ?? "null") as (SavedSession & { savedAt: number }) | null;
    if (!raw || !isStats(raw.stats) || Date.now() - raw.savedAt > IDLE_MS) return null;
    // The server checks the review is the learner's and still the card's latest before undoing it.
    return { stats: raw.stats, lastReviewId: typeof raw.lastReviewId === "string" ? raw.lastReviewId : null };
  } catch {
    return null;
  }
}

export function saveSession(scope: string, session: SavedSession): void {
  try {
    window.sessionStorage.setItem(storageKey(scope), JSON.stringify({ ...session, savedAt: Date.now() }));
  } catch {
    // Storage full or refused (private mode): the session still works, it just does not survive a reload.
  }
}
