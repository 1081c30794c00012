import type { Breakdown } from "@/lib/quiz/types";

const percent = (b: Breakdown) => Math.round((100 * b.correct) / b.total);

/** A score table with a bar per row; the numbers are the text, the bar only repeats them. */
export function BreakdownTable({ title, rows }: { title: string; rows: Breakdown[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left font-semibold">{title}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Score</th>
          <th scope="col">Share correct</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-border">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {row.label}
            </th>
            <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
              {row.correct}/{row.total}
            </td>
            <td className="w-2/5 py-2">
              <div className="flex items-center gap-2">
                <div className="h-2 flex-1 overflow-hidden rounded-full bg-surface-2" aria-hidden="true">
                  <div className="h-full rounded-full bg-accent" style={{ width: `${percent(row)}%` }} />
                </div>
                <span className="w-10 text-right tabular-nums">{percent(row)}%</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
