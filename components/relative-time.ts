import { formatInterval } from "@/lib/srs/format-interval";

/** Whether an instant is at most `ms` from now (past instants count). */
export const isWithin = (iso: string, ms: number, now: Date = new Date()) => new Date(iso).getTime() - now.getTime() <= ms;

/** "in 10m" style text for a future instant, "now" once it has passed. */
export function dueIn(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime();
  return ms <= 0 ? "now" : `in ${formatInterval(ms)}`;
}
