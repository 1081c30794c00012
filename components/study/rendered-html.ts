/**
 * Props that inject HTML rendered from Markdown on the server by lib/markdown.ts, where raw HTML is
 * escaped and unsafe links dropped; never pass anything else through here.
 */
export const renderedHtml = (markup: string) => ({ dangerouslySetInnerHTML: { __html: markup } });
