"use client";

/** Says the connection is gone and what happens to the learner's work meanwhile. */
export function OfflineBanner({ online, queued, what }: { online: boolean; queued: boolean; what: string }) {
  if (online && !queued) return null;
  return (
    <p role="status" className="mb-4 rounded-lg border border-warn bg-surface-2 px-3 py-2 text-sm">
      <strong className="text-warn">{online ? "Reconnecting…" : "You are offline."}</strong>{" "}
      {queued ? `Your ${what} is kept on this device and will be sent as soon as the connection returns.` : `You can keep reading; your next ${what} will be sent when the connection returns.`}
    </p>
  );
}
