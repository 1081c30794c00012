"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { TopicChip } from "@/components/topic-chip";
import { renderShown } from "@/components/study/restored-render";
import type { QuizAnswer } from "@/lib/quiz/answer";
import type { QuizItemView, QuizSessionView } from "@/lib/quiz/types";
import { postJson, SessionExpiredError } from "../post-json";
import { formatClock, useSecondsLeft } from "./quiz-clock";
import { QuizNavigator } from "./quiz-navigator";
import { QuizQuestionBody } from "./quiz-question-body";
import { SubmitDialog } from "./submit-dialog";

type SaveState = "saved" | "saving" | "unsaved";

const RETRY_MS = 3_000;
const TEXT_DEBOUNCE_MS = 600;

const isAnswered = (answer: QuizAnswer | null) =>
  answer !== null && ("choiceIds" in answer ? answer.choiceIds.length > 0 : "order" in answer ? answer.order.length > 0 : answer.text.trim() !== "");

/** The quiz in progress: one question at a time, saved as the learner goes, against the server's clock. */
export function QuizView({ session }: { session: QuizSessionView }) {
  const router = useRouter();
  const [items, setItems] = useState<QuizItemView[]>(session.items);
  const [index, setIndex] = useState(() => Math.max(0, session.items.findIndex((i) => !isAnswered(i.answer))));
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const unsaved = useRef(new Map<string, { answer?: QuizAnswer | null; flagged?: boolean; timeSpentMs?: number }>());
  const textTimer = useRef<number | undefined>(undefined);
  const submitted = useRef(false);
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));
  const questionRef = useRef<HTMLDivElement>(null);
  const [shown] = useState(() => renderShown(`quiz:${session.id}:${session.serverNow}`));
  const secondsLeft = useSecondsLeft(session.deadline, session.serverNow, shown.shownAt);
  const item = items[index]!;
  const answeredCount = items.filter((i) => isAnswered(i.answer)).length;

  // Time on each question, summed over visits and carried across reloads: a slow right answer counts as Hard.
  const spent = useRef(new Map(session.items.map((i) => [i.questionId, i.timeSpentMs])));
  const visible = useRef<{ questionId: string; since: number } | null>(null);
  useEffect(() => {
    const totals = spent.current;
    const shown = { questionId: item.questionId, since: Date.now() };
    visible.current = shown;
    return () => {
      totals.set(shown.questionId, (totals.get(shown.questionId) ?? 0) + Date.now() - shown.since);
      visible.current = null;
    };
  }, [item.questionId]);
  const timeOn = useCallback((questionId: string) => {
    const shown = visible.current;
    const now = shown?.questionId === questionId ? Date.now() - shown.since : 0;
    return Math.round((spent.current.get(questionId) ?? 0) + now);
  }, []);

  const goToResults = useCallback(() => router.replace(`/quiz/${session.id}/results`), [router, session.id]);

  /** Sends every change not yet acknowledged; what fails stays queued and is retried. */
  const sendUnsaved = useCallback(async (): Promise<boolean> => {
    const batch = [...unsaved.current.entries()];
    if (batch.length === 0) return true;
    setSaveState("saving");
    for (const [questionId, change] of batch) {
      try {
        await postJson(`/api/quizzes/${session.id}/answers`, { questionId, ...change }, "PUT");
        if (unsaved.current.get(questionId) === change) unsaved.current.delete(questionId);
      } catch (e) {
        if (e instanceof SessionExpiredError) router.push(e.signInUrl);
        const message = e instanceof Error ? e.message : "";
        if (/Time is up|closed|submitted/.test(message)) {
          submitted.current = true;
          goToResults();
          return false;
        }
        setSaveState("unsaved");
        setError(message.startsWith("You seem to be offline") ? "Not saved yet: you seem to be offline. Your answers are kept here and sent when the connection returns." : message);
        return false;
      }
    }
    setSaveState(unsaved.current.size === 0 ? "saved" : "unsaved");
    setError(null);
    return unsaved.current.size === 0;
  }, [session.id, router, goToResults]);

  // One save at a time, so a quick run of changes reaches the server in the order it was made.
  const flush = useCallback((): Promise<boolean> => {
    inFlight.current = inFlight.current.then(sendUnsaved, sendUnsaved);
    return inFlight.current;
  }, [sendUnsaved]);

  // A render restored by Back, Forward or the router's cache holds the answers as they were then: ask the server again.
  // The page is keyed by the render, so the fresh one mounts in place of this one.
  useEffect(() => {
    if (shown.restored) router.refresh();
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted && unsaved.current.size === 0) router.refresh();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [shown.restored, router]);

  // Unsaved answers are retried until the server has them.
  useEffect(() => {
    if (saveState !== "unsaved") return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [saveState, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved.current.size > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const record = useCallback(
    (questionId: string, change: { answer?: QuizAnswer | null; flagged?: boolean }, debounce = false) => {
      setItems((list) => list.map((i) => (i.questionId === questionId ? { ...i, ...change } : i)));
      const timed = change.answer !== undefined ? { timeSpentMs: timeOn(questionId) } : {};
      unsaved.current.set(questionId, { ...unsaved.current.get(questionId), ...change, ...timed });
      setSaveState("unsaved");
      window.clearTimeout(textTimer.current);
      if (debounce) textTimer.current = window.setTimeout(() => void flush(), TEXT_DEBOUNCE_MS);
      else void flush();
    },
    [flush, timeOn],
  );

  const submit = useCallback(async () => {
    if (submitted.current) return;
    submitted.current = true;
    setSubmitting(true);
    await flush();
    try {
      await postJson(`/api/quizzes/${session.id}/submit`, {});
    } catch (e) {
      // Already closed (by the deadline, or another tab): the results are there either way.
      if (e instanceof SessionExpiredError) return router.push(e.signInUrl);
    }
    goToResults();
  }, [flush, session.id, router, goToResults]);

  // The browser submits by itself when the time is up; the server refuses anything later anyway.
  useEffect(() => {
    if (secondsLeft === 0) void submit();
  }, [secondsLeft, submit]);

  // The live region's text changes once at each threshold, so each warning is read out once.
  const announcement =
    secondsLeft > 0 && secondsLeft <= 60 && session.timeLimitSec > 60
      ? "1 minute left."
      : secondsLeft <= 300 && session.timeLimitSec > 300
        ? "5 minutes left."
        : "";

  const go = useCallback((delta: number) => setIndex((current) => Math.min(items.length - 1, Math.max(0, current + delta))), [items.length]);

  useEffect(() => questionRef.current?.focus(), [index]);

  const pick = useCallback(
    (optionIndex: number) => {
      if (item.choices) {
        const choice = item.choices[optionIndex];
        if (!choice) return;
        const current = item.answer && "choiceIds" in item.answer ? item.answer.choiceIds : [];
        const next = item.type === "multi" ? (current.includes(choice.id) ? current.filter((id) => id !== choice.id) : [...current, choice.id]) : [choice.id];
        record(item.questionId, { answer: { choiceIds: next } });
      } else if (item.steps) {
        const step = item.steps[optionIndex];
        if (!step) return;
        const current = item.answer && "order" in item.answer ? item.answer.order : [];
        const next = current.includes(step.id) ? current.filter((id) => id !== step.id) : [...current, step.id];
        record(item.questionId, { answer: { order: next } });
      }
    },
    [item, record],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (confirming || submitting) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("textarea, input, select") !== null && target !== null;
      // Ctrl/Cmd+Enter moves on from inside the answer box, where a plain Enter starts a new line.
      if (typing && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (index === items.length - 1) setConfirming(true);
        else go(1);
        return;
      }
      if (typing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Enter on an option just picked with the mouse moves on, as it does elsewhere on the question.
      const onOption = target?.closest("[role=radio], [role=checkbox]") != null;
      const onButton = !onOption && target?.closest("button, a") !== null && target !== null;
      if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        pick(Number(event.key) - 1);
      } else if (event.key === "Backspace" && item.steps && item.answer && "order" in item.answer) {
        record(item.questionId, { answer: { order: item.answer.order.slice(0, -1) } });
      } else if (event.key === "ArrowRight") {
        go(1);
      } else if (event.key === "ArrowLeft") {
        go(-1);
      } else if (event.key === "Enter" && !onButton) {
        event.preventDefault();
        if (index === items.length - 1) setConfirming(true);
        else go(1);
      } else if (event.key.toLowerCase() === "f") {
        record(item.questionId, { flagged: !item.flagged });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [confirming, submitting, pick, go, item, index, items.length, record]);

  const urgent = secondsLeft <= 60;
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 sm:px-5">
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-border bg-bg/95 px-4 py-3 backdrop-blur sm:-mx-5 sm:px-5">
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm">
            Question <strong>{index + 1}</strong> of {items.length}
            <span className="text-muted"> · {answeredCount} answered</span>
          </p>
          <p
            className={`rounded-lg px-3 py-1 font-mono text-lg font-semibold tabular-nums ${urgent ? "bg-bad-soft text-bad" : "bg-surface-2"}`}
            aria-label={`Time left: ${formatClock(secondsLeft)}`}
            role="timer"
            suppressHydrationWarning
          >
            <span aria-hidden="true">◷ </span>
            {formatClock(secondsLeft)}
          </p>
        </div>
        <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface-2" role="progressbar" aria-label="Questions answered" aria-valuemin={0} aria-valuemax={items.length} aria-valuenow={answeredCount}>
          <div className="h-full rounded-full bg-accent transition-[width] duration-150" style={{ width: `${(100 * answeredCount) / items.length}%` }} />
        </div>
        <p className="sr-only" aria-live="assertive">
          {announcement}
        </p>
      </div>

      <div className="grid gap-5 md:grid-cols-[1fr_12rem]">
        <article aria-labelledby="quiz-prompt" data-question-id={item.questionId} className="min-w-0 rounded-2xl border border-border bg-surface p-5 sm:p-6">
          <div className="mb-3 flex flex-wrap items-center gap-2 text-xs text-muted">
            <TopicChip topic={item.topic} />
            <span>{item.difficulty}</span>
            {item.flagged && <span className="font-semibold text-warn">⚑ Flagged for review</span>}
          </div>
          <QuizQuestionBody item={item} onPick={pick} onText={(text) => record(item.questionId, { answer: { text } }, true)} promptRef={questionRef} />
          {/* In the source the way forward comes first, so Tab from an answer reaches Next, never Previous; shown left to right. */}
          <div className="mt-6 flex flex-row-reverse flex-wrap items-center justify-end gap-2">
            {index < items.length - 1 ? (
              <button type="button" onClick={() => go(1)} className="ml-auto min-h-11 rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90" aria-keyshortcuts="ArrowRight Enter Control+Enter">
                Next →
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(true)} className="ml-auto min-h-11 rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90" aria-keyshortcuts="Enter Control+Enter">
                Finish quiz
              </button>
            )}
            <button
              type="button"
              onClick={() => record(item.questionId, { flagged: !item.flagged })}
              aria-pressed={item.flagged}
              className="min-h-11 rounded-lg border border-border px-3 py-2 text-sm hover:bg-surface-2 aria-pressed:border-warn aria-pressed:text-warn"
              aria-keyshortcuts="F"
            >
              ⚑ {item.flagged ? "Unflag" : "Flag for review"}
            </button>
            <button type="button" onClick={() => go(-1)} disabled={index === 0} className="min-h-11 rounded-lg border border-border px-3 py-2 text-sm hover:bg-surface-2 disabled:opacity-40" aria-keyshortcuts="ArrowLeft">
              ← Previous
            </button>
          </div>
          <p className="mt-3 text-xs text-muted" role="status">
            {saveState === "saved" ? "✓ All answers saved" : saveState === "saving" ? "Saving…" : "Not saved yet, retrying"}
          </p>
          {error && (
            <p role="alert" className="mt-2 rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
              {error}
            </p>
          )}
        </article>
        <QuizNavigator items={items} index={index} isAnswered={isAnswered} onGo={setIndex} onSubmit={() => setConfirming(true)} />
      </div>
      {confirming && (
        <SubmitDialog
          unanswered={items.length - answeredCount}
          flagged={items.filter((i) => i.flagged).length}
          submitting={submitting}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void submit()}
        />
      )}
    </main>
  );
}
