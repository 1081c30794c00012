export interface DrawCandidate {
  id: string;
  topicId: string;
  lastReviewedAt: Date | null;
}

export type Random = () => number;

const RECENT_MS = 3 * 24 * 60 * 60 * 1000;

function shuffle<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Splits `count` across topics as evenly as their supply allows; leftovers go to topics with spare questions. */
export function topicQuotas(supply: Map<string, number>, count: number, random: Random): Map<string, number> {
  const quotas = new Map([...supply.keys()].map((t) => [t, 0]));
  let left = Math.min(count, [...supply.values()].reduce((a, b) => a + b, 0));
  while (left > 0) {
    const open = shuffle([...supply.keys()].filter((t) => quotas.get(t)! < supply.get(t)!), random);
    const share = Math.max(1, Math.floor(left / open.length));
    for (const topic of open) {
      if (left === 0) break;
      const take = Math.min(share, supply.get(topic)! - quotas.get(topic)!, left);
      quotas.set(topic, quotas.get(topic)! + take);
      left -= take;
    }
  }
  return quotas;
}

/**
 * Picks `count` distinct questions balanced across topics, preferring ones not reviewed in the last
 * few days (never-seen and long-unseen first, at random within each group), in a shuffled order.
 */
export function drawQuestions(candidates: DrawCandidate[], count: number, now: Date, random: Random = Math.random): string[] {
  const byTopic = new Map<string, DrawCandidate[]>();
  for (const c of candidates) byTopic.set(c.topicId, [...(byTopic.get(c.topicId) ?? []), c]);
  const quotas = topicQuotas(new Map([...byTopic].map(([t, list]) => [t, list.length])), count, random);
  const picked: string[] = [];
  for (const [topic, list] of byTopic) {
    const isRecent = (c: DrawCandidate) => c.lastReviewedAt !== null && now.getTime() - c.lastReviewedAt.getTime() < RECENT_MS;
    const preferred = [...shuffle(list.filter((c) => !isRecent(c)), random), ...shuffle(list.filter(isRecent), random)];
    picked.push(...preferred.slice(0, quotas.get(topic)).map((c) => c.id));
  }
  return shuffle(picked, random);
}
