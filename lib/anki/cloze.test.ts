import { describe, expect, it } from "vitest";
import { clozeNumbers, renderCloze } from "./cloze";
import { htmlToMarkdown } from "./html-to-markdown";

const field =
  "The {{c1::CAP theorem::acronym}} lets you keep {{c2::two}} of {{c3::three {{c4::guarantees}}}}; see {{c1::Brewer}}.";

describe("cloze deletions", () => {
  it("finds every cloze number, nested ones too", () => {
    expect(clozeNumbers([field, "{{c7::extra}}"])).toEqual([1, 2, 3, 4, 7]);
  });

  it("hides the active deletion as its hint or [...] and shows the others", () => {
    expect(htmlToMarkdown(renderCloze(field, 1, "prompt"))).toBe(
      "The **\\[acronym\\]** lets you keep two of three guarantees; see **\\[...\\]**.",
    );
    expect(htmlToMarkdown(renderCloze(field, 3, "prompt"))).toBe(
      "The CAP theorem lets you keep two of **\\[...\\]**; see Brewer.",
    );
  });

  it("reveals the active deletion on the answer side", () => {
    expect(htmlToMarkdown(renderCloze(field, 2, "answer"))).toBe(
      "The CAP theorem lets you keep **two** of three guarantees; see Brewer.",
    );
    expect(htmlToMarkdown(renderCloze(field, 4, "answer"))).toBe(
      "The CAP theorem lets you keep two of three **guarantees**; see Brewer.",
    );
  });

  it("keeps HTML inside a deletion and leaves an unclosed one as text", () => {
    expect(htmlToMarkdown(renderCloze("{{c1::<i>idempotent</i>::property}} retries", 1, "answer"))).toBe(
      "***idempotent*** retries",
    );
    expect(renderCloze("broken {{c1::never closed", 1, "prompt")).toBe("broken {{c1::never closed");
  });
});
