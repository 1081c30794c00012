"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CODE_LANGUAGES, DIFFICULTIES, QUESTION_TYPES, type QuestionType } from "@/lib/content/schema";
import { ownCardSchema, type OwnCard } from "@/lib/validation/decks";
import { sendJson } from "../send-json";
import { MarkdownField } from "./markdown-field";

const TYPE_LABELS: Record<QuestionType, string> = { flashcard: "Flashcard", single: "Single choice", multi: "Multiple choice", order: "Ordering", code: "Code + choice" };

const EMPTY: OwnCard = { type: "flashcard", difficulty: "medium", tags: [], prompt: "", answer: "", explanation: "", choices: [], steps: [], code: null };
const blankChoices = () => [{ text: "", correct: true, why: "" }, { text: "", correct: false, why: "" }, { text: "", correct: false, why: "" }];

const inputClass = "rounded-lg border border-border bg-surface px-3 py-2 text-sm text-text aria-invalid:border-bad";

/** Writing or editing one card of any of the five types, checked with the same schema the server uses. */
export function CardForm({ deckId, cardId, initial }: { deckId: string; cardId?: string; initial?: OwnCard }) {
  const router = useRouter();
  const [card, setCard] = useState<OwnCard>(initial ?? EMPTY);
  const [tagText, setTagText] = useState((initial?.tags ?? []).join(" "));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<OwnCard>) => setCard((c) => ({ ...c, ...change }));
  const hasChoices = card.type === "single" || card.type === "multi" || card.type === "code";

  function chooseType(type: QuestionType) {
    setCard((c) => ({
      ...c,
      type,
      choices: (type === "single" || type === "multi" || type === "code") && c.choices.length === 0 ? blankChoices() : c.choices,
      steps: type === "order" && c.steps.length === 0 ? ["", "", ""] : c.steps,
      code: type === "code" && !c.code ? { language: "typescript", source: "" } : c.code,
    }));
  }

  async function save() {
    const tags = tagText.split(/[\s,]+/).filter(Boolean);
    const body = { ...card, tags, choices: hasChoices ? card.choices : [], steps: card.type === "order" ? card.steps : [], code: card.type === "code" ? card.code : null };
    const parsed = ownCardSchema.safeParse(body);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0] ?? "form")] ??= issue.message;
      setErrors(found);
      setFormError("The card was not saved: fix the fields marked below.");
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      await sendJson(cardId ? `/api/own-cards/${cardId}` : `/api/decks/${deckId}/cards`, cardId ? "PUT" : "POST", parsed.data);
      router.push(`/decks/${deckId}`);
      router.refresh();
    } catch (e) {
      setFormError(e instanceof Error ? e.message : "The card was not saved. Try again.");
      setSaving(false);
    }
  }

  return (
    <form
      className="flex flex-col gap-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {formError && (
        <p role="alert" className="rounded-lg border border-bad px-3 py-2 text-sm text-bad">
          {formError}
        </p>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Card type</legend>
        <div className="flex flex-wrap gap-2">
          {QUESTION_TYPES.map((type) => (
            <label key={type} className={`cursor-pointer rounded-lg border px-3 py-1.5 text-sm ${card.type === type ? "border-accent bg-accent-soft font-semibold" : "border-border"}`}>
              <input type="radio" name="type" value={type} checked={card.type === type} onChange={() => chooseType(type)} className="sr-only" />
              {TYPE_LABELS[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <MarkdownField id="card-prompt" label="Prompt" value={card.prompt} onChange={(prompt) => set({ prompt })} error={errors.prompt} />
      {card.type === "code" && card.code && (
        <div className="flex flex-col gap-2">
          <label htmlFor="card-code-language" className="text-sm font-medium">
            Code language
          </label>
          <select id="card-code-language" value={card.code.language} onChange={(e) => set({ code: { ...card.code!, language: e.target.value as (typeof CODE_LANGUAGES)[number] } })} className={`${inputClass} w-48`}>
            {CODE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <label htmlFor="card-code" className="text-sm font-medium">
            Code
          </label>
          <textarea id="card-code" rows={6} value={card.code.source} onChange={(e) => set({ code: { ...card.code!, source: e.target.value } })} aria-invalid={errors.code ? true : undefined} aria-describedby={errors.code ? "card-code-error" : undefined} className={`${inputClass} font-mono`} spellCheck={false} />
          {errors.code && <p id="card-code-error" className="text-sm text-bad">{errors.code}</p>}
        </div>
      )}
      {hasChoices && (
        <fieldset className="flex flex-col gap-3" aria-describedby={errors.choices ? "card-choices-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">Options {card.type === "multi" ? "(mark every correct one)" : "(mark the correct one)"}</legend>
          {card.choices.map((choice, i) => (
            <div key={i} className="flex flex-col gap-2 rounded-lg border border-border p-3">
              <div className="flex items-center gap-2">
                <label htmlFor={`choice-${i}`} className="text-sm font-medium">
                  Option {i + 1}
                </label>
                <label className="ml-auto flex items-center gap-1.5 text-sm">
                  <input
                    type={card.type === "multi" ? "checkbox" : "radio"}
                    name="correct"
                    checked={choice.correct}
                    onChange={(e) => set({ choices: card.choices.map((c, j) => (card.type === "multi" ? (j === i ? { ...c, correct: e.target.checked } : c) : { ...c, correct: j === i })) })}
                  />
                  Correct
                </label>
                <Button variant="ghost" className="px-2 py-1" aria-label={`Remove option ${i + 1}`} onClick={() => set({ choices: card.choices.filter((_, j) => j !== i) })}>
                  ✕
                </Button>
              </div>
              <input id={`choice-${i}`} value={choice.text} onChange={(e) => set({ choices: card.choices.map((c, j) => (j === i ? { ...c, text: e.target.value } : c)) })} className={inputClass} />
              <label htmlFor={`choice-why-${i}`} className="text-xs text-muted">
                Why it is {choice.correct ? "right" : "wrong"} (optional)
              </label>
              <input id={`choice-why-${i}`} value={choice.why} onChange={(e) => set({ choices: card.choices.map((c, j) => (j === i ? { ...c, why: e.target.value } : c)) })} className={inputClass} />
            </div>
          ))}
          {card.choices.length < 8 && (
            <Button variant="secondary" className="self-start" onClick={() => set({ choices: [...card.choices, { text: "", correct: false, why: "" }] })}>
              Add an option
            </Button>
          )}
          {errors.choices && <p id="card-choices-error" className="text-sm text-bad">{errors.choices}</p>}
        </fieldset>
      )}
      {card.type === "order" && (
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.steps ? "card-steps-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">Steps, in the correct order (practice shuffles them)</legend>
          {card.steps.map((step, i) => (
            <div key={i} className="flex items-center gap-2">
              <label htmlFor={`step-${i}`} className="w-14 text-sm text-muted">
                Step {i + 1}
              </label>
              <input id={`step-${i}`} value={step} onChange={(e) => set({ steps: card.steps.map((s, j) => (j === i ? e.target.value : s)) })} className={`${inputClass} flex-1`} />
              <Button variant="ghost" className="px-2 py-1" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => set({ steps: card.steps.map((s, j) => (j === i - 1 ? card.steps[i]! : j === i ? card.steps[i - 1]! : s)) })}>
                ↑
              </Button>
              <Button variant="ghost" className="px-2 py-1" aria-label={`Remove step ${i + 1}`} onClick={() => set({ steps: card.steps.filter((_, j) => j !== i) })}>
                ✕
              </Button>
            </div>
          ))}
          {card.steps.length < 12 && (
            <Button variant="secondary" className="self-start" onClick={() => set({ steps: [...card.steps, ""] })}>
              Add a step
            </Button>
          )}
          {errors.steps && <p id="card-steps-error" className="text-sm text-bad">{errors.steps}</p>}
        </fieldset>
      )}
      <MarkdownField id="card-answer" label="Answer" value={card.answer} onChange={(answer) => set({ answer })} error={errors.answer} />
      <MarkdownField id="card-explanation" label="Explanation" optional value={card.explanation} onChange={(explanation) => set({ explanation })} error={errors.explanation} rows={3} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="card-tags" className="text-sm font-medium">
            Tags <span className="font-normal text-muted">(optional, separated by spaces)</span>
          </label>
          <input id="card-tags" value={tagText} onChange={(e) => setTagText(e.target.value)} aria-invalid={errors.tags ? true : undefined} aria-describedby={errors.tags ? "card-tags-error" : undefined} className={inputClass} />
          {errors.tags && <p id="card-tags-error" className="text-sm text-bad">{errors.tags}</p>}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="card-difficulty" className="text-sm font-medium">
            Difficulty
          </label>
          <select id="card-difficulty" value={card.difficulty} onChange={(e) => set({ difficulty: e.target.value as OwnCard["difficulty"] })} className={inputClass}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : cardId ? "Save changes" : "Save card"}
        </Button>
        <Button variant="secondary" onClick={() => router.push(`/decks/${deckId}`)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
