import { decodeCsv, defaultMapping, detectDelimiter, detectHeader, parseDelimited, type CsvColumn } from "./csv-parse";

export const PREVIEW_ROWS = 5;

export interface CsvPreview {
  delimiter: "," | "\t";
  hasHeader: boolean;
  /** The header's cells when there is one, else "Column 1", "Column 2", ... */
  columnNames: string[];
  mapping: CsvColumn[];
  /** The first rows after the header. */
  rows: string[][];
  /** Rows after the header, in all. */
  total: number;
}

/** What the import page shows before anything is written: the first rows and the guessed column mapping. */
export function csvPreview(bytes: Uint8Array, fileName: string, hasHeader?: boolean): CsvPreview {
  const text = decodeCsv(bytes);
  const delimiter = detectDelimiter(text, fileName);
  const rows = parseDelimited(text, delimiter);
  const header = hasHeader ?? detectHeader(rows[0]);
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  const first = rows[0] ?? [];
  const columnNames = Array.from({ length: width }, (_, i) => (header ? first[i]?.trim() || `Column ${i + 1}` : `Column ${i + 1}`));
  const mapping = defaultMapping(header ? first : Array.from({ length: width }, () => ""), header);
  const body = header ? rows.slice(1) : rows;
  return { delimiter, hasHeader: header, columnNames, mapping: [...mapping, ...Array<CsvColumn>(Math.max(0, width - mapping.length)).fill("ignore")].slice(0, width), rows: body.slice(0, PREVIEW_ROWS), total: body.length };
}
