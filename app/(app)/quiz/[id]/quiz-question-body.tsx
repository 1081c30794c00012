import type { RefObject } from "react";
import { StepPicker } from "@/components/study/step-picker";
import type { QuizItemView } from "@/lib/quiz/types";
import { renderedHtml } from "@/components/study/rendered-html";

export function QuizQuestionBody({
  item,
  onPick,
  onText,
  promptRef,
}: {
  item: QuizItemView;
  onPick: (index: number) => void;
  onText: (text: string) => void;
  promptRef: RefObject<HTMLDivElement | null>;
}) {
  const picked = item.answer && "choiceIds" in item.answer ? item.answer.choiceIds : [];
  const order = item.answer && "order" in item.answer ? item.answer.order : [];
  const byId = new Map((item.steps ?? []).map((s) => [s.id, s]));
  return (
    <>
      <div id="quiz-prompt" ref={promptRef} tabIndex={-1} role="heading" aria-level={1} className="prose-card text-lg font-medium outline-none">
        <span className="sr-only">Question {item.position + 1}: </span>
        <div {...renderedHtml(item.promptHtml)} />
      </div>
      {item.codeHtml && <div className="mt-4" {...renderedHtml(item.codeHtml)} />}

      {item.choices && (
        <fieldset className="mt-5">
          <legend className="mb-2 text-sm text-muted">{item.type === "multi" ? "Select all that apply." : "Pick one answer."}</legend>
          <ol className="flex flex-col gap-2">
            {item.choices.map((choice, i) => {
              const isPicked = picked.includes(choice.id);
              return (
                <li key={choice.id}>
                  <button
                    type="button"
                    role={item.type === "multi" ? "checkbox" : "radio"}
                    aria-checked={isPicked}
                    data-choice-id={choice.id}
                    onClick={() => onPick(i)}
                    className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 px-3 py-2 text-left hover:bg-surface-2 ${isPicked ? "border-accent bg-accent-soft" : "border-border"}`}
                  >
                    <kbd className="mt-0.5 shrink-0 rounded border border-border bg-surface px-1.5 font-mono text-xs text-muted">{i + 1}</kbd>
                    <span className="prose-card block flex-1" {...renderedHtml(choice.html)} />
                    {isPicked && <span aria-hidden="true" className="text-accent">✓</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </fieldset>
      )}

      {item.steps && (
        <div className="mt-5 grid gap-4 sm:grid-cols-2">
          <StepPicker steps={item.steps} order={order} hint="Press the steps in the order they happen (Backspace undoes)." onPick={onPick} />
          <div>
            <h2 className="mb-2 text-sm text-muted">
              Your order ({order.length}/{item.steps.length})
            </h2>
            <ol className="flex flex-col gap-2">
              {order.map((id, i) => (
                <li key={id} className="flex items-start gap-2 rounded-lg border border-border px-3 py-2 text-sm">
                  <span className="font-mono text-xs text-muted">{i + 1}.</span>
                  <span className="prose-card flex-1" {...renderedHtml(byId.get(id)?.html ?? "")} />
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}

      {item.type === "flashcard" && (
        <div className="mt-5 flex flex-col gap-1">
          <label htmlFor={`recall-${item.questionId}`} className="text-sm font-medium">
            Your answer (optional)
          </label>
          <textarea
            id={`recall-${item.questionId}`}
            key={item.questionId}
            defaultValue={item.answer && "text" in item.answer ? item.answer.text : ""}
            onChange={(e) => onText(e.target.value)}
            rows={5}
            maxLength={5000}
            aria-describedby={`recall-hint-${item.questionId}`}
            className="rounded-lg border border-border bg-surface px-3 py-2 font-sans"
          />
          <p id={`recall-hint-${item.questionId}`} className="text-xs text-muted">
            Free-recall questions are not scored automatically: you compare with the model answer and grade yourself on the results page.{" "}
            <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Enter</kbd> moves on.
          </p>
        </div>
      )}
    </>
  );
}
