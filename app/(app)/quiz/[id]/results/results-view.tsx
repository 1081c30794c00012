"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { QuizResultsView } from "@/lib/quiz/types";
import { postJson, SessionExpiredError } from "../../post-json";
import { BreakdownTable } from "./breakdown-table";
import { ResultItem } from "./result-item";

const GRADES = [
  { rating: 1, label: "Again", hint: "did not recall" },
  { rating: 2, label: "Hard", hint: "recalled with effort" },
  { rating: 3, label: "Good", hint: "recalled" },
  { rating: 4, label: "Easy", hint: "recalled at once" },
] as const;

const duration = (seconds: number) => `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;

export function ResultsView({ results }: { results: QuizResultsView }) {
  const router = useRouter();
  const [ratings, setRatings] = useState<Record<string, number>>(() =>
    Object.fromEntries(results.items.filter((i) => i.rating !== null).map((i) => [i.questionId, i.rating!])),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const percent = results.scored > 0 ? Math.round((100 * results.correct) / results.scored) : 0;

  async function selfGrade(questionId: string, rating: number) {
    setError(null);
    try {
      await postJson(`/api/quizzes/${results.id}/self-grade`, { questionId, rating });
      setRatings((r) => ({ ...r, [questionId]: rating }));
    } catch (e) {
      if (e instanceof SessionExpiredError) return router.push(e.signInUrl);
      setError(e instanceof Error ? e.message : "That grade was not saved. Try again.");
    }
  }

  async function retake() {
    setPending(true);
    setError(null);
    try {
      const quiz = await postJson<{ id: string }>(`/api/quizzes/${results.id}/retake`, {});
      router.push(`/quiz/${quiz.id}`);
    } catch (e) {
      if (e instanceof SessionExpiredError) return router.push(e.signInUrl);
      setError(e instanceof Error ? e.message : "The retake could not start. Try again.");
      setPending(false);
    }
  }

  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-5">
      <section aria-labelledby="score-title" className="rounded-2xl border border-border bg-surface p-6">
        <p className="text-sm text-muted">{results.status === "expired" ? "Time ran out: the quiz was submitted with the answers saved by then." : "Quiz submitted."}</p>
        <h1 id="score-title" className="mt-1 text-3xl font-bold">
          {results.correct} of {results.scored} correct <span className="text-muted">({percent}%)</span>
        </h1>
        <p className="mt-1 text-muted">
          Time taken {duration(results.secondsTaken)} of {duration(results.timeLimitSec)}
          {results.selfGradePending > 0 && ` · ${results.selfGradePending} free-recall answer${results.selfGradePending === 1 ? "" : "s"} to grade below`}
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          {results.missedQuestionIds.length > 0 && (
            <Button onClick={() => void retake()} disabled={pending}>
              Retake the {results.missedQuestionIds.length} I missed
            </Button>
          )}
          <Link href="/quiz/new" className="rounded-lg border border-border px-4 py-2 text-sm hover:bg-surface-2">
            New quiz
          </Link>
          <Link href="/quiz" className="rounded-lg px-4 py-2 text-sm text-muted hover:bg-surface-2">
            Quiz history
          </Link>
        </div>
        {error && (
          <p role="alert" className="mt-4 rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
            {error}
          </p>
        )}
        <div className="mt-6 grid gap-6 sm:grid-cols-2">
          <BreakdownTable title="By topic" rows={results.byTopic} />
          <BreakdownTable title="By difficulty" rows={results.byDifficulty} />
        </div>
        <p className="mt-4 text-xs text-muted">Every scored answer has been added to your review schedule: wrong answers come back soon, right ones later.</p>
      </section>

      <h2 className="mt-8 text-lg font-semibold">Every question</h2>
      <ol className="mt-3 flex flex-col gap-4">
        {results.items.map((item) => (
          <ResultItem
            key={item.questionId}
            item={item}
            selfGrade={
              item.type === "flashcard" && (
                <div className="mt-4 rounded-lg bg-surface-2 p-3" role="group" aria-label={`Grade your answer to question ${item.position + 1}`}>
                  {ratings[item.questionId] ? (
                    <p className="text-sm">
                      ✓ You graded this <strong>{GRADES.find((g) => g.rating === ratings[item.questionId])?.label}</strong>; it is in your review schedule.
                    </p>
                  ) : (
                    <>
                      <p className="text-sm font-medium">Compare with the answer above. How well did you recall it?</p>
                      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                        {GRADES.map((g) => (
                          <button key={g.rating} type="button" onClick={() => void selfGrade(item.questionId, g.rating)} className="rounded-lg border border-border bg-surface px-2 py-1.5 text-sm hover:bg-bg">
                            <span className="font-semibold">{g.label}</span> <span className="text-xs text-muted">({g.hint})</span>
                          </button>
                        ))}
                      </div>
                    </>
                  )}
                </div>
              )
            }
          />
        ))}
      </ol>
    </main>
  );
}
