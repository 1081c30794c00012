"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { TopicChip } from "@/components/topic-chip";
import { useOnline, useRetriedSend } from "@/components/study/connection";
import { NoteEditor } from "@/components/study/note-editor";
import { OfflineBanner } from "@/components/study/offline-banner";
import { renderedHtml } from "@/components/study/rendered-html";
import { MarkSessionExpired, saveMarks } from "@/components/study/save-marks";
import { renderShown } from "@/components/study/restored-render";
import { isChoiceAnswerCorrect, isOrderCorrect } from "@/lib/practice/check-answer";
import type { GradeResult, NextCardResult, PracticeCard, QueueCounts } from "@/lib/practice/types";
import type { TopicSummary } from "@/lib/server/topics/list-topics";
import type { PracticeMode } from "@/lib/validation/practice";
import { CardBody } from "./card-body";
import { GradeBar, type GradeKey } from "./grade-bar";
import { AUTO_RESUME_MS, SessionSummary, type SessionStats } from "./session-summary";
import { ShortcutSheet } from "./shortcut-sheet";
import { postJson, RequestFailedError, SessionExpiredError } from "./post-json";
import { loadSession, saveSession } from "./saved-session";

type Phase = "question" | "answered";

type GradeBody = {
  card: PracticeCard;
  questionId: string;
  rating: GradeKey;
  clientKey: string;
  durationMs: number;
  answer: unknown;
  cardVersion: PracticeCard["cardVersion"];
  overruled: boolean;
  topicId: string | null;
  mode: Mode;
  setId: string | null;
};

interface LastGrade {
  reviewId: string;
}

const MAX_DURATION_MS = 10 * 60 * 1000;


// A drill is a short burst: this many grades, then the summary.
export const DRILL_LENGTH = 20;

type Mode = PracticeMode;

