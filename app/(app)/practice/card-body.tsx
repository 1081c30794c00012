import type { RefObject } from "react";
import { orderPositionsCorrect } from "@/lib/practice/check-answer";
import type { PracticeCard } from "@/lib/practice/types";
import { AnswerExplanation } from "@/components/study/answer-explanation";
import { StepPicker } from "@/components/study/step-picker";
import { renderedHtml } from "@/components/study/rendered-html";
import { CHOICE_STYLE, ChoiceOutcomeLabel, choiceOutcome } from "@/components/study/choice-outcome";

interface Props {
  card: PracticeCard;
  phase: "question" | "answered";
  picked: string[];
  correct: boolean | null;
  onPick: (index: number) => void;
  promptRef: RefObject<HTMLDivElement | null>;
  answerRef: RefObject<HTMLDivElement | null>;
}

export function CardBody({ card, phase, picked, correct, onPick, promptRef, answerRef }: Props) {
  const answered = phase === "answered";
  return (
    <>
      {/* A div with the heading role: prompts hold block Markdown that an <h1> may not contain. */}
      <div id="card-prompt" ref={promptRef} tabIndex={-1} role="heading" aria-level={1} className="prose-card text-lg font-medium outline-none">
        <span className="sr-only">Question: </span>
        <div {...renderedHtml(card.promptHtml)} />
      </div>
      {card.codeHtml && <div className="mt-4" {...renderedHtml(card.codeHtml)} />}
      {card.choices && <Choices card={card} picked={picked} answered={answered} onPick={onPick} />}
      {card.steps && <Steps card={card} picked={picked} answered={answered} onPick={onPick} />}
      {answered && (
        <div ref={answerRef} tabIndex={-1} className="mt-6 border-t border-border pt-5 outline-none" aria-live="polite">
          {correct !== null && <Verdict correct={correct} />}
          <AnswerExplanation answerHtml={card.answerHtml} explanationHtml={card.explanationHtml} source={card.source} />
        </div>
      )}
    </>
  );
}

function Verdict({ correct }: { correct: boolean }) {
  return (
    <p
      className={`mb-4 inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-semibold ${correct ? "bg-good-soft text-good" : "bg-bad-soft text-bad"}`}
    >
      <span aria-hidden="true">{correct ? "✓" : "✗"}</span>
      {correct ? "Correct" : "Incorrect"}
    </p>
  );
}

function Choices({ card, picked, answered, onPick }: Omit<Props, "phase" | "correct" | "promptRef" | "answerRef"> & { answered: boolean }) {
  const multi = card.type === "multi";
  return (
    <fieldset className="mt-5">
      <legend className="mb-2 text-sm text-muted">{multi ? "Select all that apply, then check." : "Pick one answer."}</legend>
      <ol className="flex flex-col gap-2">
        {card.choices!.map((choice, index) => {
          const isPicked = picked.includes(choice.id);
          const state = !answered ? (isPicked ? "picked" : "idle") : choiceOutcome(isPicked, choice.correct);
          return (
            <li key={choice.id}>
              <button
                type="button"
                role={multi ? "checkbox" : "radio"}
                aria-checked={isPicked}
                data-choice-id={choice.id}
                disabled={answered}
                onClick={() => onPick(index)}
                className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 px-3 py-2 text-left transition-colors duration-100 enabled:hover:bg-surface-2 ${CHOICE_STYLE[state]}`}
              >
                <kbd className="mt-0.5 shrink-0 rounded border border-border bg-surface px-1.5 font-mono text-xs text-muted">{index + 1}</kbd>
                <span className="flex-1">
                  <span className="prose-card block" {...renderedHtml(choice.html)} />
                  {state !== "picked" && state !== "idle" && <ChoiceOutcomeLabel outcome={state} />}
                  {answered && !choice.correct && choice.whyHtml && (
                    <span className="mt-1 block text-sm text-muted" {...renderedHtml(choice.whyHtml)} />
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function Steps({ card, picked, answered, onPick }: Omit<Props, "phase" | "correct" | "promptRef" | "answerRef"> & { answered: boolean }) {
  const steps = card.steps!;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const positions = answered ? orderPositionsCorrect(picked, card.correctOrder ?? []) : [];
  const rightPlace = new Map((card.correctOrder ?? []).map((id, i) => [id, i + 1]));
  return (
    <div className="mt-5 grid gap-4 sm:grid-cols-2">
      <StepPicker steps={steps} order={picked} disabled={answered} hint="Press the steps in the order they happen." onPick={onPick} />
      <div>
        <h2 className="mb-2 text-sm text-muted">{answered ? "Your order" : `Your order (${picked.length}/${steps.length})`}</h2>
        <ol className="flex flex-col gap-2">
          {picked.map((id, i) => (
            <li
              key={id}
              className={`flex items-start gap-2 rounded-lg border px-3 py-2 text-sm ${answered ? (positions[i] ? "border-good bg-good-soft" : "border-bad bg-bad-soft") : "border-border"}`}
            >
              <span className="font-mono text-xs text-muted">{i + 1}.</span>
              <span className="prose-card flex-1" {...renderedHtml(byId.get(id)?.html ?? "")} />
              {answered && <span className="text-xs font-semibold">{positions[i] ? "✓ right place" : `✗ wrong place, belongs at ${rightPlace.get(id) ?? "?"}`}</span>}
            </li>
          ))}
        </ol>
        {answered && (
          <>
            <h2 className="mt-4 mb-2 text-sm text-muted">Correct order</h2>
            <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
              {(card.correctOrder ?? []).map((id) => (
                <li key={id} className="prose-card" {...renderedHtml(byId.get(id)?.html ?? "")} />
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
