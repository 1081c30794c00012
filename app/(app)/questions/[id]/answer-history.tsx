import { renderedHtml } from "@/components/study/rendered-html";
import type { PracticeCard } from "@/lib/practice/types";
import type { AnswerRecord } from "@/lib/server/learner/get-answer-history";

const GRADE_NAMES = ["", "Again", "Hard", "Good", "Easy"];

function Given({ record, card }: { record: AnswerRecord; card: PracticeCard }) {
  const given = record.given;
  if (!given) return <span className="text-muted">{card.type === "flashcard" ? "recalled from memory" : "answer not recorded"}</span>;
  if ("order" in given) {
    const right = (card.correctOrder ?? []).filter((id, i) => given.order[i] === id).length;
    return <span>{right} of {card.correctOrder?.length ?? 0} steps in the right place</span>;
  }
  const byId = new Map((card.choices ?? []).map((c) => [c.id, c]));
  return (
    <span className="inline-flex flex-wrap gap-1">
      {given.choiceIds.map((id) => {
        const choice = byId.get(id);
        if (!choice) return null;
        return (
          <span key={id} className={`rounded px-1.5 ${choice.correct ? "bg-good-soft" : "bg-bad-soft"}`}>
            <span aria-hidden="true">{choice.correct ? "✓ " : "✗ "}</span>
            <span className="sr-only">{choice.correct ? "right: " : "wrong: "}</span>
            <span {...renderedHtml(choice.html)} />
          </span>
        );
      })}
    </span>
  );
}

/** What the learner answered each time they met this question. */
export function AnswerHistory({ records, card }: { records: AnswerRecord[]; card: PracticeCard }) {
  if (records.length === 0) return null;
  return (
    <div className="mt-5">
      <h3 className="font-semibold">Your answers</h3>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Your answers to this question, newest first</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">When</th>
            <th scope="col" className="py-1 pr-3 font-medium">Where</th>
            <th scope="col" className="py-1 pr-3 font-medium">Grade</th>
            <th scope="col" className="py-1 font-medium">You answered</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.reviewedAt.toISOString()} className="border-t border-border align-top">
              <td className="py-1 pr-3 whitespace-nowrap">{record.reviewedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              <td className="py-1 pr-3">{record.source}</td>
              <td className={`py-1 pr-3 ${record.rating === 1 ? "text-bad" : ""}`}>{GRADE_NAMES[record.rating]}</td>
              <td className="py-1">
                <Given record={record} card={card} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
