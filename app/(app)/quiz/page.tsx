import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listQuizzes } from "@/lib/server/quiz/list-quizzes";
import { getSettings } from "@/lib/server/users/settings";
import { topicTrends } from "./topic-trends";

export const metadata: Metadata = { title: "Quizzes" };

const STATUS: Record<string, string> = { active: "in progress", submitted: "submitted", expired: "time ran out" };

export default async function QuizHistoryPage() {
  const user = await requireUser("/quiz");
  const [quizzes, { timeZone }] = await Promise.all([listQuizzes(db, { userId: user.id }), getSettings(db, { userId: user.id })]);
  const trends = topicTrends(quizzes);
  return (
    <main className="mx-auto max-w-page px-4 py-8 sm:px-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Mock quizzes</h1>
        <ButtonLink href="/quiz/new">New quiz</ButtonLink>
      </div>
      {quizzes.length === 0 ? (
        <section className="mt-6 rounded-2xl border border-border bg-surface p-6">
          <h2 className="font-semibold">No quizzes yet</h2>
          <p className="mt-1 text-muted">Take a timed quiz to rehearse the real thing. &ldquo;Quick 10&rdquo; takes ten minutes.</p>
          <ButtonLink href="/quiz/new" className="mt-4">
            Start your first quiz
          </ButtonLink>
        </section>
      ) : (
        <>
          <section aria-labelledby="trends-title" className="mt-6 rounded-2xl border border-border bg-surface p-5">
            <h2 id="trends-title" className="font-semibold">
              Trend per topic (oldest to newest, last five quizzes)
            </h2>
            <ul className="mt-3 flex flex-col gap-2 text-sm">
              {trends.map((t) => (
                <li key={t.id} className="flex flex-wrap items-baseline gap-x-3">
                  <span className="w-56 font-medium">{t.name}</span>
                  <span className="tabular-nums">{t.scores.map((s) => `${s}%`).join(" → ")}</span>
                  {t.scores.length > 1 && (
                    <span className="text-muted">{t.scores.at(-1)! > t.scores[0]! ? "▲ improving" : t.scores.at(-1)! < t.scores[0]! ? "▼ slipping" : "■ steady"}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <table className="mt-6 w-full overflow-hidden rounded-2xl border border-border bg-surface text-sm">
            <caption className="sr-only">Past quizzes, newest first</caption>
            <thead className="bg-surface-2 text-left">
              <tr>
                <th scope="col" className="px-4 py-2">Date</th>
                <th scope="col" className="px-4 py-2">Questions</th>
                <th scope="col" className="px-4 py-2">Score</th>
                <th scope="col" className="hidden px-4 py-2 sm:table-cell">Status</th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((q) => (
                <tr key={q.id} className="border-t border-border">
                  <td className="px-4 py-2">
                    <Link href={q.status === "active" ? `/quiz/${q.id}` : `/quiz/${q.id}/results`} className="text-accent underline">
                      {new Date(q.startedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone })}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{q.questionCount}</td>
                  <td className="px-4 py-2 tabular-nums">{q.status === "active" ? "–" : `${q.correct}/${q.scored}`}</td>
                  <td className="hidden px-4 py-2 sm:table-cell">{STATUS[q.status] ?? q.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
