import { OfflineError } from "@/components/study/connection";

/** The session ended: the caller sends the learner to sign in and back. */
export class SessionExpiredError extends Error {
  readonly signInUrl = `/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
}

/** The server refused the request; its status tells the caller what to do next (409: someone else got there first). */
export class RequestFailedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** POSTs JSON and returns the parsed body; throws an Error carrying the server's message on failure. */
export async function postJson<T>(url: string, body: unknown, method: "POST" | "PUT" = "POST"): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    throw new OfflineError("You seem to be offline: nothing was saved. Check your connection and try again.");
  }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (response.status === 401) throw new SessionExpiredError("Your session has ended. Sign in again to continue.");
  if (!response.ok) throw new RequestFailedError(data?.error?.message ?? `The server answered ${response.status}. Try again.`, response.status);
  return data as T;
}