/** The flashcard loop: prompt, reveal or answer, grade, next card; every step has a key. */
export function PracticeView({
  initial,
  topic,
  mode = "practice",
  selection = null,
  renderId,
  userId,
}: {
  initial: NextCardResult;
  /** Unique per server render: a second mount of the same render is Back, Forward or the router's cache. */
  renderId: string;
  /** Whose session this is: the tab's saved session belongs to one learner, never to the next one to sign in here. */
  userId: string;
  topic: Pick<TopicSummary, "id" | "name"> | null;
  mode?: Mode;
  /** A set chosen in the library (mode "selection"): its id and what the list was. */
  selection?: { id: string; label: string; count: number } | null;
}) {
  const router = useRouter();
  const [current, setCurrent] = useState<NextCardResult>(initial);
  const [phase, setPhase] = useState<Phase>("question");
  const [picked, setPicked] = useState<string[]>([]);
  const [correct, setCorrect] = useState<boolean | null>(null);
  const [lastGrade, setLastGrade] = useState<LastGrade | null>(null);
  const [stats, setStats] = useState<SessionStats>(() => ({ reviewed: 0, again: 0, startedAt: Date.now() }));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The learner judged an answer scored wrong to be right: it is graded as right and recorded as overruled.
  const [overruled, setOverruled] = useState(false);
  const [shown] = useState(() => renderShown(`practice:${renderId}`));
  const restoredSession = useRef(false);
  // A restored render's card may be graded already: none is shown until the server names the next one.
  const [refreshing, setRefreshing] = useState(shown.restored);
  const shownAt = useRef(0);
  const promptRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);

  const drillOver = mode !== "practice" && stats.reviewed >= DRILL_LENGTH;
  const card = current.kind === "card" && !drillOver && !refreshing ? current.card : null;
  const counts: QueueCounts = current.counts;
  const topicId = topic?.id ?? null;
  const setId = selection?.id ?? null;
  const nextQuery = `?mode=${mode}${topicId ? `&topic=${topicId}` : ""}${setId ? `&set=${setId}` : ""}`;
  const scope = `${userId}:${mode}:${topicId ?? ""}:${setId ?? ""}`;
  const verdict = overruled ? true : correct;

  const showCard = useCallback((next: NextCardResult) => {
    setCurrent(next);
    setPhase("question");
    setPicked([]);
    setCorrect(null);
    setError(null);
    setNoteOpen(false);
    setOverruled(false);
  }, []);

  const fetchNext = useCallback(async (): Promise<NextCardResult> => {
    const response = await fetch(`/api/practice/next${nextQuery}`);
    if (!response.ok) throw new Error("Could not load your next card. Reload the page to continue.");
    return (await response.json()) as NextCardResult;
  }, [nextQuery]);

  // The session's counts and its last grade live in the tab, so a reload or Back keeps Undo and "N reviewed".
  // A render shown before (Back, Forward, the router's cache) holds cards graded since: ask for the next one.
  useEffect(() => {
    const saved = loadSession(scope);
    if (saved) {
      // Read after hydration: the server cannot see this tab's storage, so the first render must match its zeroes.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStats(saved.stats);
      if (saved.lastReviewId) setLastGrade({ reviewId: saved.lastReviewId });
    }
    restoredSession.current = true;
    const refresh = () =>
      fetchNext()
        .then(showCard)
        .catch(() => setError("Could not load your next card. Reload the page to continue."))
        .finally(() => setRefreshing(false));
    if (shown.restored) void refresh();
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void refresh();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [scope, shown.restored, fetchNext, showCard]);

  useEffect(() => {
    if (restoredSession.current) saveSession(scope, { stats, lastReviewId: lastGrade?.reviewId ?? null });
  }, [scope, stats, lastGrade]);

  // Flag, suspend or bury the card on screen; suspending or burying moves on to the next card without grading.
  const markCard = useCallback(
    async (change: { flagged: boolean } | { suspended: true } | { buried: true }) => {
      if (!card || pending) return;
      setPending(true);
      setError(null);
      try {
        const marks = await saveMarks(card.questionId, change);
        if ("flagged" in change) {
          setCurrent((c) => (c.kind === "card" ? { ...c, card: { ...c.card, flagged: marks.flagged } } : c));
          setNotice(marks.flagged ? "Flagged. Find it under ★ Flagged in the library." : "Flag removed.");
        } else {
          showCard(await fetchNext());
          setNotice("suspended" in change ? "Suspended: it will not come back until you unsuspend it in the library." : "Buried until tomorrow.");
        }
      } catch (e) {
        if (e instanceof MarkSessionExpired) router.push(`/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
        setError(e instanceof Error ? e.message : "That change was not saved. Try again.");
      } finally {
        setPending(false);
      }
    },
    [card, pending, fetchNext, showCard, router],
  );

  // How long the learner looked at a card is measured from when it appeared.
  useEffect(() => {
    shownAt.current = Date.now();
  }, [card?.clientKey]);

  // When the next card is a learning step minutes away, fetch it once it is due instead of making the learner reload.
  const nextDueAt = current.kind === "done" ? current.nextDueAt : null;
  useEffect(() => {
    if (!nextDueAt) return;
    const wait = new Date(nextDueAt).getTime() - Date.now();
    if (wait > AUTO_RESUME_MS) return;
    const timer = window.setTimeout(() => {
      fetch(`/api/practice/next${nextQuery}`)
        .then((response) => (response.ok ? (response.json() as Promise<NextCardResult>) : null))
        .then((next) => {
          if (next) showCard(next);
        })
        .catch(() => setError("Could not load your next card. Reload the page to continue."));
    }, Math.max(0, wait) + 500);
    return () => window.clearTimeout(timer);
  }, [nextDueAt, nextQuery, showCard]);

  // Focus follows the learner: to the prompt of each new card, to the answer once revealed.
  useEffect(() => {
    if (phase === "question") promptRef.current?.focus();
    else answerRef.current?.focus();
  }, [phase, card?.clientKey]);

  const reveal = useCallback(() => {
    if (!card || phase !== "question") return;
    if (card.type === "flashcard") {
      setCorrect(null);
    } else if (card.steps && card.correctOrder) {
      if (picked.length !== card.steps.length) {
        setError(`Place all ${card.steps.length} steps first: press their numbers in order.`);
        return;
      }
      setCorrect(isOrderCorrect(picked, card.correctOrder));
    } else if (card.choices) {
      if (picked.length === 0) {
        setError(card.type === "multi" ? "Pick every option that applies, then check." : "Pick an option first.");
        return;
      }
      setCorrect(isChoiceAnswerCorrect(picked, card.choices));
    }
    setError(null);
    setPhase("answered");
  }, [card, phase, picked]);

  const pick = useCallback(
    (index: number) => {
      if (!card || phase !== "question") return;
      if (card.choices) {
        const choice = card.choices[index];
        if (!choice) return;
        if (card.type === "multi") {
          setPicked((p) => (p.includes(choice.id) ? p.filter((id) => id !== choice.id) : [...p, choice.id]));
        } else {
          setPicked([choice.id]);
        }
      } else if (card.steps) {
        const step = card.steps[index];
        if (!step) return;
        setPicked((p) => (p.includes(step.id) ? p.filter((id) => id !== step.id) : [...p, step.id]));
      }
      setError(null);
    },
    [card, phase],
  );

  // A grade made offline is kept and sent when the connection returns; its clientKey makes it land once.
  const online = useOnline();
  const gradeSend = useRetriedSend((body: GradeBody) => postJson<GradeResult>("/api/practice/grade", { ...body, card: undefined }), {
    onSent: (result, body) => {
      setPending(false);
      setNotice(null);
      setError(null);
      if (!result.duplicate) {
        setStats((s) => ({ ...s, reviewed: s.reviewed + 1, again: s.again + (body.rating === 1 ? 1 : 0) }));
      }
      setLastGrade({ reviewId: result.reviewId });
      showCard(result.next);
    },
    onFailed: (e) => {
      setPending(false);
      if (e instanceof SessionExpiredError) router.push(e.signInUrl);
      if (e instanceof RequestFailedError && e.status === 409) {
        // Graded elsewhere first: nothing was recorded here; move on, then say why (showing a card clears errors).
        const message = e.message;
        void fetchNext()
          .catch(() => current)
          .then((next) => {
            showCard(next);
            setError(message);
          });
        return;
      }
      // The card stays with the same key, so retrying cannot grade it twice.
      setError(e instanceof Error ? e.message : "Your grade was not saved. Try again.");
    },
  });

  const grade = useCallback(
    async (rating: GradeKey) => {
      if (!card || phase !== "answered" || pending || gradeSend.queued) return;
      if (verdict === false && rating !== 1) return;
      setPending(true);
      setError(null);
      await gradeSend.submit({
        card,
        questionId: card.questionId,
        rating,
        clientKey: card.clientKey,
        durationMs: Math.min(Date.now() - shownAt.current, MAX_DURATION_MS),
        // What was picked or ordered, so the app can tell which wrong ideas keep coming back.
        answer: card.steps ? { order: picked } : card.choices ? { choiceIds: picked } : null,
        cardVersion: card.cardVersion,
        overruled,
        topicId,
        mode,
        setId,
      });
    },
    [card, phase, pending, verdict, overruled, picked, topicId, mode, setId, gradeSend],
  );

  const undo = useCallback(async () => {
    if (!lastGrade || pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await postJson<{ card: PracticeCard; counts: QueueCounts }>("/api/practice/undo", {
        reviewId: lastGrade.reviewId,
        topicId,
        mode,
        setId,
      });
      setStats((s) => ({ ...s, reviewed: Math.max(0, s.reviewed - 1) }));
      setLastGrade(null);
      showCard({ kind: "card", card: result.card, counts: result.counts });
    } catch (e) {
      if (e instanceof SessionExpiredError) router.push(e.signInUrl);
      setError(e instanceof Error ? e.message : "Undo failed. Try again.");
    } finally {
      setPending(false);
    }
  }, [lastGrade, pending, topicId, mode, setId, showCard, router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "?") {
        setShowHelp((v) => !v);
        return;
      }
      if (event.key === "Escape") {
        setShowHelp(false);
        return;
      }
      if (showHelp || !card) return;
      const letter = event.key.length === 1 ? event.key.toLowerCase() : "";
      if (letter === "f") {
        event.preventDefault();
        void markCard({ flagged: !card.flagged });
        return;
      }
      if (letter === "s" || letter === "b") {
        event.preventDefault();
        void markCard(letter === "s" ? { suspended: true } : { buried: true });
        return;
      }
      if (letter === "n" && phase === "answered") {
        event.preventDefault();
        setNoteOpen(true);
        return;
      }
      // Space and Enter on a focused button keep their own meaning, except on an option just picked with the
      // mouse: there they check the answer, as everywhere else on the card.
      const onOption = target?.closest("[role=radio], [role=checkbox]") != null;
      const onButton = !onOption && target?.closest("button, a") !== null && target !== null;
      if (letter === "o" && phase === "answered" && correct === false && !overruled) {
        event.preventDefault();
        setOverruled(true);
        return;
      }
      if (phase === "question") {
        if ((event.key === " " || event.key === "Enter") && !onButton) {
          event.preventDefault();
          reveal();
        } else if (/^[1-9]$/.test(event.key) && card.type !== "flashcard") {
          event.preventDefault();
          pick(Number(event.key) - 1);
        } else if (event.key === "Backspace" && card.steps) {
          setPicked((p) => p.slice(0, -1));
        }
      } else if (/^[1-4]$/.test(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as GradeKey);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, phase, correct, overruled, showHelp, reveal, pick, grade, undo, markCard]);

  return (
    // On a phone the grade bar is fixed at the bottom after a reveal: the page pads its end to scroll clear of it.
    <main className={`mx-auto max-w-2xl px-4 py-6 sm:px-5 ${card && phase === "answered" ? "max-sm:pb-56" : ""}`}>
      <OfflineBanner online={online} queued={gradeSend.queued} what="grade" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        {mode === "selection" ? (
          <p aria-live="polite">
            Selection · {selection?.label} · <span>{counts.due} to review</span> · <span>{counts.newAvailable} new</span> · <span>{stats.reviewed} reviewed</span>
          </p>
        ) : mode === "misconceptions" ? (
          <p aria-live="polite">
            Drill · what you keep getting wrong · <span>{counts.due} to go</span> ·{" "}
            <span>
              {Math.min(stats.reviewed, DRILL_LENGTH)}/{DRILL_LENGTH} drilled
            </span>
          </p>
        ) : mode === "drill" ? (
          <p aria-live="polite">
            Drill{topic ? ` · ${topic.name}` : ""} · <span>{counts.due} weak</span> · <span>{counts.newAvailable} unseen</span> ·{" "}
            <span>
              {Math.min(stats.reviewed, DRILL_LENGTH)}/{DRILL_LENGTH} drilled
            </span>
          </p>
        ) : (
          <p aria-live="polite">
            {topic ? <>Practising {topic.name} · </> : null}
            <span>{counts.due} due</span> · <span>{counts.newAvailable} new</span> · <span>{stats.reviewed} reviewed</span>
          </p>
        )}
        <div className="flex flex-wrap items-center gap-1">
          {card && (
            <>
              <button
                type="button"
                aria-pressed={card.flagged}
                aria-keyshortcuts="F"
                onClick={() => void markCard({ flagged: !card.flagged })}
                disabled={pending}
                className={`rounded-md px-2 py-1 hover:bg-surface-2 hover:text-text max-sm:min-h-11 ${card.flagged ? "font-semibold text-warn" : ""}`}
              >
                {card.flagged ? "★ Flagged" : "☆ Flag"}
              </button>
              <button type="button" aria-keyshortcuts="B" onClick={() => void markCard({ buried: true })} disabled={pending} className="rounded-md px-2 py-1 hover:bg-surface-2 hover:text-text max-sm:min-h-11" title="Skip it until tomorrow (B)">
                Bury
              </button>
              <button type="button" aria-keyshortcuts="S" onClick={() => void markCard({ suspended: true })} disabled={pending} className="rounded-md px-2 py-1 hover:bg-surface-2 hover:text-text max-sm:min-h-11" title="Never show it again until unsuspended (S)">
                Suspend
              </button>
            </>
          )}
          <button
            type="button"
            onClick={() => void undo()}
            disabled={!lastGrade || pending}
            className="rounded-md px-2 py-1 hover:bg-surface-2 hover:text-text max-sm:min-h-11 disabled:opacity-40"
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            ↶ Undo
          </button>
          <button
            type="button"
            onClick={() => setShowHelp(true)}
            className="rounded-md px-2 py-1 hover:bg-surface-2 hover:text-text max-sm:min-h-11"
            aria-keyshortcuts="?"
          >
            Shortcuts <kbd className="font-mono">?</kbd>
          </button>
        </div>
      </div>

      {refreshing ? (
        <div className="rounded-2xl border border-border bg-surface p-6" aria-busy="true" aria-label="Loading your next card">
          <div className="h-4 w-24 animate-pulse rounded bg-surface-2" />
          <div className="mt-4 h-6 w-4/5 animate-pulse rounded bg-surface-2" />
          <div className="mt-8 h-12 w-full animate-pulse rounded-lg bg-surface-2" />
          {error && (
            <p role="alert" className="mt-4 rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
              {error}
            </p>
          )}
        </div>
      ) : card ? (
        <article aria-labelledby="card-prompt" data-question-id={card.questionId} className="min-w-0 rounded-2xl border border-border bg-surface p-5 sm:p-6">
          <div className="mb-3 flex flex-wrap items-center gap-2 text-xs text-muted">
            <TopicChip topic={card.topic} />
            <span>{card.subtopic.replace(/-/g, " ")}</span>
            <span aria-hidden="true">·</span>
            <span>{card.difficulty}</span>
            {card.isNew && <span className="rounded bg-accent-soft px-1.5 py-0.5 font-semibold text-text">New</span>}
          </div>
          <CardBody
            card={card}
            phase={phase}
            picked={picked}
            correct={correct}
            onPick={pick}
            promptRef={promptRef}
            answerRef={answerRef}
          />
          {phase === "answered" && (
            <div className="mt-4 rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm">
              {noteOpen ? (
                <NoteEditor
                  questionId={card.questionId}
                  initial={card.note}
                  autoFocus
                  onCancel={() => setNoteOpen(false)}
                  onSaved={(note) => {
                    setNoteOpen(false);
                    setNotice(note ? "Note saved: it will be shown with the answer next time." : "Note removed.");
                    setCurrent((c) => (c.kind === "card" ? { ...c, card: { ...c.card, note, noteHtml: null } } : c));
                  }}
                />
              ) : card.note ? (
                <>
                  <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Your note</h3>
                  {card.noteHtml ? <div className="prose-card mt-1" data-testid="note" {...renderedHtml(card.noteHtml)} /> : <p className="mt-1 whitespace-pre-wrap" data-testid="note">{card.note}</p>}
                  <button type="button" onClick={() => setNoteOpen(true)} className="mt-1 min-h-11 text-accent underline sm:min-h-0" aria-keyshortcuts="N">
                    Edit note <kbd className="font-mono text-xs">N</kbd>
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setNoteOpen(true)} className="min-h-11 text-accent underline sm:min-h-0" aria-keyshortcuts="N">
                  ✎ Add a note <kbd className="font-mono text-xs">N</kbd>
                </button>
              )}
            </div>
          )}
          {error && (
            <p role="alert" className="mt-4 rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
              {error}
            </p>
          )}
          <div className="mt-6">
            {phase === "question" ? (
              <button
                type="button"
                onClick={reveal}
                className="w-full rounded-lg bg-accent px-4 py-3 font-medium text-accent-ink hover:opacity-90"
                aria-keyshortcuts="Space Enter"
              >
                {card.type === "flashcard" ? "Show answer" : "Check answer"}{" "}
                <kbd className="ml-1 font-mono text-xs">Space</kbd>
              </button>
            ) : (
              <GradeBar intervals={card.intervals} correct={verdict} overruled={overruled} pending={pending} onGrade={(r) => void grade(r)} onOverrule={() => setOverruled(true)} />
            )}
          </div>
        </article>
      ) : (
        <SessionSummary
          mode={mode}
          stats={stats}
          nextDueAt={current.kind === "done" ? current.nextDueAt : null}
          counts={counts}
          topicName={topic?.name ?? null}
        />
      )}

      {notice && (
        <p role="status" className="mt-3 text-center text-sm text-muted">
          {notice}
        </p>
      )}
      {!card && lastGrade && (
        <p className="mt-3 text-center text-sm text-muted">
          Graded the last card by mistake? Press <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Z</kbd> or use Undo.
        </p>
      )}
      {topic && mode === "practice" && (
        <p className="mt-6 text-center text-sm">
          <Link href="/practice" className="text-accent underline">
            Practise all topics instead
          </Link>
        </p>
      )}
      {showHelp && <ShortcutSheet onClose={() => setShowHelp(false)} />}
    </main>
  );
}
