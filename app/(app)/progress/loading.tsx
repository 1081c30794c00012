/** The dashboard's shape in grey, so nothing jumps when the numbers arrive. */
export default function Loading() {
  const block = "animate-pulse rounded-2xl border border-border bg-surface";
  return (
    <main className="mx-auto max-w-page px-4 py-8 sm:px-5" aria-busy="true" aria-label="Loading your progress">
      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <div className={`h-64 ${block}`} />
        <div className={`h-64 ${block}`} />
      </div>
      <div className="mt-5 grid gap-5 lg:grid-cols-[3fr_2fr]">
        <div className={`h-80 ${block}`} />
        <div className={`h-80 ${block}`} />
      </div>
      <div className={`mt-5 h-40 ${block}`} />
    </main>
  );
}
