/** Reading a CSV or TSV of cards: decoding, splitting into rows, and finding the header and columns. */

export const CSV_MAX_BYTES = 20 * 1024 * 1024;
export const CSV_MAX_ROWS = 50_000;
export const CSV_MAX_FIELD = 20_000;

export type CsvColumn = "front" | "back" | "tags" | "type" | "ignore";
export const CSV_COLUMNS: readonly CsvColumn[] = ["front", "back", "tags", "type", "ignore"];

export class CsvError extends Error {}

/** The file's text: UTF-8 with or without a BOM. A binary or non-UTF-8 file is refused. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new CsvError("The file is empty.");
  if (bytes.byteLength > CSV_MAX_BYTES) throw new CsvError(`The file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB.`);
  // NUL never appears in text; zip, SQLite and image files hold it in their first bytes.
  if (bytes.subarray(0, 8192).includes(0)) throw new CsvError("This is not a text file. Export your cards as CSV or TSV (UTF-8) and try again.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CsvError("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.");
  }
  return text;
}

/** Tab for a .tsv name, or when the first line holds more tabs than commas; else comma. */
export function detectDelimiter(text: string, fileName = ""): "," | "\t" {
  if (/\.(tsv|tab)$/i.test(fileName)) return "\t";
  const end = text.search(/\r?\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? "\t" : ",";
}

/**
 * Splits text into rows of fields per RFC 4180: quoted fields may hold the delimiter, line breaks and
 * doubled quotes; CRLF or LF ends a row; blank lines are skipped. Stops with a clear error at the limits.
 */
export function parseDelimited(text: string, delimiter: "," | "\t", maxRows = CSV_MAX_ROWS + 1): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let fieldStartLine = 1;
  const endField = () => {
    if (field.length > CSV_MAX_FIELD) throw new CsvError(`Line ${fieldStartLine}: a field is longer than ${CSV_MAX_FIELD.toLocaleString("en")} characters.`);
    row.push(field);
    field = "";
    fieldStartLine = line;
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== "") rows.push(row);
    if (rows.length > maxRows) throw new CsvError(`The file has more than ${(maxRows - 1).toLocaleString("en")} rows, the most one import takes.`);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      fieldStartLine = line;
    } else field += ch;
  }
  if (quoted) throw new CsvError(`Line ${fieldStartLine}: a quoted field is never closed.`);
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

const HEADER_NAMES: Record<string, CsvColumn> = {
  front: "front", question: "front", prompt: "front", term: "front", q: "front",
  back: "back", answer: "back", definition: "back", a: "back",
  tags: "tags", tag: "tags", labels: "tags",
  type: "type", kind: "type", "card type": "type",
};

/** The column a header cell names, if it names one. */
export const headerColumn = (cell: string): CsvColumn | undefined => HEADER_NAMES[cell.trim().toLowerCase()];

/** A first row is a header when it names front and back (in any of their usual words). */
export function detectHeader(first: string[] | undefined): boolean {
  if (!first) return false;
  const named = new Set(first.map(headerColumn));
  return named.has("front") && named.has("back");
}

/** Which column each field goes to: from the header's names, else front, back, tags, type in order. */
export function defaultMapping(first: string[] | undefined, hasHeader: boolean): CsvColumn[] {
  const width = first?.length ?? 0;
  if (hasHeader && first) {
    const seen = new Set<CsvColumn>();
    return first.map((cell) => {
      const column = headerColumn(cell);
      if (!column || seen.has(column)) return "ignore";
      seen.add(column);
      return column;
    });
  }
  const order: CsvColumn[] = ["front", "back", "tags", "type"];
  return Array.from({ length: width }, (_, i) => order[i] ?? "ignore");
}
