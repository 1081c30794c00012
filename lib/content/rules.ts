import type { QuestionRecord } from "./question";

const FENCE = /^\s*(```+|~~~+)(.*)$/;

/** Opening fences without a language name; closing fences are skipped by pairing. */
export function unlabelledFences(markdownText: string): number {
  let open = false;
  let missing = 0;
  for (const line of markdownText.split("\n")) {
    const match = FENCE.exec(line);
    if (!match) continue;
    if (!open && (match[2] ?? "").trim() === "") missing += 1;
    open = !open;
  }
  return missing;
}

const normalisePrompt = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Rules the zod schema cannot express: they span fields or the whole bank. */
export function findContentProblems(questions: QuestionRecord[]): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenPrompts = new Map<string, string>();

  for (const q of questions) {
    const where = `${q.topicId}/${q.subtopic}: ${q.id}`;
    if (seenIds.has(q.id)) problems.push(`${where}: duplicate id`);
    seenIds.add(q.id);

    const promptKey = normalisePrompt(q.prompt + (q.code?.source ?? ""));
    const twin = seenPrompts.get(promptKey);
    if (twin) problems.push(`${where}: same prompt as ${twin}`);
    seenPrompts.set(promptKey, q.id);

    for (const [field, text] of [
      ["prompt", q.prompt],
      ["answer", q.answer],
      ["explanation", q.explanation],
      ...(q.choices ?? []).map((c) => [`choice ${c.id}`, `${c.text}\n${c.why ?? ""}`] as const),
      ...(q.steps ?? []).map((s) => [`step ${s.id}`, s.text] as const),
    ] as const) {
      if (unlabelledFences(text) > 0) problems.push(`${where}: a code block in ${field} does not name its language`);
    }

    if (q.choices) {
      const correct = q.choices.filter((c) => c.correct).length;
      if ((q.type === "single" || q.type === "code") && correct !== 1)
        problems.push(`${where}: ${q.type} needs exactly one correct choice, has ${correct}`);
      if (q.type === "multi" && correct < 1) problems.push(`${where}: multi needs at least one correct choice`);
      for (const c of q.choices) {
        if (!c.correct && !c.why) problems.push(`${where}: wrong choice ${c.id} has no "why"`);
        if (c.correct && c.why) problems.push(`${where}: correct choice ${c.id} has a "why" (put it in the explanation)`);
      }
      const texts = new Set(q.choices.map((c) => normalisePrompt(c.text)));
      if (texts.size !== q.choices.length) problems.push(`${where}: two choices have the same text`);
    }
    if (q.steps) {
      const texts = new Set(q.steps.map((s) => normalisePrompt(s.text)));
      if (texts.size !== q.steps.length) problems.push(`${where}: two steps have the same text`);
    }
  }
  return problems;
}
