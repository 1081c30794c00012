/** A skeleton the size of a card, so nothing jumps when the card arrives. */
export default function Loading() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-6 sm:px-5" aria-busy="true" aria-label="Loading your next card">
      <div className="mb-4 h-5 w-48 animate-pulse rounded bg-surface-2" />
      <div className="rounded-2xl border border-border bg-surface p-6">
        <div className="h-4 w-24 animate-pulse rounded bg-surface-2" />
        <div className="mt-4 h-6 w-4/5 animate-pulse rounded bg-surface-2" />
        <div className="mt-2 h-6 w-3/5 animate-pulse rounded bg-surface-2" />
        <div className="mt-8 h-12 w-full animate-pulse rounded-lg bg-surface-2" />
      </div>
    </main>
  );
}
