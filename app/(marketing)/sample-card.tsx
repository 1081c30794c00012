"use client";

import { useEffect, useRef, useState } from "react";
import { TopicChip } from "@/components/topic-chip";
import { Button, ButtonLink } from "@/components/ui/button";
import type { SampleCard as Card } from "@/lib/server/content/get-sample-card";

const GRADES = [
  { value: 1, label: "Again" },
  { value: 2, label: "Hard" },
  { value: 3, label: "Good" },
  { value: 4, label: "Easy" },
] as const;

type Step = { kind: "asking" } | { kind: "revealed" } | { kind: "graded"; grade: (typeof GRADES)[number] };

/** A real card from the bank to answer, reveal and grade; nothing leaves the browser. */
export function SampleCard({ card }: { card: Card }) {
  const [picked, setPicked] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: "asking" });
  const answerRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const right = card.choices.find((c) => c.id === picked)?.correct ?? false;
  // As in practice, a wrong pick can only be graded Again.
  const wrong = picked !== null && !right;

  useEffect(() => {
    if (step.kind === "revealed") answerRef.current?.focus();
    if (step.kind === "graded") resultRef.current?.focus();
  }, [step.kind]);

  // The practice keys: 1-9 pick, Space or Enter reveals, then 1-4 grade.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, a, button")) return;
      const digit = Number(event.key);
      if (step.kind === "asking" && digit >= 1 && digit <= card.choices.length) setPicked(card.choices[digit - 1]!.id);
      else if (step.kind === "asking" && (event.key === " " || event.key === "Enter")) setStep({ kind: "revealed" });
      else if (step.kind === "revealed" && digit >= 1 && digit <= 4 && !(wrong && digit !== 1)) setStep({ kind: "graded", grade: GRADES[digit - 1]! });
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step.kind, card.choices, wrong]);

  const revealed = step.kind !== "asking";
  return (
    <article aria-labelledby="sample-heading" data-sample-id={card.id} className="rounded-2xl border border-border bg-surface p-5 shadow-sm sm:p-6">
      <div className="flex items-center justify-between gap-3">
        <h2 id="sample-heading" className="text-sm font-semibold text-muted">
          Try a card
        </h2>
        <TopicChip topic={card.topic} />
      </div>
      <div className="prose-card mt-3 text-lg font-medium" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
      <fieldset className="mt-4" disabled={revealed}>
        <legend className="sr-only">Pick one answer</legend>
        <ul className="flex flex-col gap-2">
          {card.choices.map((choice, i) => {
            const state = !revealed ? (picked === choice.id ? "picked" : "") : choice.correct ? "correct" : picked === choice.id ? "wrong" : "";
            return (
              <li key={choice.id}>
                <label
                  className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2 ${
                    state === "correct" ? "border-good bg-good-soft" : state === "wrong" ? "border-bad bg-bad-soft" : state === "picked" ? "border-accent bg-accent-soft" : "border-border"
                  }`}
                >
                  <input type="radio" name="sample-choice" value={choice.id} checked={picked === choice.id} onChange={() => setPicked(choice.id)} className="mt-1.5" />
                  <span className="flex-1">
                    <kbd className="mr-2 font-mono text-xs text-muted">{i + 1}</kbd>
                    <span dangerouslySetInnerHTML={{ __html: choice.html }} />
                    {state === "correct" && <span className="ml-2 text-sm font-semibold text-good">✓ Correct answer</span>}
                    {state === "wrong" && <span className="ml-2 text-sm font-semibold text-bad">✗ Your pick</span>}
                    {revealed && state === "wrong" && choice.whyHtml && <span className="mt-1 block text-sm text-muted" dangerouslySetInnerHTML={{ __html: choice.whyHtml }} />}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {step.kind === "asking" && (
        <Button className="mt-4 min-h-11 w-full sm:w-auto" onClick={() => setStep({ kind: "revealed" })}>
          {picked ? "Check answer" : "Show answer"} <kbd className="font-mono text-xs">Space</kbd>
        </Button>
      )}

      {revealed && (
        <div ref={answerRef} tabIndex={-1} className="mt-4 outline-none">
          <p className={`font-semibold ${picked === null ? "text-text" : right ? "text-good" : "text-bad"}`}>
            {picked === null ? "The answer is marked ✓." : right ? "✓ Right." : "✗ Not this time."}
          </p>
          <div className="prose-card mt-2 text-sm" dangerouslySetInnerHTML={{ __html: card.explanationHtml }} />
        </div>
      )}

      {step.kind === "revealed" && (
        <div className="mt-5">
          <p id="grade-question" className="text-sm text-muted">
            {wrong ? "A wrong pick is graded Again: the card comes back soon." : "How well did you know it? Each grade schedules the next review."}
          </p>
          <div role="group" aria-labelledby="grade-question" className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {GRADES.map((grade) => (
              <Button key={grade.value} variant={grade.value === 3 ? "primary" : "secondary"} className="min-h-11 flex-col gap-0" disabled={wrong && grade.value !== 1} onClick={() => setStep({ kind: "graded", grade })}>
                <span>
                  <kbd className="mr-1 font-mono text-xs">{grade.value}</kbd>
                  {grade.label}
                </span>
                <span className="text-xs">next review in {card.intervals[grade.value]}</span>
              </Button>
            ))}
          </div>
        </div>
      )}

      {step.kind === "graded" && (
        <div className="mt-5 rounded-lg bg-accent-soft p-4">
          <p ref={resultRef} tabIndex={-1} role="status" className="outline-none">
            <strong>{step.grade.label}</strong>: with an account, this card would come back in <strong>{card.intervals[step.grade.value]}</strong>, and each later
            review spaces it further, timed to just before you would forget it. Nothing was saved.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <ButtonLink href="/register" className="min-h-11">
              Keep going with an account
            </ButtonLink>
            <Button
              variant="secondary"
              className="min-h-11"
              onClick={() => {
                setPicked(null);
                setStep({ kind: "asking" });
              }}
            >
              Try it again
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}
