import type { Metadata } from "next";
import { dueIn } from "@/components/relative-time";
import { AnswerExplanation } from "@/components/study/answer-explanation";
import { TopicChip } from "@/components/topic-chip";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getAnswerHistory } from "@/lib/server/learner/get-answer-history";
import { getCard } from "@/lib/server/practice/get-card";
import { isInActiveQuiz } from "@/lib/server/quiz/is-in-active-quiz";
import { cardFieldsFromRow } from "@/lib/server/practice/card-row";
import { retrievability } from "@/lib/srs/scheduler";
import { renderedHtml } from "@/components/study/rendered-html";
import { getMarks } from "@/lib/server/library/set-mark";
import { renderMarkdown } from "@/lib/markdown";
import { AnswerHistory } from "./answer-history";
import { QuestionMarksPanel } from "./question-marks";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "Question" };

/** One question with its answer and the user's own record on it, linked from the weakest list. */
export default async function QuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/questions/${id}`);
  const now = new Date();
  const card = await getCard(db, { userId: user.id, questionId: id, now }).catch(notFoundIfMissing);
  const [state, history, hideAnswer, marks] = await Promise.all([
    db.cardState.findUnique({ where: { userId_questionId: { userId: user.id, questionId: id } } }),
    getAnswerHistory(db, { userId: user.id, questionId: id }),
    // Mid-quiz this page would be an answer key for the quiz; it shows the prompt alone until the quiz ends.
    isInActiveQuiz(db, { userId: user.id, questionId: id, now }),
    getMarks(db, { userId: user.id, questionId: id, now }),
  ]);
  const byId = new Map((card.steps ?? []).map((s) => [s.id, s.html]));
  return (
    <main className="mx-auto max-w-reading px-4 py-8 sm:px-5">
      <article className="rounded-2xl border border-border bg-surface p-6">
        <div className="mb-3 flex flex-wrap items-center gap-2 text-xs text-muted">
          <TopicChip topic={card.topic} />
          <span>{card.subtopic.replace(/-/g, " ")}</span>
          <span>{card.difficulty}</span>
        </div>
        <h1 className="prose-card text-lg font-medium" {...renderedHtml(card.promptHtml)} />
        {card.codeHtml && <div className="mt-4" {...renderedHtml(card.codeHtml)} />}
        {hideAnswer && (
          <p role="status" className="mt-4 rounded-lg bg-accent-soft px-3 py-2 text-sm">
            This question is in the quiz you are taking. Its answer shows here once the quiz is over.
          </p>
        )}
        {!hideAnswer && card.choices && (
          <ul className="mt-4 flex flex-col gap-2 text-sm">
            {card.choices.map((c) => (
              <li key={c.id} className={`rounded-lg border-2 px-3 py-2 ${c.correct ? "border-good bg-good-soft" : "border-border"}`}>
                <span className="prose-card" {...renderedHtml(c.html)} /> {c.correct && <strong className="text-good">✓ correct</strong>}
                {c.whyHtml && <span className="mt-1 block text-muted" {...renderedHtml(c.whyHtml)} />}
              </li>
            ))}
          </ul>
        )}
        {!hideAnswer && card.correctOrder && (
          <ol className="mt-4 flex list-decimal flex-col gap-1 pl-5 text-sm">
            {card.correctOrder.map((stepId) => (
              <li key={stepId} className="prose-card" {...renderedHtml(byId.get(stepId) ?? "")} />
            ))}
          </ol>
        )}
        {!hideAnswer && (
          <div className="mt-6">
            <AnswerExplanation answerHtml={card.answerHtml} explanationHtml={card.explanationHtml} source={card.source} />
          </div>
        )}
      </article>
      <section aria-labelledby="record-title" className="mt-5 rounded-2xl border border-border bg-surface p-6 text-sm">
        <h2 id="record-title" className="font-semibold">
          Your record
        </h2>
        {state ? (
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            <div><dt className="text-muted">Recall now</dt><dd className="font-semibold">{Math.round(100 * retrievability(cardFieldsFromRow(state), now))}%</dd></div>
            <div><dt className="text-muted">Reviews</dt><dd className="font-semibold">{state.reps}</dd></div>
            <div><dt className="text-muted">Lapses</dt><dd className="font-semibold">{state.lapses}</dd></div>
            <div><dt className="text-muted">Next review</dt><dd className="font-semibold">{dueIn(state.due.toISOString(), now)}</dd></div>
          </dl>
        ) : (
          <p className="mt-1 text-muted">You have not studied this question yet.</p>
        )}
        {/* Past answers mark the right options too, so they wait for the quiz to end as well. */}
        {!hideAnswer && <AnswerHistory records={history} card={card} />}
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/drill?topic=${card.topic.id}`}>Drill {card.topic.name}</ButtonLink>
          <ButtonLink href={`/practice?topic=${card.topic.id}`} variant="secondary">Practise {card.topic.name}</ButtonLink>
        </div>
      </section>
      {/* The learner's note may hold the answer, so it waits with the answer until a running quiz ends. */}
      {!hideAnswer && <QuestionMarksPanel questionId={card.questionId} marks={marks} noteHtml={marks.note ? renderMarkdown(marks.note) : null} />}
    </main>
  );
}
