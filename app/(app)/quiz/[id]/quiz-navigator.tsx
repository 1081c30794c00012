import type { QuizAnswer } from "@/lib/quiz/answer";
import type { QuizItemView } from "@/lib/quiz/types";

/** Every question at a glance: answered, unanswered or flagged, each shown by a mark as well as colour. */
export function QuizNavigator({
  items,
  index,
  isAnswered,
  onGo,
  onSubmit,
}: {
  items: QuizItemView[];
  index: number;
  isAnswered: (answer: QuizAnswer | null) => boolean;
  onGo: (index: number) => void;
  onSubmit: () => void;
}) {
  return (
    <nav aria-label="Questions" className="rounded-2xl border border-border bg-surface p-4 md:self-start">
      <h2 className="text-sm font-semibold">Questions</h2>
      <ol className="mt-3 grid grid-cols-6 gap-1.5 sm:grid-cols-8 md:grid-cols-5">
        {items.map((item, i) => {
          const answered = isAnswered(item.answer);
          const state = `${answered ? "answered" : "unanswered"}${item.flagged ? ", flagged" : ""}`;
          return (
            <li key={item.questionId}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={i === index ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${state}`}
                className={`relative flex h-8 w-full max-sm:h-11 items-center justify-center rounded-md border text-xs font-semibold ${answered ? "border-accent bg-accent-soft" : "border-border"} ${i === index ? "ring-2 ring-accent" : ""}`}
              >
                {i + 1}
                {item.flagged && (
                  <span aria-hidden="true" className="absolute -top-1.5 -right-1 text-[0.7rem] text-warn">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="mt-3 flex flex-col gap-1 text-xs text-muted">
        <li>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm border border-accent bg-accent-soft align-middle" aria-hidden="true" /> answered
        </li>
        <li>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm border border-border align-middle" aria-hidden="true" /> unanswered
        </li>
        <li>
          <span className="mr-1 text-warn" aria-hidden="true">⚑</span> flagged
        </li>
      </ul>
      <button type="button" onClick={onSubmit} className="mt-4 min-h-11 w-full rounded-lg border border-border px-3 py-2 text-sm hover:bg-surface-2">
        Submit quiz…
      </button>
      <p className="mt-3 hidden text-xs text-muted md:block">
        Keys: <kbd>1</kbd>–<kbd>9</kbd> pick, <kbd>Enter</kbd> next (<kbd>Ctrl</kbd>+<kbd>Enter</kbd> in a text box), <kbd>←</kbd> <kbd>→</kbd> move, <kbd>F</kbd> flag.
      </p>
    </nav>
  );
}
