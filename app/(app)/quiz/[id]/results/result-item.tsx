import { AnswerExplanation } from "@/components/study/answer-explanation";
import { TopicChip } from "@/components/topic-chip";
import type { ResultItemView } from "@/lib/quiz/types";

// The grade fed to spaced repetition for a right answer that took much longer than usual.
const HARD = 2;
import { renderedHtml } from "@/components/study/rendered-html";

function Verdict({ item }: { item: ResultItemView }) {
  if (item.correct === null) return <span className="rounded-md bg-surface-2 px-2 py-0.5 text-sm font-semibold">◌ Grade yourself</span>;
  if (item.given === null && item.correct === false) return <span className="rounded-md bg-bad-soft px-2 py-0.5 text-sm font-semibold text-bad">– Not answered</span>;
  if (item.correct) {
    return (
      <span className="rounded-md bg-good-soft px-2 py-0.5 text-sm font-semibold text-good">
        ✓ Correct{item.rating === HARD ? " · slower than usual, counted as Hard" : ""}
      </span>
    );
  }
  return (
    <span className="rounded-md bg-bad-soft px-2 py-0.5 text-sm font-semibold text-bad">
      ✗ Incorrect
      {item.partialCredit !== null ? ` · partly right: ${Math.round(100 * item.partialCredit)}% of the options judged right` : ""}
    </span>
  );
}

/** One question of a finished quiz: the learner's answer beside the right one, and why. */
export function ResultItem({ item, selfGrade }: { item: ResultItemView; selfGrade: React.ReactNode }) {
  const picked = item.given && "choiceIds" in item.given ? item.given.choiceIds : [];
  const order = item.given && "order" in item.given ? item.given.order : [];
  const stepText = new Map((item.steps ?? []).map((s) => [s.id, s.html]));
  return (
    <li id={`q-${item.position + 1}`} className="min-w-0 rounded-2xl border border-border bg-surface p-5">
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted">
        <span className="font-semibold text-text">Question {item.position + 1}</span>
        <TopicChip topic={item.topic} />
        <span>{item.difficulty}</span>
        <span className="ml-auto">
          <Verdict item={item} />
        </span>
      </div>
      <div className="prose-card font-medium" {...renderedHtml(item.promptHtml)} />
      {item.codeHtml && <div className="mt-3" {...renderedHtml(item.codeHtml)} />}

      {item.choices && (
        <ul className="mt-4 flex flex-col gap-2">
          {item.choices.map((choice) => {
            const isPicked = picked.includes(choice.id);
            const tone = choice.correct ? "border-good bg-good-soft" : isPicked ? "border-bad bg-bad-soft" : "border-border";
            return (
              <li key={choice.id} className={`rounded-lg border-2 px-3 py-2 ${tone}`}>
                <div className="flex flex-wrap items-start gap-2">
                  <span className="prose-card flex-1" {...renderedHtml(choice.html)} />
                  {isPicked && <span className="text-xs font-semibold">your answer</span>}
                  {choice.correct && <span className="text-xs font-semibold text-good">✓ correct</span>}
                </div>
                {!choice.correct && choice.whyHtml && <p className="mt-1 text-sm text-muted" {...renderedHtml(choice.whyHtml)} />}
              </li>
            );
          })}
        </ul>
      )}

      {item.steps && (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm text-muted">Your order</h3>
            {order.length === 0 ? (
              <p className="text-sm text-muted">No order given.</p>
            ) : (
              <ol className="flex flex-col gap-1.5">
                {order.map((id, i) => (
                  <li key={id} className={`flex gap-2 rounded-lg border px-3 py-1.5 text-sm ${item.orderPositions?.[i] ? "border-good bg-good-soft" : "border-bad bg-bad-soft"}`}>
                    <span className="font-mono text-xs">{i + 1}.</span>
                    <span className="prose-card flex-1" {...renderedHtml(stepText.get(id) ?? "")} />
                    <span className="text-xs font-semibold">{item.orderPositions?.[i] ? "✓" : "✗"}</span>
                  </li>
                ))}
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
      )}

      {item.type === "flashcard" && (
        <div className="mt-4">
          <h3 className="text-sm text-muted">Your answer</h3>
          <p className="mt-1 rounded-lg bg-surface-2 px-3 py-2 text-sm whitespace-pre-wrap">
            {item.given && "text" in item.given && item.given.text.trim() ? item.given.text : "You wrote nothing."}
          </p>
        </div>
      )}

      <div className="mt-4 border-t border-border pt-4">
        <AnswerExplanation answerHtml={item.answerHtml} explanationHtml={item.explanationHtml} source={item.source} headingLevel={3} />
      </div>
      {selfGrade}
    </li>
  );
}
