/**
 * Readers for interaction files (MovieLens and plain TSV/CSV): pure parsers over text or over a stream of lines
 * (the caller opens, and if need be gunzips, the file).
 */
import { safe } from "../internal/result.ts";
import { baseName, firstLine, forEachLine, parseLines, splitCsvLine, toNumber } from "./delimited.ts";
import { DatasetParseError, emptyDataset } from "./errors.ts";
import { createInteractionsBuilder, type Interactions } from "./interactions.ts";

/**
 * Interaction file formats:
 * - `u.data`: MovieLens 100K, `user<TAB>item<TAB>rating<TAB>timestamp`;
 * - `ratings.dat`: MovieLens 1M/10M, `user::item::rating::timestamp`;
 * - `ratings.csv`: MovieLens 20M/25M/latest, header `userId,movieId,rating,timestamp`;
 * - `tsv`, `csv`: `user item [rating [timestamp]]`, optional header; timestamps in Unix seconds or ISO 8601.
 */
export type InteractionFormat = "u.data" | "ratings.dat" | "ratings.csv" | "tsv" | "csv";

/** Options of {@link readInteractions}. */
export interface ReadInteractionsOptions {
  /** The file format; default `"auto"` ({@link detectInteractionFormat}). */
  readonly format?: InteractionFormat | "auto";
  /** The file's name, used for format detection and in errors; default the format name. */
  readonly fileName?: string;
}

const MOVIELENS_CSV_HEADER = "userId,movieId,rating,timestamp";

/**
 * Guesses the format from the file name (`u.data`, `*.dat`, `*.csv`, `*.tsv`, each also with `.gz`) and else from
 * the first non-blank line. Throws a {@link DatasetParseError} when neither tells.
 */
export function detectInteractionFormat(text: string, fileName = ""): InteractionFormat {
  const name = baseName(fileName).replace(/\.gz$/, "");
  const first = firstLine(text);
  const head = first?.line ?? "";
  if (name === "u.data" || name.endsWith(".data")) return "u.data";
  if (name.endsWith(".dat") || head.includes("::")) return "ratings.dat";
  if (head.replace(/\s/g, "") === MOVIELENS_CSV_HEADER) return "ratings.csv";
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".tsv") || head.includes("\t")) return "tsv";
  if (head.includes(",")) return "csv";
  throw new DatasetParseError(
    fileName || "interactions",
    first?.lineNumber ?? 1,
    "cannot detect the format: expected tab, comma or '::' separated fields",
  );
}

/**
 * Parses an interaction file into an {@link Interactions} table (dense indexes in order of first appearance).
 * Blank lines are skipped; any malformed line throws a {@link DatasetParseError} naming file, line and reason, and
 * text without an interaction an `InputError` with code `"empty-dataset"`.
 */
export function readInteractions(text: string, options: ReadInteractionsOptions = {}): Interactions {
  const format =
    options.format === undefined || options.format === "auto"
      ? detectInteractionFormat(text, options.fileName)
      : options.format;
  const fileName = options.fileName ?? format;
  const builder = createInteractionsBuilder();
  forEachLine(text, interactionParser(format, fileName, builder));
  return built(builder, fileName);
}

/**
 * Streams an interaction file line by line (any size: only the table is held, never the text), e.g. the lines of
 * a gunzipped file stream; the format is detected from the file name or the first non-blank line. Line numbers in
 * errors count every line. Throws {@link DatasetParseError} for a malformed line and `InputError` with code `"empty-dataset"`
 * when there is no interaction.
 */
export async function readInteractionsFromLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: ReadInteractionsOptions = {},
): Promise<Interactions> {
  const builder = createInteractionsBuilder();
  const fileName = await parseLines(lines, options.fileName ?? "interactions", (first) => {
    const format =
      options.format === undefined || options.format === "auto"
        ? detectInteractionFormat(first, options.fileName)
        : options.format;
    const name = options.fileName ?? format;
    return { fileName: name, parse: interactionParser(format, name, builder) };
  });
  return built(builder, fileName);
}

