import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { choiceIdAt, type QuestionRecord } from "./question";
import { contentFileSchema, topicsFileSchema, type AuthoredQuestion, type TopicMeta } from "./schema";
import { findContentProblems } from "./rules";

export interface LoadedContent {
  topics: TopicMeta[];
  questions: QuestionRecord[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
  }
}

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return listYamlFiles(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

function toRecord(q: AuthoredQuestion, topicId: TopicMeta["id"], subtopic: string, position: number): QuestionRecord {
  const hasChoices = q.type === "single" || q.type === "multi" || q.type === "code";
  return {
    id: q.id,
    topicId,
    subtopic,
    tags: q.tags,
    difficulty: q.difficulty,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    explanation: q.explanation,
    source: q.source ?? null,
    choices: hasChoices
      ? q.choices.map((c, i) => ({ id: choiceIdAt(i), text: c.text, correct: c.correct, why: c.why ?? null }))
      : null,
    steps: q.type === "order" ? q.steps.map((text, i) => ({ id: String(i + 1), text })) : null,
    code: q.type === "code" ? q.code : null,
    position,
  };
}

/** Reads and validates every content file; throws ContentError listing every problem found. */
export function loadContent(contentDir: string): LoadedContent {
  const problems: string[] = [];
  const topicsRaw: unknown = parse(readFileSync(path.join(contentDir, "topics.yaml"), "utf8"));
  const topicsParsed = topicsFileSchema.safeParse(topicsRaw);
  if (!topicsParsed.success) throw new ContentError([`topics.yaml: ${topicsParsed.error.message}`]);
  const topics = topicsParsed.data.topics;

  const perTopicCount = new Map<string, number>();
  const questions: QuestionRecord[] = [];
  for (const file of listYamlFiles(contentDir)) {
    const rel = path.relative(contentDir, file);
    if (rel === "topics.yaml") continue;
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${rel}: not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      continue;
    }
    const parsed = contentFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${rel}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    const dirTopic = rel.split(path.sep)[0];
    if (dirTopic !== parsed.data.topic) problems.push(`${rel}: topic "${parsed.data.topic}" does not match its folder`);
    for (const q of parsed.data.questions) {
      const position = perTopicCount.get(parsed.data.topic) ?? 0;
      perTopicCount.set(parsed.data.topic, position + 1);
      questions.push(toRecord(q, parsed.data.topic, parsed.data.subtopic, position));
    }
  }
  problems.push(...findContentProblems(questions));
  if (problems.length > 0) throw new ContentError(problems);
  return { topics, questions };
}
