import { describe, expect, it } from "vitest";
import { renderCode, renderInlineMarkdown, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown('Before <script>alert(1)</script> <img src=x onerror="alert(2)"> after');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("escapes block-level HTML too", () => {
    const html = renderMarkdown('<div onclick="steal()">hi</div>\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<div|<iframe/);
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and [data](data:text/html;base64,AAAA)");
    expect(html).not.toContain("href");
    expect(html).toContain("click");
  });

  it("keeps https links, with rel that denies the opener", () => {
    expect(renderMarkdown("[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)")).toContain(
      '<a href="https://www.rfc-editor.org/rfc/rfc9110" rel="noopener noreferrer nofollow">RFC 9110</a>',
    );
  });

  it("never loads images", () => {
    expect(renderMarkdown("![tracker](https://evil.example/pixel.png)")).not.toContain("<img");
  });

  it("highlights fenced code in the named language", () => {
    const html = renderMarkdown("```sql\nSELECT * FROM users;\n```");
    expect(html).toContain('data-language="sql"');
    expect(html).toContain('<span class="hljs-keyword">SELECT</span>');
  });

  it("escapes code in an unknown language", () => {
    const html = renderMarkdown("```brainfuck\n<b>\n```");
    expect(html).toContain("&lt;b&gt;");
  });
});

describe("inline and code rendering", () => {
  it("renders inline Markdown without a paragraph and escapes tags", () => {
    expect(renderInlineMarkdown("`PUT` is **idempotent** <b>")).toBe("<code>PUT</code> is <strong>idempotent</strong> &lt;b&gt;");
  });

  it("highlights a snippet and escapes its markup", () => {
    const html = renderCode('const s = "<script>";\n', "typescript");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('data-language="typescript"');
  });
});
