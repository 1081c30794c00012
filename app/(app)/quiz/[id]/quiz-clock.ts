"use client";

import { useEffect, useState } from "react";

const secondsUntil = (deadline: string, offsetMs: number) =>
  Math.max(0, Math.ceil((Date.parse(deadline) - (Date.now() + offsetMs)) / 1000));

/** Seconds left by the server's clock: the browser's clock is corrected by the offset seen at page load. */
export function useSecondsLeft(deadline: string, serverNow: string): number {
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
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
