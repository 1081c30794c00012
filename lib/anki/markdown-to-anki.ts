import { renderMarkdown } from "@/lib/markdown";

/** A card's Markdown as the HTML Anki shows, its deck images pointing at the package's media by name. */
export function markdownToAnkiHtml(markdown: string, deckId: string): { html: string; images: string[] } {
  const images: string[] = [];
  const prefix = `src="/api/decks/${deckId}/media/`;
  const html = renderMarkdown(markdown).replace(
    new RegExp(`${prefix.replace(/[/.]/g, "\\$&")}([^"]+)"`, "g"),
    (_all, encoded: string) => {
      let name = encoded;
      try {
        name = decodeURIComponent(encoded);
      } catch {
        // keep the name as written
      }
      images.push(name);
      return `src="${encoded}"`;
    },
  );
  return { html, images };
}
