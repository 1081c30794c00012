import { AnswerExplanation } from "@/components/study/answer-explanation";
import { CHOICE_STYLE, ChoiceOutcomeLabel, choiceOutcome } from "@/components/study/choice-outcome";
import { renderedHtml } from "@/components/study/rendered-html";
import { TopicChip } from "@/components/topic-chip";
import type { ResultItemView } from "@/lib/quiz/types";

// The grade fed to spaced repetition for a right answer that took much longer than usual.
const HARD = 2;

/** The verdict as a mark and words: the mark leads the collapsed line, the words say it without colour. */
function verdictOf(item: ResultItemView, selfGraded: boolean): { mark: string; words: string; tone: string } {
  if (item.correct === null) return selfGraded ? { mark: "◉", words: "Graded by you", tone: "text-muted" } : { mark: "◌", words: "Grade yourself", tone: "text-warn" };
  if (item.given === null && item.correct === false) return { mark: "–", words: "Not answered", tone: "text-bad" };
  if (item.correct) {
    const words = item.overruled ? "Right (overruled by you)" : item.rating === HARD ? "Correct, slower than usual: counted as Hard" : "Correct";
    return { mark: "✓", words, tone: "text-good" };
  }
  const partly = item.partialCredit !== null ? `, partly right: ${Math.round(100 * item.partialCredit)}% of the options judged right` : "";
  return { mark: "✗", words: `Incorrect${partly}`, tone: "text-bad" };
}

/**
 * One question of a finished quiz as one line (mark, prompt, your answer) that opens on demand to the
 * answer beside the right one, why, and what the learner can do about it (self-grade, overrule).
 */
export function ResultItem({
  item,
  open,
  selfGraded,
  onToggle,
  actions,
}: {
  item: ResultItemView;
  open: boolean;
  selfGraded: boolean;
  onToggle: () => void;
  actions: React.ReactNode;
}) {
  const verdict = verdictOf(item, selfGraded);
  const bodyId = `q-${item.position + 1}-body`;
  return (
    <li id={`q-${item.position + 1}`} data-result-line data-question-id={item.questionId} className="min-w-0 rounded-xl border border-border bg-surface">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={onToggle}
        className="flex min-h-11 w-full items-center gap-3 rounded-xl px-4 py-2.5 text-left hover:bg-surface-2"
      >
        <span aria-hidden="true" className={`w-4 shrink-0 text-center font-bold ${verdict.tone}`}>
          {verdict.mark}
        </span>
        <span className="sr-only">{verdict.words}: </span>
        <span className="shrink-0 text-xs font-semibold text-muted tabular-nums">Q{item.position + 1}</span>
        {item.flagged && (
          <span className="shrink-0 text-warn" title="Flagged">
            ⚑<span className="sr-only"> flagged</span>
          </span>
        )}
        <span className="min-w-0 flex-1 sm:flex sm:items-baseline sm:gap-3">
          <span className="block truncate text-sm font-medium">{item.promptText}</span>
          <span className="block truncate text-xs text-muted sm:max-w-[40%] sm:shrink-0">
            <span className="sr-only">Your answer: </span>
            {item.givenText}
          </span>
        </span>
        <span aria-hidden="true" className="shrink-0 text-muted">
          {open ? "▾" : "▸"}
        </span>
      </button>
      {open && (
        <div id={bodyId} className="border-t border-border px-4 pt-3 pb-4">
          <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted">
            <TopicChip topic={item.topic} />
            <span>{item.difficulty}</span>
            <span className={`ml-auto rounded-md px-2 py-0.5 text-sm font-semibold ${verdict.tone}`}>
              {verdict.mark} {verdict.words}
            </span>
          </div>
          <div className="prose-card font-medium" {...renderedHtml(item.promptHtml)} />
          {item.codeHtml && <div className="mt-3" {...renderedHtml(item.codeHtml)} />}
          <GivenAnswer item={item} />
          <div className="mt-4 border-t border-border pt-4">
            <AnswerExplanation answerHtml={item.answerHtml} explanationHtml={item.explanationHtml} source={item.source} headingLevel={3} />
          </div>
          {actions}
        </div>
      )}
    </li>
  );
}

function GivenAnswer({ item }: { item: ResultItemView }) {
  const picked = item.given && "choiceIds" in item.given ? item.given.choiceIds : [];
  const order = item.given && "order" in item.given ? item.given.order : [];
  const stepText = new Map((item.steps ?? []).map((s) => [s.id, s.html]));
  const rightPlace = new Map((item.steps ?? []).map((s, i) => [s.id, i + 1]));
  if (item.choices) {
    return (
      <ul className="mt-4 flex flex-col gap-2">
        {item.choices.map((choice) => {
          const outcome = choiceOutcome(picked.includes(choice.id), choice.correct);
          return (
            <li key={choice.id} data-choice-id={choice.id} className={`rounded-lg border-2 px-3 py-2 ${CHOICE_STYLE[outcome]}`}>
              <span className="prose-card block" {...renderedHtml(choice.html)} />
              <ChoiceOutcomeLabel outcome={outcome} />
              {!choice.correct && choice.whyHtml && <p className="mt-1 text-sm text-muted" {...renderedHtml(choice.whyHtml)} />}
            </li>
          );
        })}
      </ul>
    );
  }
  if (item.steps) {
    return (
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm text-muted">Your order</h3>
          {order.length === 0 ? (
            <p className="text-sm text-muted">No order given.</p>
          ) : (
            <ol className="flex flex-col gap-1.5">
              {order.map((id, i) => {
                const right = item.orderPositions?.[i] === true;
                return (
                  <li key={id} className={`flex gap-2 rounded-lg border px-3 py-1.5 text-sm ${right ? "border-good bg-good-soft" : "border-bad bg-bad-soft"}`}>
                    <span className="font-mono text-xs">{i + 1}.</span>
                    <span className="prose-card flex-1" {...renderedHtml(stepText.get(id) ?? "")} />
                    <span className="text-xs font-semibold">{right ? "✓ right place" : `✗ belongs at ${rightPlace.get(id) ?? "?"}`}</span>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-sm text-muted">Correct order</h3>
          <ol className="flex list-decimal flex-col gap-1.5 pl-5 text-sm">
            {item.steps.map((step) => (
              <li key={step.id} className="prose-card" {...renderedHtml(step.html)} />
            ))}
          </ol>
        </div>
      </div>
    );
  }
  return (
    <div className="mt-4">
      <h3 className="text-sm text-muted">Your answer</h3>
      <p className="mt-1 rounded-lg bg-surface-2 px-3 py-2 text-sm whitespace-pre-wrap">
        {item.given && "text" in item.given && item.given.text.trim() ? item.given.text : "You wrote nothing."}
      </p>
    </div>
  );
}
