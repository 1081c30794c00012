"use client";

import { useEffect, useRef } from "react";

const SHORTCUTS: [string, string][] = [
  ["Space or Enter", "Show the answer, or check your pick"],
  ["1 – 9", "Pick an option; for ordering, press the steps in order"],
  ["Backspace", "Remove the last placed step"],
  ["1 2 3 4", "Grade: Again, Hard, Good, Easy"],
  ["O", "Overrule a “wrong”: you judge your answer right"],
  ["Ctrl/⌘ + Z", "Undo the last grade (also after a reload)"],
  ["N", "Write a note (after the answer is shown)"],
  ["F", "Flag or unflag the question"],
  ["S", "Suspend: never show it again until unsuspended"],
  ["B", "Bury: skip it until tomorrow"],
  ["/", "Search the library"],
  ["?", "Show or hide this sheet"],
];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="w-full max-w-md rounded-2xl border border-border bg-surface p-6 shadow-xl"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt>
                <kbd className="rounded border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs">{keys}</kbd>
              </dt>
              <dd className="text-muted">{what}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={onClose} className="mt-6 rounded-lg border border-border px-4 py-2 text-sm hover:bg-surface-2">
          Close <kbd className="font-mono text-xs">Esc</kbd>
        </button>
      </div>
    </div>
  );
}
