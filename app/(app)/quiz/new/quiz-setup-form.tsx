"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TopicChip } from "@/components/topic-chip";
import { Button } from "@/components/ui/button";
import { DIFFICULTIES, type Difficulty } from "@/lib/content/schema";
import type { TopicChip as Topic } from "@/lib/practice/types";
import { QUIZ_MAX_QUESTIONS, QUIZ_MIN_QUESTIONS } from "@/lib/validation/quiz";
import { postJson, SessionExpiredError } from "../post-json";

interface Props {
  topics: Topic[];
  counts: Record<string, Record<string, number>>;
  /** The learner's own decks, with their live cards per difficulty. */
  decks?: { id: string; name: string; counts: Record<string, number> }[];
  /** A deck chosen before the page opened (from the deck's page): it alone is ticked. */
  initialDeckId?: string | null;
}

const PRESETS = [
  { name: "Quick 10", description: "10 questions from every topic, 10 minutes", count: 10, minutes: 10 },
  { name: "Full mock interview", description: "30 questions from every topic, 30 minutes", count: 30, minutes: 30 },
];

export function QuizSetupForm({ topics, counts, decks = [], initialDeckId = null }: Props) {
  const router = useRouter();
  const [topicIds, setTopicIds] = useState<string[]>(initialDeckId ? [] : topics.map((t) => t.id));
  const [deckIds, setDeckIds] = useState<string[]>(initialDeckId ? [initialDeckId] : []);
  const [difficulties, setDifficulties] = useState<Difficulty[]>([]);
  const [count, setCount] = useState(10);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const matching = (byDifficulty: Record<string, number>) => Object.entries(byDifficulty).reduce((s, [d, n]) => s + (difficulties.length === 0 || difficulties.includes(d as Difficulty) ? n : 0), 0);
  const available = topicIds.reduce((sum, t) => sum + matching(counts[t] ?? {}), 0) + decks.filter((d) => deckIds.includes(d.id)).reduce((sum, d) => sum + matching(d.counts), 0);
  const limit = minutes ?? count;

  async function start(body: { topicIds: string[]; deckIds?: string[]; count: number; difficulties: Difficulty[]; timeLimitMinutes: number }) {
    setPending(true);
    setError(null);
    try {
      const quiz = await postJson<{ id: string }>("/api/quizzes", body);
      router.push(`/quiz/${quiz.id}`);
    } catch (e) {
      if (e instanceof SessionExpiredError) router.push(e.signInUrl);
      setError(e instanceof Error ? e.message : "The quiz could not be started. Try again.");
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void start({ topicIds, deckIds, count, difficulties, timeLimitMinutes: limit });
  }

  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <div className="mt-6 flex flex-col gap-6">
      <section aria-labelledby="presets-title">
        <h2 id="presets-title" className="text-sm font-semibold tracking-wide text-muted uppercase">
          Presets
        </h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {PRESETS.map((preset) => (
            <button
              key={preset.name}
              type="button"
              disabled={pending}
              onClick={() => void start({ topicIds: topics.map((t) => t.id), count: preset.count, difficulties: [], timeLimitMinutes: preset.minutes })}
              className="rounded-xl border border-border bg-surface p-4 text-left hover:border-accent hover:bg-accent-soft disabled:opacity-50"
            >
              <span className="block font-semibold">{preset.name}</span>
              <span className="mt-1 block text-sm text-muted">{preset.description}</span>
            </button>
          ))}
        </div>
      </section>

      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-2xl border border-border bg-surface p-5">
        <h2 className="font-semibold">Or build your own</h2>
        <fieldset>
          <legend className="text-sm font-medium">Topics</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {topics.map((topic) => (
              <label key={topic.id} className="flex cursor-pointer items-center gap-2 rounded-lg border border-border px-3 py-1.5 has-checked:border-accent has-checked:bg-accent-soft">
                <input type="checkbox" checked={topicIds.includes(topic.id)} onChange={() => setTopicIds((l) => toggle(l, topic.id))} />
                <TopicChip topic={topic} />
                <span className="text-sm">{topic.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {decks.length > 0 && (
          <fieldset>
            <legend className="text-sm font-medium">Your decks</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {decks.map((deck) => (
                <label key={deck.id} className="flex cursor-pointer items-center gap-2 rounded-lg border border-border px-3 py-1.5 text-sm has-checked:border-accent has-checked:bg-accent-soft">
                  <input type="checkbox" checked={deckIds.includes(deck.id)} onChange={() => setDeckIds((l) => toggle(l, deck.id))} />
                  {deck.name}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend className="text-sm font-medium">Difficulty (none ticked means any)</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {DIFFICULTIES.map((d) => (
              <label key={d} className="flex cursor-pointer items-center gap-2 rounded-lg border border-border px-3 py-1.5 text-sm capitalize has-checked:border-accent has-checked:bg-accent-soft">
                <input type="checkbox" checked={difficulties.includes(d)} onChange={() => setDifficulties((l) => toggle(l, d))} />
                {d}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="count" className="text-sm font-medium">
              Questions ({QUIZ_MIN_QUESTIONS}–{QUIZ_MAX_QUESTIONS})
            </label>
            <input
              id="count"
              type="number"
              min={QUIZ_MIN_QUESTIONS}
              max={QUIZ_MAX_QUESTIONS}
              value={Number.isNaN(count) ? "" : count}
              onChange={(e) => setCount(e.target.valueAsNumber)}
              aria-describedby="available"
              className="rounded-lg border border-border bg-surface px-3 py-2"
            />
            <p id="available" className="text-xs text-muted">
              {available} question{available === 1 ? "" : "s"} available for this choice.
            </p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="minutes" className="text-sm font-medium">
              Time limit in minutes (1–120)
            </label>
            <input
              id="minutes"
              type="number"
              min={1}
              max={120}
              value={Number.isNaN(limit) ? "" : limit}
              onChange={(e) => setMinutes(e.target.valueAsNumber)}
              aria-describedby="minutes-hint"
              className="rounded-lg border border-border bg-surface px-3 py-2"
            />
            <p id="minutes-hint" className="text-xs text-muted">
              About a minute per question unless you change it.
            </p>
          </div>
        </div>
        {error && (
          <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Starting…" : "Start quiz"}
        </Button>
      </form>
    </div>
  );
}
