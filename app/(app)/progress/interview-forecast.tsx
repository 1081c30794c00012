import Link from "next/link";
import type { Dashboard } from "@/lib/server/progress/get-dashboard";

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Predicted recall per topic on the interview day, and the reviews a day that would lift each above 90%. */
export function InterviewForecast({ dashboard }: { dashboard: Dashboard }) {
  const upcoming = dashboard.interviewDate && dashboard.interviewDate > dashboard.today;
  return (
    <section aria-labelledby="interview-title" className="mt-5 rounded-2xl border border-border bg-surface p-5">
      <h2 id="interview-title" className="text-lg font-semibold">
        Interview forecast
      </h2>
      {!upcoming ? (
        <p className="mt-1 text-sm text-muted">
          {dashboard.interviewDate ? "Your interview date has passed. " : ""}
          <Link href="/settings" className="text-accent underline">
            Set the date of your interview
          </Link>{" "}
          to see how much you would remember on the day, and how many reviews a day would get every topic above 90%.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            Interview on <strong className="text-text">{dashboard.interviewDate}</strong>. These are estimates from the same FSRS model that schedules your cards:
            recall if you stopped studying today (never-seen questions count as forgotten), and a rough number of reviews a day to bring each topic above 90%.
          </p>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Predicted recall per topic on the interview day</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Topic</th>
                <th scope="col" className="py-1 pr-3 font-medium">Recall on the day if you stop now</th>
                <th scope="col" className="py-1 font-medium">Reviews a day to reach 90%</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.topics.map((t) => (
                <tr key={t.id} className="border-t border-border">
                  <th scope="row" className="py-1.5 pr-3 font-normal">{t.name}</th>
                  <td className="py-1.5 pr-3 tabular-nums">{pct(t.recallOnInterview ?? 0)}</td>
                  <td className="py-1.5 tabular-nums">about {t.reviewsPerDay ?? 0}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-border font-semibold">
                <th scope="row" className="py-1.5 pr-3">All topics</th>
                <td />
                <td className="py-1.5 tabular-nums">about {dashboard.topics.reduce((s, t) => s + (t.reviewsPerDay ?? 0), 0)}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
