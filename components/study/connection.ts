"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

/** Whether the browser believes it is online; the server render assumes it is. */
export const useOnline = () =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );

/** Thrown by a send when the request never reached the server (no connection), so it is worth retrying as is. */
export class OfflineError extends Error {}

const RETRY_MS = 3_000;

/**
 * Sends a request that must land exactly once, as the quiz keeps its unsaved answers: when the network
 * fails the body is kept and sent again every few seconds and as soon as the browser is back online.
 * The body carries its own idempotency key (a card's clientKey), so a retry after a lost response records nothing twice.
 */
export function useRetriedSend<Body, Result>(send: (body: Body) => Promise<Result>, { onSent, onFailed }: { onSent: (result: Result, body: Body) => void; onFailed: (error: unknown) => void }) {
  const [queued, setQueued] = useState<Body | null>(null);
  const inFlight = useRef(false);
  const handlers = useRef({ send, onSent, onFailed });
  useEffect(() => {
    handlers.current = { send, onSent, onFailed };
  });

  const attempt = useCallback(async (body: Body): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await handlers.current.send(body);
      setQueued(null);
      handlers.current.onSent(result, body);
    } catch (error) {
      if (error instanceof OfflineError) setQueued(body);
      else {
        setQueued(null);
        handlers.current.onFailed(error);
      }
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    if (queued === null) return;
    const retry = () => void attempt(queued);
    const timer = window.setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [queued, attempt]);

  // Leaving the page with a grade unsent loses it: the browser asks first.
  useEffect(() => {
    if (queued === null) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queued]);

  return { submit: attempt, queued: queued !== null };
}
