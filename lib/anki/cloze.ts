/** One cloze deletion `{{cN::text::hint}}`; `text` may hold further deletions (Anki allows nesting). */
interface Cloze {
  kind: "cloze";
  number: number;
  text: Segment[];
  hint: string | null;
}
type Segment = string | Cloze;

const OPEN = /\{\{c(\d+)::/y;

/** Parses field HTML into text and cloze deletions; an unmatched `{{cN::` stays as text. */
function parse(source: string): Segment[] {
  let at = 0;
  const walk = (nested: boolean): Segment[] => {
    const out: Segment[] = [];
    let text = "";
    while (at < source.length) {
      OPEN.lastIndex = at;
      const open = OPEN.exec(source);
      if (open) {
        const start = at;
        at += open[0].length;
        const inner = walk(true);
        if (source.startsWith("}}", at)) {
          at += 2;
          if (text) out.push(text);
          text = "";
          out.push(splitHint(Number(open[1]), inner));
          continue;
        }
        at = start + open[0].length;
        text += open[0];
        continue;
      }
      if (nested && source.startsWith("}}", at)) break;
      text += source[at++];
    }
    if (text) out.push(text);
    return out;
  };
  return walk(false);
}

// The hint is whatever follows the first "::" at this level, e.g. {{c1::Paris::capital}}.
function splitHint(number: number, inner: Segment[]): Cloze {
  const text: Segment[] = [];
  let hint: string | null = null;
  for (const segment of inner) {
    if (hint !== null) {
      hint += typeof segment === "string" ? segment : render([segment], 0, "answer");
      continue;
    }
    if (typeof segment === "string" && segment.includes("::")) {
      const split = segment.indexOf("::");
      if (split > 0) text.push(segment.slice(0, split));
      hint = segment.slice(split + 2);
    } else text.push(segment);
  }
  return { kind: "cloze", number, text, hint };
}

function render(segments: Segment[], active: number, side: "prompt" | "answer"): string {
  return segments
    .map((segment) => {
      if (typeof segment === "string") return segment;
      const inner = render(segment.text, active, side);
      if (segment.number !== active) return inner;
      if (side === "answer") return `<b>${inner}</b>`;
      return `<b>[${segment.hint ?? "..."}]</b>`;
    })
    .join("");
}

function collectNumbers(segments: Segment[], into: Set<number>): Set<number> {
  for (const segment of segments) {
    if (typeof segment === "string") continue;
    into.add(segment.number);
    collectNumbers(segment.text, into);
  }
  return into;
}

/** The cloze numbers a note's fields use, ascending. */
export function clozeNumbers(fields: readonly string[]): number[] {
  const numbers = new Set<number>();
  for (const field of fields) collectNumbers(parse(field), numbers);
  return [...numbers].filter((n) => n > 0).sort((a, b) => a - b);
}

/** Field HTML for cloze `number`: the prompt hides it as [...] or [hint], the answer shows it in bold; other deletions show their text. */
export function renderCloze(html: string, number: number, side: "prompt" | "answer"): string {
  return render(parse(html), number, side);
}
