import type { TopicChip as Topic } from "@/lib/practice/types";

/** Topic identity: glyph and short name in the topic's colour, so colour is never the only signal. */
export function TopicChip({ topic }: { topic: Topic }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-semibold"
      style={{ color: `var(--topic-${topic.id})`, borderColor: `var(--topic-${topic.id})` }}
      title={topic.name}
    >
      <span aria-hidden="true">{topic.glyph}</span>
      <span aria-hidden="true">{topic.short}</span>
      <span className="sr-only">{topic.name}</span>
    </span>
  );
}
