/** Line and field splitting shared by the dataset readers (internal). */

/** Calls `visit` for each non-blank line with its 1-based line number; handles `\n` and `\r\n`. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (line.trim() !== "") visit(line, lineNumber);
    start = end + 1;
  }
}

/** The first non-blank line and its 1-based number, or `undefined` for blank text. */
export function firstLine(text: string): { line: string; lineNumber: number } | undefined {
  let found: { line: string; lineNumber: number } | undefined;
  let start = 0;
  let lineNumber = 0;
  while (start < text.length && found === undefined) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.trim() !== "") found = { line, lineNumber };
    start = end + 1;
  }
  return found;
}

/**
 * Splits one CSV line with RFC 4180 quoting (`"a, b"`, `""` for a quote inside quotes).
 * Quoted fields cannot span lines. Returns `undefined` when a quote is not closed.
 */
export function splitCsvLine(line: string): string[] | undefined {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let field = "";
  let p = 0;
  let quoted = false;
  while (p < line.length) {
    const c = line[p];
    if (quoted) {
      if (c === '"') {
        if (line[p + 1] === '"') {
          field += '"';
          p++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
    p++;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** The base name of a path (after the last `/` or `\`), lower-cased. */
export function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? "").toLowerCase();
}

/** A finite number from a whole field, or `undefined`. */
export function toNumber(field: string): number | undefined {
  if (field.trim() === "") return undefined;
  const value = Number(field);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Feeds every non-blank line of a stream (a trailing `\r` dropped) to the parser that `start` makes from the first
 * one, with 1-based line numbers that count every line; resolves to the file name the parser reported, or
 * `fallbackName` when there was no non-blank line.
 */
export async function parseLines(
  lines: AsyncIterable<string> | Iterable<string>,
  fallbackName: string,
  start: (first: string) => {
    readonly fileName: string;
    readonly parse: (line: string, lineNumber: number) => void;
  },
): Promise<string> {
  let parser: ReturnType<typeof start> | undefined;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    parser ??= start(line);
    parser.parse(line, lineNumber);
  }
  return parser?.fileName ?? fallbackName;
}
