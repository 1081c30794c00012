// Set by proxy.ts on every request (over anything a client sent): the path and query asked for.
export const RETURN_PATH_HEADER = "x-return-path";

// Resolved against a stand-in origin: anything that leaves it (//host, /\host, a tab or newline the
// URL parser drops, another scheme) names another site and is refused.
const BASE = new URL("http://app.invalid");

/** The same-origin path to go to after sign-in, or the fallback when the value names anywhere else. */
export function safeReturnPath(value: unknown, fallback = "/progress"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The normalised path must itself stay a path: no "//" start that a router would read as a host.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
