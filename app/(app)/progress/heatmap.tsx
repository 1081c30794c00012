"use client";

import { addDays } from "@/lib/progress/days";
import { ScrolledToEnd } from "./scrolled-to-end";

const LEVELS = [0, 1, 10, 30, 60];

const level = (reviews: number) => LEVELS.filter((threshold) => reviews >= threshold).length - 1;
const OPACITY = [0, 0.3, 0.55, 0.8, 1];

/**
 * A year of reviews, one square per local day from `firstDay`, with a text summary: the shade is never the
 * only signal. A client component so the page sends 365 counts rather than 365 squares twice (HTML and RSC).
 */
export function Heatmap({ firstDay, reviews }: { firstDay: string; reviews: number[] }) {
  const days = reviews.map((n, i) => ({ day: addDays(firstDay, i), reviews: n }));
  // Columns are weeks starting on Monday; pad the first week so days line up.
  const firstWeekday = (new Date(`${days[0]!.day}T12:00:00Z`).getUTCDay() + 6) % 7;
  const cells = [...Array.from({ length: firstWeekday }, () => null), ...days];
  const weeks = Math.ceil(cells.length / 7);
  const active = days.filter((d) => d.reviews > 0);
  const total = active.reduce((s, d) => s + d.reviews, 0);
  const busiest = active.reduce<{ day: string; reviews: number } | null>((best, d) => (!best || d.reviews > best.reviews ? d : best), null);
  return (
    <figure>
      <figcaption className="text-sm font-semibold">Reviews in the last year</figcaption>
      <p className="text-sm text-muted">
        {total} review{total === 1 ? "" : "s"} on {active.length} day{active.length === 1 ? "" : "s"}{busiest ? `; busiest day ${busiest.day} with ${busiest.reviews}` : ""}.
      </p>
      <ScrolledToEnd className="mt-2 overflow-x-auto" label="Review heatmap, scrollable">
        <svg viewBox={`0 0 ${weeks * 11} ${7 * 11}`} className="w-full min-w-[36rem]" role="img" aria-label={`Heatmap: ${total} reviews on ${active.length} of the last 365 days.`}>
          {cells.map((cell, i) =>
            cell ? (
              <rect
                key={cell.day}
                x={Math.floor(i / 7) * 11}
                y={(i % 7) * 11}
                width="9"
                height="9"
                rx="1.5"
                fill={cell.reviews > 0 ? "var(--accent)" : "var(--surface-2)"}
                fillOpacity={cell.reviews > 0 ? OPACITY[level(cell.reviews)] : 1}
              >
                <title>{`${cell.day}: ${cell.reviews} review${cell.reviews === 1 ? "" : "s"}`}</title>
              </rect>
            ) : null,
          )}
        </svg>
      </ScrolledToEnd>
    </figure>
  );
}
