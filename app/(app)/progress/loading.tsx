export default function Loading() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-5" aria-busy="true" aria-label="Loading your progress">
      <div className="h-36 animate-pulse rounded-2xl border border-border bg-surface" />
      <div className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-36 animate-pulse rounded-xl border border-border bg-surface" />
        ))}
      </div>
    </main>
  );
}
