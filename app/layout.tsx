import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import "./globals.css";
import { ServiceWorker } from "@/components/service-worker";
import { THEME_COOKIE, parseTheme } from "@/components/theme";

export const metadata: Metadata = {
  title: { default: "Backend Interview Trainer", template: "%s · Backend Interview Trainer" },
  description: "Flashcards and timed mock quizzes for backend interviews, scheduled by FSRS spaced repetition.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // The browser's toolbar takes the top bar's colour in each scheme.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1a1d24" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme comes from a cookie, so the first paint is right without an inline script.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen bg-bg text-text antialiased">
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
