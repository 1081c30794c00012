import type { MetadataRoute } from "next";

// GET /manifest.webmanifest – what a browser needs to install the app.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Backend Interview Trainer",
    short_name: "Interview Trainer",
    description: "Flashcards and timed mock quizzes for backend interviews, scheduled by FSRS spaced repetition.",
    id: "/",
    start_url: "/progress",
    scope: "/",
    display: "standalone",
    background_color: "#f7f8fa",
    theme_color: "#2f5bd3",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
