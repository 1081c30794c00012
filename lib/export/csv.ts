/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break; formula-leading cells neutralised. */
export function csvField(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (OWASP "CSV injection").
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly Parameters<typeof csvField>[0][]) => `${values.map(csvField).join(",")}\r\n`;
