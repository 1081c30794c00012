"use client";

// When this browser first showed each server render, by render: Back, Forward and the router's cache
// can mount a render again later, and then its data and its time are old.
const firstShown = new Map<string, number>();

/** The time this render was first shown in this page's life, and whether this mount is a restore of it. */
export function renderShown(renderKey: string): { shownAt: number; restored: boolean } {
  if (typeof window === "undefined") return { shownAt: Date.now(), restored: false };
  const earlier = firstShown.get(renderKey);
  if (earlier !== undefined) return { shownAt: earlier, restored: true };
  const now = Date.now();
  firstShown.set(renderKey, now);
  return { shownAt: now, restored: false };
}
