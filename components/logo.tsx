// The mark (a flashcard holding a shell prompt, with the next card behind it) in the theme's accent,
// and the name set beside it. app/icon.svg is the same drawing in fixed colours for favicons.
export function LogoMark({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--accent)" />
      <rect x="17" y="10" width="36" height="26" rx="5" fill="var(--accent-ink)" fillOpacity=".5" transform="rotate(-8 35 23)" />
      <rect x="9" y="20" width="46" height="33" rx="6" fill="var(--accent-ink)" />
      <path d="M18.5 29.5l7 6.5-7 6.5" fill="none" stroke="var(--accent)" strokeWidth="4.6" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M31 43h14" stroke="var(--accent)" strokeWidth="4.6" strokeLinecap="round" />
    </svg>
  );
}

/** Mark and name; `compact` keeps only the mark on phones (the name stays for screen readers). */
export function Wordmark({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2">
      <LogoMark />
      <span className={`text-base leading-none font-semibold tracking-tight text-text ${compact ? "sr-only sm:not-sr-only" : ""}`}>
        Backend Interview <span className="text-accent">Trainer</span>
      </span>
    </span>
  );
}
