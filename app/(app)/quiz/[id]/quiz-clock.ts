"use client";

import { useEffect, useState } from "react";

const secondsUntil = (deadline: string, offsetMs: number) =>
  Math.max(0, Math.ceil((Date.parse(deadline) - (Date.now() + offsetMs)) / 1000));

/**
 * Seconds left by the server's clock: the browser's clock is corrected by the offset between the
 * server's time of render and when this browser first showed that render (`shownAt`), so a page the
 * router restores from its cache minutes later still counts down from the server's deadline.
 */
export function useSecondsLeft(deadline: string, serverNow: string, shownAt: number): number {
  const [offset] = useState(() => Date.parse(serverNow) - shownAt);
  const [left, setLeft] = useState(() => secondsUntil(deadline, offset));
  useEffect(() => {
    const timer = window.setInterval(() => setLeft(secondsUntil(deadline, offset)), 250);
    return () => window.clearInterval(timer);
  }, [deadline, offset]);
  return left;
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}
