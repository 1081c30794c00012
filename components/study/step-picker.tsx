import { renderedHtml } from "./rendered-html";

/** The shuffled steps of an ordering question; pressing one (or its number key) places it next. */
export function StepPicker({
  steps,
  order,
  disabled = false,
  hint,
  onPick,
}: {
  steps: { id: string; html: string }[];
  order: string[];
  disabled?: boolean;
  hint: string;
  onPick: (index: number) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm text-muted">{hint}</legend>
      <ul className="flex flex-col gap-2">
        {steps.map((step, index) => {
          const place = order.indexOf(step.id);
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-pressed={place >= 0}
                disabled={disabled}
                onClick={() => onPick(index)}
                className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 px-3 py-2 text-left text-sm enabled:hover:bg-surface-2 ${place >= 0 ? "border-accent bg-accent-soft" : "border-border"}`}
              >
                <kbd className="mt-0.5 shrink-0 rounded border border-border bg-surface px-1.5 font-mono text-xs text-muted">{index + 1}</kbd>
                <span className="prose-card flex-1" {...renderedHtml(step.html)} />
                {place >= 0 && <span className="text-xs font-semibold text-accent">#{place + 1}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
