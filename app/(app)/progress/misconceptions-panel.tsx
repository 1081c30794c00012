import Link from "next/link";
import { renderedHtml } from "@/components/study/rendered-html";
import { ButtonLink } from "@/components/ui/button";
import { renderInlineMarkdown } from "@/lib/markdown";
import type { Misconception } from "@/lib/server/learner/get-misconceptions";

const SHOWN = 6;

/** The wrong options the learner keeps picking, each with the reason it is wrong and a way back to the question. */
export function MisconceptionsPanel({ misconceptions }: { misconceptions: Misconception[] }) {
  return (
    <section aria-labelledby="misconceptions-title" className="rounded-2xl border border-border bg-surface p-5">
      <h2 id="misconceptions-title" className="text-lg font-semibold">
        What you keep getting wrong
      </h2>
      {misconceptions.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing yet: a wrong option you pick twice or more shows here, with why it is wrong.</p>
      ) : (
        <>
          <ul className="mt-3 flex flex-col gap-3 text-sm">
            {misconceptions.slice(0, SHOWN).map((m) => (
              <li key={`${m.questionId}/${m.optionId}`} className="rounded-xl bg-surface-2 p-3" data-testid="misconception">
                <p className="flex items-baseline justify-between gap-2">
                  <span className="font-semibold">
                    You picked <q {...renderedHtml(renderInlineMarkdown(m.optionText))} />
                  </span>
                  <span className="shrink-0 text-xs text-bad">{m.times} times</span>
                </p>
                {m.why && <p className="mt-1 text-muted" {...renderedHtml(renderInlineMarkdown(m.why))} />}
                <Link href={`/questions/${m.questionId}`} className="mt-1 inline-block text-accent underline">
                  {m.prompt.replace(/[`*_#>]/g, "").slice(0, 120)}
                </Link>
              </li>
            ))}
          </ul>
          <ButtonLink href="/drill?focus=misconceptions" className="mt-4">
            Drill my misconceptions
          </ButtonLink>
        </>
      )}
    </section>
  );
}
