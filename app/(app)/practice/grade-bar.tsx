import type { PracticeCard } from "@/lib/practice/types";

export type GradeKey = 1 | 2 | 3 | 4;

const GRADES: { key: GradeKey; label: string; tone: string }[] = [
  { key: 1, label: "Again", tone: "border-bad text-bad" },
  { key: 2, label: "Hard", tone: "border-border text-text" },
  { key: 3, label: "Good", tone: "border-good text-good" },
  { key: 4, label: "Easy", tone: "border-accent text-accent" },
];

/**
 * Four grades, each with the interval it leads to. After a wrong answer only Again is offered;
 * after a right one Good is suggested and Hard or Easy stay available. The learner may overrule a
 * "wrong" they judge right (O); it then grades as right and is recorded as overruled. On a phone the
 * bar is fixed at the bottom, within thumb reach; the page leaves room for it.
 */
export function GradeBar({
  intervals,
  correct,
  overruled,
  pending,
  onGrade,
  onOverrule,
}: {
  intervals: PracticeCard["intervals"];
  correct: boolean | null;
  overruled: boolean;
  pending: boolean;
  onGrade: (grade: GradeKey) => void;
  onOverrule: () => void;
}) {
  return (
    <div
      role="group"
      aria-label="Grade your recall"
      aria-busy={pending}
      className="max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-20 max-sm:border-t max-sm:border-border max-sm:bg-surface max-sm:px-3 max-sm:pt-2 max-sm:pb-[max(0.75rem,env(safe-area-inset-bottom))] max-sm:shadow-[0_-4px_12px_rgb(0_0_0/0.08)]"
    >
      <p className="mb-2 flex flex-wrap items-center justify-center gap-x-2 text-center text-sm text-muted">
        {overruled ? (
          <span>Overruled: counted as right. Good is suggested.</span>
        ) : correct === false ? (
          <>
            <span>Wrong answer: this card comes back soon.</span>
            <button type="button" onClick={onOverrule} disabled={pending} aria-keyshortcuts="O" className="min-h-11 rounded-md px-2 text-accent underline hover:bg-surface-2">
              I was right: count it
            </button>
          </>
        ) : correct === true ? (
          "Right. Good is suggested; pick Hard or Easy if that fits better."
        ) : (
          "How well did you recall it?"
        )}
      </p>
      <div className="grid grid-cols-4 gap-2">
        {GRADES.map(({ key, label, tone }) => {
          const disabled = pending || (correct === false && key !== 1);
          const suggested = (correct === true && key === 3) || (correct === false && key === 1);
          return (
            <button
              key={key}
              type="button"
              disabled={disabled}
              onClick={() => onGrade(key)}
              aria-keyshortcuts={String(key)}
              className={`flex min-h-11 flex-col items-center rounded-lg border-2 bg-surface px-1 py-2 transition-colors duration-100 hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-35 ${tone} ${suggested ? "ring-2 ring-offset-2 ring-offset-surface" : ""}`}
            >
              <span className="font-semibold">{label}</span>
              <span className="sr-only">, next review in </span>
              <span className="text-xs text-muted">{intervals[key]}</span>
              <kbd aria-hidden="true" className="mt-0.5 font-mono text-[0.7rem] text-muted">
                {key}
              </kbd>
            </button>
          );
        })}
      </div>
    </div>
  );
}
