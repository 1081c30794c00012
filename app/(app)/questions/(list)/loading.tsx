// In its own route group so the skeleton wraps only the list: /questions/:id answers a real 404 for a question
// the learner cannot see, which a streamed loading boundary would turn into a 200.
/** A skeleton of the library: search box, chips and rows, so nothing jumps when the list arrives. */
export default function Loading() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 sm:px-5" aria-busy="true" aria-label="Loading the library">
      <div className="h-7 w-32 animate-pulse rounded bg-surface-2" />
      <div className="mt-4 h-10 w-full animate-pulse rounded-lg bg-surface-2" />
      <div className="mt-3 flex gap-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-7 w-20 animate-pulse rounded-full bg-surface-2" />
        ))}
      </div>
      <div className="mt-5 divide-y divide-border rounded-xl border border-border bg-surface">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-3 px-3 py-3">
            <div className="h-4 flex-1 animate-pulse rounded bg-surface-2" />
            <div className="h-4 w-24 animate-pulse rounded bg-surface-2" />
          </div>
        ))}
      </div>
    </main>
  );
}
