import type { QuestionMarks } from "@/lib/server/library/set-mark";
import type { MarkChange } from "@/lib/validation/library";

/** The session ended while saving a mark; the caller sends the learner to sign in. */
export class MarkSessionExpired extends Error {}

/** Saves one change to the learner's own marks on a question; throws with the server's message. */
export async function saveMarks(questionId: string, change: MarkChange): Promise<QuestionMarks> {
  let response: Response;
  try {
    response = await fetch(`/api/questions/${encodeURIComponent(questionId)}/mark`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(change) });
  } catch {
    throw new Error("You seem to be offline: nothing was saved. Check your connection and try again.");
  }
  const data = (await response.json().catch(() => null)) as (QuestionMarks & { error?: { message?: string } }) | null;
  if (response.status === 401) throw new MarkSessionExpired("Your session has ended. Sign in again to continue.");
  if (!response.ok) throw new Error(data?.error?.message ?? `The server answered ${response.status}. Try again.`);
  return data as QuestionMarks;
}
