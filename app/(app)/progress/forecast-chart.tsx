// One formatter for every render: toLocaleDateString with options builds a new one per call (about 0.1 ms).
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const weekday = (day: string) => weekdayFormat.format(new Date(`${day}T12:00:00Z`));

/** Cards due on each of the next 7 days: SVG bars labelled with their numbers, plus a text list. */
export function ForecastChart({ forecast }: { forecast: { day: string; due: number }[] }) {
  const max = Math.max(1, ...forecast.map((f) => f.due));
  const summary = forecast.map((f, i) => `${i === 0 ? "today" : weekday(f.day)} ${f.due}`).join(", ");
  return (
    <figure>
      <figcaption className="text-sm font-semibold">Due over the next 7 days</figcaption>
      <svg viewBox="0 0 210 90" className="mt-2 w-full" role="img" aria-label={`Cards due: ${summary}.`}>
        {forecast.map((f, i) => {
          // The tallest bar stops short of the top, so its number above it stays inside the chart.
          const h = (56 * f.due) / max;
          return (
            <g key={f.day}>
              <rect x={i * 30 + 4} y={72 - h} width="22" height={Math.max(h, 0.5)} rx="2" fill="var(--accent)" />
              <text x={i * 30 + 15} y={69 - h} textAnchor="middle" fontSize="9" fill="var(--text)">
                {f.due}
              </text>
              <text x={i * 30 + 15} y="85" textAnchor="middle" fontSize="8" fill="var(--muted)">
                {i === 0 ? "Today" : weekday(f.day)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