/** The table, or `InputError` with code `"empty-dataset"` when no interaction was read. */
function built(builder: ReturnType<typeof createInteractionsBuilder>, fileName: string): Interactions {
  const table = builder.build();
  if (table.users.length === 0) throw emptyDataset(fileName, "no interactions");
  return table;
}

/** A parser of one non-blank line of `format`, adding to `builder`; throws {@link DatasetParseError}. */
function interactionParser(
  format: InteractionFormat,
  fileName: string,
  builder: ReturnType<typeof createInteractionsBuilder>,
): (line: string, lineNumber: number) => void {
  const fail = (lineNumber: number, reason: string): never => {
    throw new DatasetParseError(fileName, lineNumber, reason);
  };
  const strict = (fields: string[], lineNumber: number, separator: string) => {
    if (fields.length !== 4)
      fail(lineNumber, `expected 4 ${separator}-separated fields, found ${fields.length}`);
    const [user = "", item = "", rating = "", timestamp = ""] = fields;
    builder.add(
      id(user, "user", lineNumber, fail),
      id(item, "item", lineNumber, fail),
      number(rating, "rating", lineNumber, fail),
      number(timestamp, "timestamp", lineNumber, fail),
    );
  };
  switch (format) {
    case "u.data":
      return (line, n) => strict(line.split("\t"), n, "tab");
    case "ratings.dat":
      return (line, n) => strict(line.split("::"), n, "'::'");
    case "ratings.csv": {
      let header = true;
      return (line, n) => {
        if (header) {
          if (line.replace(/\s/g, "") !== MOVIELENS_CSV_HEADER)
            fail(n, `expected the header "${MOVIELENS_CSV_HEADER}"`);
          header = false;
        } else strict(line.split(","), n, "comma");
      };
    }
    case "tsv":
    case "csv": {
      let first = true;
      return (line, n) => {
        const fields = format === "tsv" ? line.split("\t") : splitCsvLine(line);
        if (fields === undefined) return fail(n, "unclosed quote");
        const isHeader = first && looksLikeHeader(fields);
        first = false;
        if (isHeader) return;
        if (fields.length < 2 || fields.length > 4) {
          fail(n, `expected 2 to 4 fields (user, item, rating, timestamp), found ${fields.length}`);
        }
        const [user = "", item = "", rating, timestamp] = fields;
        builder.add(
          id(user, "user", n, fail),
          id(item, "item", n, fail),
          rating === undefined ? 1 : number(rating, "rating", n, fail),
          timestamp === undefined ? Number.NaN : time(timestamp, n, fail),
        );
      };
    }
  }
}

/** Like {@link readInteractions} but returns the {@link DatasetParseError} instead of throwing it. */
export const safeReadInteractions = safe(readInteractions, DatasetParseError);

/** A header line names its columns: a non-numeric rating or timestamp, or `user…`/`item…` first fields. */
function looksLikeHeader(fields: readonly string[]): boolean {
  const [user = "", item = "", rating, timestamp] = fields;
  if (rating !== undefined && toNumber(rating) === undefined) return true;
  if (timestamp !== undefined && toNumber(timestamp) === undefined && Number.isNaN(Date.parse(timestamp)))
    return true;
  return (
    /^(user|customer|visitor|session)/i.test(user.trim()) && /^(item|product|movie|sku)/i.test(item.trim())
  );
}

function id(field: string, what: string, lineNumber: number, fail: (n: number, r: string) => never): string {
  const value = field.trim();
  if (value === "") fail(lineNumber, `empty ${what} id`);
  return value;
}

function number(
  field: string,
  what: string,
  lineNumber: number,
  fail: (n: number, r: string) => never,
): number {
  const value = toNumber(field);
  return value ?? fail(lineNumber, `${what} "${field}" is not a number`);
}

function time(field: string, lineNumber: number, fail: (n: number, r: string) => never): number {
  const value = toNumber(field);
  if (value !== undefined) return value;
  const ms = Date.parse(field.trim());
  return Number.isNaN(ms)
    ? fail(lineNumber, `timestamp "${field}" is neither Unix seconds nor ISO 8601`)
    : ms / 1000;
}
