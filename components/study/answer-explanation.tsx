import { renderedHtml } from "./rendered-html";

/** The model answer, why it is right, and the standard it comes from: the same block wherever a question is explained. */
export function AnswerExplanation({
  answerHtml,
  explanationHtml,
  source,
  headingLevel = 2,
}: {
  answerHtml: string;
  explanationHtml: string;
  source: string | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const label = "text-sm font-semibold tracking-wide text-muted uppercase";
  return (
    <>
      <Heading className={label}>Answer</Heading>
      <div className="prose-card mt-1" {...renderedHtml(answerHtml)} />
      <Heading className={`mt-4 ${label}`}>Why</Heading>
      <div className="prose-card mt-1 text-[0.95rem]" {...renderedHtml(explanationHtml)} />
      {source && <p className="mt-2 text-xs text-muted">Source: {source}</p>}
    </>
  );
}
