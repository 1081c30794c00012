"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A sideways-scrolling box that opens at its right end, where the newest days are (a phone shows only a few weeks). */
export function ScrolledToEnd({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (box) box.scrollLeft = box.scrollWidth;
  }, []);
  return (
    <div ref={ref} className={className} tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
