// After an answer each option is one of four: picked and right, picked and wrong, right but missed, or neither.
export type ChoiceOutcome = "hit" | "wrong" | "missed" | "idle";

export const choiceOutcome = (picked: boolean, correct: boolean): ChoiceOutcome =>
  picked ? (correct ? "hit" : "wrong") : correct ? "missed" : "idle";

// A missed option is dashed as well as green: the mark and the words below carry it without colour.
export const CHOICE_STYLE: Record<ChoiceOutcome | "picked", string> = {
  idle: "border-border",
  picked: "border-accent bg-accent-soft",
  hit: "border-good bg-good-soft",
  wrong: "border-bad bg-bad-soft",
  missed: "border-dashed border-good",
};

const LABEL: Record<Exclude<ChoiceOutcome, "idle">, { text: string; tone: string }> = {
  hit: { text: "✓ Your pick, right", tone: "text-good" },
  wrong: { text: "✗ Your pick, wrong", tone: "text-bad" },
  missed: { text: "○ Missed: this one is right", tone: "text-good" },
};

export function ChoiceOutcomeLabel({ outcome }: { outcome: ChoiceOutcome }) {
  if (outcome === "idle") return null;
  const { text, tone } = LABEL[outcome];
  return <span className={`mt-1 block text-sm font-semibold ${tone}`}>{text}</span>;
}
