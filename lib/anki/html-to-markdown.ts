import TurndownService from "turndown";
import { checkMediaName } from "./media-name";

/** How a card refers to one of its deck's images; the import decides the address. */
export type MediaUrl = (name: string) => string;

// Parentheses and quotes are escaped too, so the address never ends a Markdown link early.
export const encodeMediaName = (name: string) =>
  encodeURIComponent(name).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const mediaReference: MediaUrl = (name) => `media:${encodeMediaName(name)}`;

const BREAK = "\uE000"; // a line break, resolved once the whole field is converted
const SAFE_LINK = /^(https?:|mailto:)/i;
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "audio",
  "video",
  "head",
  "title",
  "meta",
  "link",
]);

function plainMediaName(src: string): string | null {
  if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) return null;
  let name: string;
  try {
    name = decodeURIComponent(src);
  } catch {
    name = src;
  }
  try {
    return checkMediaName(name);
  } catch {
    return null;
  }
}

function converter(mediaUrl: MediaUrl): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    hr: "---",
  });
  service.remove((node) => DROPPED.has(node.nodeName.toLowerCase()));
  service.addRule("lineBreak", { filter: "br", replacement: () => BREAK });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const element = node;
      const name = plainMediaName(element.getAttribute("src") ?? "");
      const alt = (element.getAttribute("alt") ?? "").replace(/[[\]\\]/g, "");
      return name ? `![${alt}](${mediaUrl(name)})` : alt;
    },
  });
  service.addRule("safeLink", {
    filter: "a",
    replacement: (content, node) => {
      const href = (node.getAttribute("href") ?? "").trim();
      if (!content.trim()) return "";
      return SAFE_LINK.test(href) ? `[${content}](${href.replace(/[()\s]/g, encodeURIComponent)})` : content;
    },
  });
  // A <pre> without <code> inside is still code (Anki's editor writes both).
  service.addRule("bareCodeBlock", {
    filter: (node) => node.nodeName === "PRE" && node.firstChild?.nodeName !== "CODE",
    replacement: (_content, node) => `\n\n\`\`\`\n${(node.textContent ?? "").replace(/\n$/, "")}\n\`\`\`\n\n`,
  });
  service.addRule("table", {
    filter: "table",
    replacement: (_content, node) => tableToMarkdown(node, (html) => finish(service.turndown(html))),
  });
  return service;
}

function tableToMarkdown(table: HTMLElement, convertCell: (html: string) => string): string {
  const rows = Array.from(table.getElementsByTagName("tr")).map((row) =>
    Array.from(row.children)
      .filter((cell) => cell.nodeName === "TD" || cell.nodeName === "TH")
      .map(
        (cell) =>
          convertCell(cell.innerHTML)
            .replace(/\s*\n+\s*/g, " ")
            .replace(/\|/g, "\\|") || " ",
      ),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return "";
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? " ").join(" | ")} |`;
  const [head = [], ...body] = rows;
  return `\n\n${[line(head), line(Array.from({ length: width }, () => "---")), ...body.map(line)].join("\n")}\n\n`;
}

/** Anki's <div>/<br> soup resolved: two or more breaks end a paragraph, one is a hard line break, none at edges. */
function finish(markdown: string): string {
  return markdown
    .replace(/\u00a0/g, " ")
    .replace(new RegExp(`[ \\t]*${BREAK}[ \\t]*`, "g"), BREAK)
    .replace(new RegExp(`(?:${BREAK}\\n*){2,}`, "g"), "\n\n")
    .replace(new RegExp(`(^|\\n)${BREAK}+|${BREAK}+(?=\\n|$)`, "g"), "$1")
    .replace(new RegExp(BREAK, "g"), "  \n")
    .replace(/[ \t]+$/gm, (spaces, offset: number, all: string) =>
      spaces === "  " && all[offset + 2] === "\n" ? spaces : "",
    )
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const converters = new Map<MediaUrl, TurndownService>();

/**
 * Anki field HTML as Markdown our renderer shows safely: structure kept (headings, lists, tables,
 * code, emphasis, links), styles, scripts, handlers and unsafe URLs gone, images pointing at the deck's media.
 */
export function htmlToMarkdown(html: string, mediaUrl: MediaUrl = mediaReference): string {
  let service = converters.get(mediaUrl);
  if (!service) {
    service = converter(mediaUrl);
    if (converters.size > 8) converters.clear();
    converters.set(mediaUrl, service);
  }
  return finish(service.turndown(html || ""));
}
