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
 * after a right one Good is suggested and Hard or Easy stay available.
 */
export function GradeBar({
  intervals,
  correct,
  pending,
  onGrade,
}: {
  intervals: PracticeCard["intervals"];
  correct: boolean | null;
  pending: boolean;
  onGrade: (grade: GradeKey) => void;
}) {
  return (
    <div role="group" aria-label="Grade your recall" aria-busy={pending}>
      <p className="mb-2 text-center text-sm text-muted">
        {correct === false
          ? "Wrong answer: this card comes back soon."
          : correct === true
            ? "Right. Good is suggested; pick Hard or Easy if that fits better."
            : "How well did you recall it?"}
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
              className={`flex flex-col items-center rounded-lg border-2 bg-surface px-1 py-2 transition-colors duration-100 hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-35 ${tone} ${suggested ? "ring-2 ring-offset-2 ring-offset-surface" : ""}`}
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
