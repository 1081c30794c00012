"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ResultItemView } from "@/lib/quiz/types";
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

type Filter = "all" | "wrong" | "flagged" | "self";

const FILTERS: { key: Filter; label: string; test: (i: ResultItemView, graded: boolean) => boolean }[] = [
  { key: "all", label: "All", test: () => true },
  { key: "wrong", label: "Wrong", test: (i) => i.correct === false },
  { key: "flagged", label: "Flagged", test: (i) => i.flagged },
  { key: "self", label: "To self-grade", test: (i, graded) => i.type === "flashcard" && !graded },
];

// Free recall waits for the learner's own grade, so it comes first; the rest keep the quiz's order.
const byReviewOrder = (a: ResultItemView, b: ResultItemView) =>
  Number(b.type === "flashcard") - Number(a.type === "flashcard") || a.position - b.position;

const duration = (seconds: number) => `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;

export function ResultsView({ results }: { results: QuizResultsView }) {
  const router = useRouter();
  const [ratings, setRatings] = useState<Record<string, number>>(() =>
    Object.fromEntries(results.items.filter((i) => i.rating !== null).map((i) => [i.questionId, i.rating!])),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [filter, setFilter] = useState<Filter>("all");
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  // Overruled here since the page loaded; the server's count catches up on the next render.
  const [overruled, setOverruled] = useState<Set<string>>(() => new Set());
  const items = results.items.map((i) => (overruled.has(i.questionId) && !i.overruled ? { ...i, correct: true, overruled: true } : i));
  const correct = items.filter((i) => i.correct).length;
  const percent = results.scored > 0 ? Math.round((100 * correct) / results.scored) : 0;
  const isGraded = (i: ResultItemView) => ratings[i.questionId] !== undefined;
  const shown = items.filter((i) => FILTERS.find((f) => f.key === filter)!.test(i, isGraded(i))).sort(byReviewOrder);
  const toggle = (questionId: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });

  async function overrule(questionId: string) {
    setError(null);
    try {
      await postJson(`/api/quizzes/${results.id}/overrule`, { questionId });
      setOverruled((o) => new Set(o).add(questionId));
      router.refresh();
    } catch (e) {
      if (e instanceof SessionExpiredError) return router.push(e.signInUrl);
      setError(e instanceof Error ? e.message : "That was not saved. Try again.");
    }
  }

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
          {correct} of {results.scored} correct <span className="text-muted">({percent}%)</span>
        </h1>
        <p className="mt-1 text-muted">
          Time taken {duration(results.secondsTaken)} of {duration(results.timeLimitSec)}
          {results.selfGradePending > 0 && ` · ${results.selfGradePending} free-recall answer${results.selfGradePending === 1 ? "" : "s"} to grade, at the top of the list`}
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

      <div className="mt-8 flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-lg font-semibold">Every question</h2>
        <div role="group" aria-label="Show" className="flex flex-wrap gap-1.5">
          {FILTERS.map((f) => (
            <button
              key={f.key}
              type="button"
              aria-pressed={filter === f.key}
              onClick={() => setFilter(f.key)}
              className="min-h-11 rounded-full border border-border px-3 text-sm hover:bg-surface-2 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold sm:min-h-9"
            >
              {f.label} ({items.filter((i) => f.test(i, isGraded(i))).length})
            </button>
          ))}
        </div>
      </div>
      <p className="mt-1 text-xs text-muted">Each line opens to the right answer and why.</p>
      {shown.length === 0 && <p className="mt-4 text-sm text-muted">No question matches this filter.</p>}
      <ol className="mt-3 flex flex-col gap-2">
        {shown.map((item) => (
          <ResultItem
            key={item.questionId}
            item={item}
            open={open.has(item.questionId)}
            selfGraded={isGraded(item)}
            onToggle={() => toggle(item.questionId)}
            actions={
              item.type === "flashcard" ? (
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
                          <button key={g.rating} type="button" onClick={() => void selfGrade(item.questionId, g.rating)} className="min-h-11 rounded-lg border border-border bg-surface px-2 py-1.5 text-sm hover:bg-bg">
                            <span className="font-semibold">{g.label}</span> <span className="text-xs text-muted">({g.hint})</span>
                          </button>
                        ))}
                      </div>
                    </>
                  )}
                </div>
              ) : item.overruled ? (
                <p className="mt-4 text-sm text-muted">Overruled: counted as right. Your review schedule treats it as Good.</p>
              ) : item.correct === false && item.given !== null ? (
                <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-muted">
                  Judge your answer right after all?
                  <button type="button" onClick={() => void overrule(item.questionId)} className="min-h-11 rounded-lg border border-border px-3 hover:bg-surface-2">
                    I was right: count it
                  </button>
                </p>
              ) : null
            }
          />
        ))}
      </ol>
    </main>
  );
}
