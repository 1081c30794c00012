/** Sends JSON to one of the deck routes and returns the parsed answer; throws an Error with the server's message. */
export async function sendJson<T>(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new Error("You seem to be offline: nothing was saved. Check your connection and try again.");
  }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (response.status === 401) throw new Error("Your session has ended. Sign in again, then retry.");
  if (!response.ok) throw new Error(data?.error?.message ?? `The server answered ${response.status}. Try again.`);
  return data as T;
}
