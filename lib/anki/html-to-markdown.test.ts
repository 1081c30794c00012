import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { htmlToMarkdown } from "./html-to-markdown";

describe("htmlToMarkdown over Anki's markup", () => {
  it("keeps a heading and drops its inline style", () => {
    const html =
      '<h2 style="color: rgb(0, 85, 170); font-family: &quot;Helvetica&quot;; font-size: 28px;">Consistent <b>hashing</b></h2><div style="text-align: left;">Keys sit on a ring.</div>';
    expect(htmlToMarkdown(html)).toBe("## Consistent **hashing**\n\nKeys sit on a ring.");
  });

  it("turns a styled table into a GFM table, escaping pipes in cells", () => {
    const html =
      '<table style="border-collapse: collapse; width: 100%;"><tbody><tr><th style="border: 1px solid">Store</th><th>Latency</th></tr>' +
      '<tr><td style="background:#eee">L1 cache</td><td>1 ns</td></tr><tr><td>SSD | NVMe</td><td><i>100 µs</i></td></tr></tbody></table>';
    expect(htmlToMarkdown(html)).toBe(
      "| Store | Latency |\n| --- | --- |\n| L1 cache | 1 ns |\n| SSD \\| NVMe | *100 µs* |",
    );
  });

  it("resolves <div>/<br> soup into paragraphs and line breaks", () => {
    const html =
      "<div>First line<br>second line</div><div><br></div><div><br></div><div>Next&nbsp;paragraph<br></div><br><br>Last";
    expect(htmlToMarkdown(html)).toBe("First line  \nsecond line\n\nNext paragraph\n\nLast");
  });

  it("keeps lists, code with its language, emphasis and safe links", () => {
    const html =
      '<ul><li><b>Leader</b> election</li><li><i>Quorum</i> reads</li></ul><pre><code class="language-sql">SELECT 1;\n</code></pre>' +
      '<pre>no code tag\n  indented</pre><a href="https://raft.github.io/">Raft</a>';
    expect(htmlToMarkdown(html)).toBe(
      "-   **Leader** election\n-   *Quorum* reads\n\n```sql\nSELECT 1;\n```\n\n```\nno code tag\n  indented\n```\n\n[Raft](https://raft.github.io/)",
    );
  });

  it("never lets scripts, handlers or unsafe URLs through", () => {
    const html =
      '<script>alert(1)</script><div onclick="alert(2)">Tap</div><img src="x.png" onerror="alert(3)">' +
      '<a href="javascript:alert(4)">bad link</a><img src="data:image/svg+xml;base64,PHN2Zz4="><img src="https://tracker.example/p.gif">' +
      '<img src="../../etc/passwd"><iframe src="https://evil.example"></iframe><style>body{display:none}</style>';
    const markdown = htmlToMarkdown(html);
    expect(markdown).toBe("Tap\n\n![](media:x.png)bad link");
    const rendered = renderMarkdown(markdown);
    expect(rendered).not.toMatch(/<script|onerror|onclick|javascript:|data:|<iframe|<style/i);
  });

  it("shows escaped HTML in a field as text, which the renderer keeps inert", () => {
    const markdown = htmlToMarkdown(
      "<div>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</div>",
    );
    expect(renderMarkdown(markdown)).not.toMatch(/<script|<img/);
    expect(renderMarkdown(markdown)).toContain("&lt;script&gt;");
  });

  it("points an image at the deck's media through the given address", () => {
    const url = (name: string) => `/api/media/deck-1/${encodeURIComponent(name)}`;
    expect(htmlToMarkdown('<div><img src="paste%20one.png" alt="ring [diagram]"></div>', url)).toBe(
      "![ring diagram](/api/media/deck-1/paste%20one.png)",
    );
  });
});

describe("deck images in the renderer", () => {
  it("shows only a deck's own media as an image", () => {
    expect(renderMarkdown("![ring](/api/decks/c123abc/media/ring%20one.png)")).toContain(
      '<img src="/api/decks/c123abc/media/ring%20one.png" alt="ring"',
    );
    for (const other of [
      "https://tracker.example/p.gif",
      "/api/decks/c1/media/../../x",
      "javascript:alert(1)",
      "/api/decks/C1/media/x.png",
      "media:x.png",
    ]) {
      expect(renderMarkdown(`![alt](${other})`)).not.toContain("<img");
    }
  });
});
