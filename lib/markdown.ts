import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import go from "highlight.js/lib/languages/go";
import http from "highlight.js/lib/languages/http";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import { Marked, type Tokens } from "marked";

for (const [name, language] of Object.entries({ bash, go, http, java, javascript, json, python, sql, typescript })) {
  hljs.registerLanguage(name, language);
}
hljs.registerLanguage("text", plaintext);

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

// Only these schemes may become links; `javascript:` and `data:` never reach an href.
const SAFE_HREF = /^(https?:|mailto:|#|\/(?!\/))/i;
const DECK_MEDIA = /^\/api\/decks\/[a-z0-9]{1,40}\/media\/[A-Za-z0-9%._~-]{1,800}$/;

function highlight(code: string, lang: string | undefined): string {
  const language = lang && hljs.getLanguage(lang) ? lang : undefined;
  const body = language ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
  const label = language ?? "text";
  // Focusable, so a snippet wider than the screen can be scrolled from the keyboard.
  return `<pre class="code-block" tabindex="0" data-language="${escapeHtml(label)}"><code class="hljs language-${escapeHtml(label)}">${body}</code></pre>\n`;
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in content is shown as text, never interpreted.
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    code(token: Tokens.Code) {
      return highlight(token.text, token.lang?.trim().split(/\s+/)[0]);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_HREF.test(token.href.trim())) return text;
      return `<a href="${escapeHtml(token.href.trim())}" rel="noopener noreferrer nofollow">${text}</a>`;
    },
    // No remote images: they would leak the reader's address and break the content policy. Only a deck's
    // own stored media (served to its owner by /api/decks/:id/media/:name) becomes an <img>.
    image(token: Tokens.Image) {
      const href = token.href.trim();
      if (!DECK_MEDIA.test(href)) return escapeHtml(token.text);
      return `<img src="${escapeHtml(href)}" alt="${escapeHtml(token.text)}" loading="lazy" class="card-image">`;
    },
  },
});

/** Markdown from content files or users to HTML that is safe to inject: no raw HTML, no unsafe links. */
export function renderMarkdown(source: string): string {
  return marked.parse(source, { async: false });
}

/** Markdown without a wrapping paragraph, for short texts such as choices and steps. */
export function renderInlineMarkdown(source: string): string {
  return marked.parseInline(source, { async: false });
}

export function renderCode(source: string, language: string): string {
  return highlight(source.replace(/\n$/, ""), language);
}
