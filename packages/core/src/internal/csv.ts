/** CSV (RFC 4180) text, with spreadsheet formula injection neutralised (OWASP "CSV Injection"). */

/** One CSV line from cells: quoted when needed; a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. */
export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(",");
}

function csvCell(cell: string | number | boolean | null): string {
  if (cell === null) return "";
  if (typeof cell !== "string") return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (CRLF line ends, RFC 4180 §2) from a header and rows. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [csvRow(header), ...rows.map(csvRow)].map((line) => `${line}\r\n`).join("");
}
