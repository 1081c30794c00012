"use client";

import { useEffect } from "react";

/** Registers public/sw.js in production builds; in development it would serve stale bundles over hot reloads. */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Without a worker the app works as before, only not offline.
    });
  }, []);
  return null;
}
