import { after } from "next/server";
import { outsideRoundTripCount } from "@/lib/db-round-trips";
import { log } from "@/lib/log";

/**
 * Runs slow follow-up work once the response has been sent (Next's after()), so a request never waits
 * for it; outside a request scope, as when a test calls a route handler directly, on the next turn of the loop.
 */
export function afterResponse(name: string, task: () => Promise<unknown>): void {
  const run = () =>
    task().catch((error: unknown) => log.error("after_response_failed", { task: name, error: error instanceof Error ? error.message : String(error) }));
  try {
    after(run);
  } catch {
    // Not the request's work, so not counted among its round trips either.
    outsideRoundTripCount(() => setImmediate(() => void run()));
  }
}
