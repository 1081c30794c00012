import Link from "next/link";
import type { ActiveQuiz } from "@/lib/server/quiz/get-active-quiz";

const minutesLeft = (deadline: Date, now: Date) => Math.max(1, Math.ceil((deadline.getTime() - now.getTime()) / 60_000));

/** A quiz still running, with the way back into it: on Home and on the new-quiz page, so it is never lost. */
export function ResumeQuiz({ quiz, now, heading }: { quiz: ActiveQuiz; now: Date; heading?: string }) {
  const left = minutesLeft(quiz.deadline, now);
  return (
    <section aria-labelledby="resume-title" className="rounded-2xl border-2 border-accent bg-accent-soft p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto">
          <h2 id="resume-title" className="font-semibold">
            {heading ?? "A quiz is in progress"}
          </h2>
          <p className="text-sm">
            {quiz.answered} of {quiz.total} answered · about {left} minute{left === 1 ? "" : "s"} left on the clock
          </p>
        </div>
        <Link href={`/quiz/${quiz.id}`} className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-medium text-accent-ink hover:opacity-90">
          Resume quiz
        </Link>
      </div>
    </section>
  );
}
