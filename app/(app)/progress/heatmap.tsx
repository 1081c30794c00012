"use client";

import { useState, type PointerEvent } from "react";
import { addDays } from "@/lib/progress/days";
import { ScrolledToEnd } from "./scrolled-to-end";

const LEVELS = [0, 1, 10, 30, 60];
const OPACITY = [1, 0.3, 0.55, 0.8, 1];
const CELL = 11;

const level = (reviews: number) => LEVELS.filter((threshold) => reviews >= threshold).length - 1;
const describe = (day: string, reviews: number) => `${day}: ${reviews} review${reviews === 1 ? "" : "s"}`;
// A 9-unit square with corners rounded by 1.5: a 6-unit square stroked 3 wide with round joins (opacity on
// the whole path, so stroke and fill do not blend twice).
const square = (x: number, y: number) => `M${x + 1.5} ${y + 1.5}h6v6h-6z`;

/**
 * A year of reviews, one square per local day from `firstDay`, with a text summary: the shade is never the
 * only signal. One path per shade rather than an element per day (the page's largest markup otherwise),
 * and one tooltip that follows the pointer. A client component so the page sends 365 counts, not squares.
 */
export function Heatmap({ firstDay, reviews }: { firstDay: string; reviews: number[] }) {
  const [hovered, setHovered] = useState<{ index: number; left: number; top: number; flip: boolean } | null>(null);
  // Columns are weeks starting on Monday; pad the first week so days line up.
  const padding = (new Date(`${firstDay}T12:00:00Z`).getUTCDay() + 6) % 7;
  const weeks = Math.ceil((padding + reviews.length) / 7);
  const shapes = LEVELS.map(() => [] as string[]);
  reviews.forEach((n, i) => shapes[level(n)]!.push(square(Math.floor((padding + i) / 7) * CELL, ((padding + i) % 7) * CELL)));
  let total = 0;
  let active = 0;
  let busiest = -1;
  reviews.forEach((n, i) => {
    total += n;
    if (n > 0) active += 1;
    if (n > 0 && (busiest < 0 || n > reviews[busiest]!)) busiest = i;
  });

  const track = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width / (weeks * CELL);
    const column = Math.floor((event.clientX - box.left) / scale / CELL);
    const row = Math.floor((event.clientY - box.top) / scale / CELL);
    const index = column * 7 + row - padding;
    setHovered(row >= 0 && row < 7 && index >= 0 && index < reviews.length ? { index, left: event.clientX - box.left, top: (row + 1) * CELL * scale, flip: event.clientX - box.left > box.width / 2 } : null);
  };

  return (
    <figure>
      <figcaption className="text-sm font-semibold">Reviews in the last year</figcaption>
      <p className="text-sm text-muted">
        {total} review{total === 1 ? "" : "s"} on {active} day{active === 1 ? "" : "s"}
        {busiest >= 0 ? `; busiest day ${addDays(firstDay, busiest)} with ${reviews[busiest]}` : ""}.
      </p>
      <ScrolledToEnd className="mt-2 overflow-x-auto" label="Review heatmap, scrollable">
        <div className="relative min-w-[36rem]">
          <svg
            viewBox={`0 0 ${weeks * CELL} ${7 * CELL}`}
            className="w-full"
            role="img"
            aria-label={`Heatmap: ${total} reviews on ${active} of the last 365 days.`}
            onPointerMove={track}
            onPointerLeave={() => setHovered(null)}
          >
            {shapes.map((d, shade) =>
              d.length === 0 ? null : (
                <path
                  key={shade}
                  d={d.join("")}
                  fill={shade === 0 ? "var(--surface-2)" : "var(--accent)"}
                  stroke={shade === 0 ? "var(--surface-2)" : "var(--accent)"}
                  strokeWidth="3"
                  strokeLinejoin="round"
                  opacity={OPACITY[shade]}
                />
              ),
            )}
          </svg>
          {hovered && (
            <div role="tooltip" className={`pointer-events-none absolute z-10 rounded-md border border-border bg-surface px-2 py-1 text-xs whitespace-nowrap shadow ${hovered.flip ? "-translate-x-full" : ""}`} style={{ left: hovered.left, top: hovered.top + 4 }}>
              {describe(addDays(firstDay, hovered.index), reviews[hovered.index]!)}
            </div>
          )}
        </div>
      </ScrolledToEnd>
    </figure>
  );
}
