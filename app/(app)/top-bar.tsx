"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { signOut } from "next-auth/react";
import { LogoMark } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import type { Theme } from "@/components/theme";
import { LIBRARY_SEARCH_ID, requestSearchFocus } from "./questions/focus-search";

// On a phone the logo is the way home, so the Home link is hidden there.
const LINKS = [
  { href: "/progress", label: "Home", wideOnly: true },
  { href: "/practice", label: "Practice" },
  { href: "/quiz", label: "Quiz" },
  { href: "/questions", label: "Library" },
  { href: "/decks", label: "Decks" },
  { href: "/settings", label: "Settings", short: "⚙" },
];

export function TopBar({ email, theme }: { email: string; theme: Theme }) {
  const pathname = usePathname();
  const router = useRouter();
  // `/` searches the library from any page: it focuses the box there, or opens the library and then focuses it.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      const box = document.getElementById(LIBRARY_SEARCH_ID);
      if (box) {
        box.focus();
        return;
      }
      requestSearchFocus();
      router.push("/questions");
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);
  return (
    <header className="border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex max-w-page items-center gap-0.5 px-2 py-2 sm:gap-3 sm:px-5">
        <Link href="/progress" className="mr-1 shrink-0 rounded-md max-sm:inline-flex max-sm:min-h-11 max-sm:items-center sm:mr-2" title="Backend Interview Trainer, home">
          <LogoMark />
          <span className="sr-only">Backend Interview Trainer</span>
        </Link>
        {/* On a narrow phone the links scroll sideways rather than push the page wider than the screen. */}
        <div className="flex min-w-0 items-center gap-0.5 overflow-x-auto sm:gap-3">
          {LINKS.map((link) => {
            const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
            return (
              <Link
                key={link.href}
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`shrink-0 rounded-md px-1.5 py-1 text-sm sm:px-2 ${"wideOnly" in link ? "hidden sm:inline-block" : "max-sm:inline-flex max-sm:min-h-11 max-sm:items-center"} ${active ? "bg-accent-soft font-semibold text-text" : "text-muted hover:text-text"}`}
              >
                {"short" in link ? (
                  <>
                    <span className="sm:hidden" aria-hidden="true">
                      {link.short}
                    </span>
                    <span className="sr-only sm:not-sr-only">{link.label}</span>
                  </>
                ) : (
                  link.label
                )}
              </Link>
            );
          })}
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-0.5 sm:gap-2">
          <span className="hidden max-w-[14rem] truncate text-sm text-muted sm:inline" title={email}>
            {email}
          </span>
          <ThemeToggle initial={theme} />
          {/* A phone needs the width for every link, Settings included; Settings holds the sign-out there. */}
          <button
            type="button"
            onClick={() => void signOut({ callbackUrl: "/" })}
            className="rounded-md px-2 py-1 text-sm whitespace-nowrap text-muted hover:bg-surface-2 hover:text-text max-sm:hidden"
          >
            Sign out
          </button>
        </div>
      </nav>
    </header>
  );
}
