/**
 * Readers for item metadata files (MovieLens, plain TSV, JSON lines): pure parsers over text or over a stream of
 * lines; the caller opens, decodes and if need be gunzips the file.
 */
import { safe } from "../internal/result.ts";
import { baseName, firstLine, forEachLine, parseLines, splitCsvLine, toNumber } from "./delimited.ts";
import { DatasetParseError, emptyDataset } from "./errors.ts";

/** One catalog item as a metadata file describes it. */
export interface ItemRecord {
  /** The item id, as the interaction files name it. */
  readonly id: string;
  readonly title: string;
  /** Category (genre) names, possibly empty. */
  readonly categories: readonly string[];
  /** The seller or provider, when the file names one. */
  readonly provider?: string;
  /** Release year, when the file gives one. */
  readonly year?: number;
}

/**
 * Item file formats:
 * - `u.item`: MovieLens 100K, pipe-separated, 19 genre flags in {@link MOVIELENS_100K_GENRES} order
 *   (the file is latin-1: decode it before calling);
 * - `movies.dat`: MovieLens 1M/10M, `id::title::genre|genre`;
 * - `movies.csv`: MovieLens 20M/25M/latest, header `movieId,title,genres`, quoted titles;
 * - `tsv`: `item<TAB>title<TAB>category|category<TAB>provider`, the last two optional, optional header;
 * - `jsonl`: one JSON object per line (e.g. Amazon's `meta_*.json`), fields found by {@link ReadItemsOptions.fields}.
 */
export type ItemFormat = "u.item" | "movies.dat" | "movies.csv" | "tsv" | "jsonl";

/**
 * Which JSON field holds each part of an item record (`jsonl` only). By default the first present of: id `asin`,
 * `parent_asin`, `item_id`, `itemId`, `id`, `movieId`; title `title`, `name`; category `category`, `categories`,
 * `genres`, `main_cat`; provider `brand`, `store`, `seller`, `provider`. A category field may hold a string (split at
 * `|`), a list of strings or a list of lists (Amazon 2014's category paths), flattened in order without repeats.
 */
export interface ItemFieldMap {
  readonly id?: string;
  readonly title?: string;
  readonly category?: string;
  readonly provider?: string;
}

/** The 19 genres of MovieLens 100K in the order of `u.genre` and of the flags in `u.item`. */
export const MOVIELENS_100K_GENRES = [
  "unknown",
  "Action",
  "Adventure",
  "Animation",
  "Children's",
  "Comedy",
  "Crime",
  "Documentary",
  "Drama",
  "Fantasy",
  "Film-Noir",
  "Horror",
  "Musical",
  "Mystery",
  "Romance",
  "Sci-Fi",
  "Thriller",
  "War",
  "Western",
] as const;

/** Options of {@link readItems}. */
export interface ReadItemsOptions {
  /** The file format; default `"auto"` ({@link detectItemFormat}). */
  readonly format?: ItemFormat | "auto";
  /** The file's name, used for format detection and in errors; default the format name. */
  readonly fileName?: string;
  /** JSON field names of a `jsonl` file. */
  readonly fields?: ItemFieldMap;
}

const DEFAULT_FIELDS: { readonly [K in keyof ItemFieldMap]-?: readonly string[] } = {
  id: ["asin", "parent_asin", "item_id", "itemId", "id", "movieId"],
  title: ["title", "name"],
  category: ["category", "categories", "genres", "main_cat"],
  provider: ["brand", "store", "seller", "provider"],
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Guesses the format from the file name (`u.item`, `*.dat`, `*.csv`, `*.tsv`) and else from the first non-blank line.
 * Throws a {@link DatasetParseError} when neither tells.
 */
export function detectItemFormat(text: string, fileName = ""): ItemFormat {
  const name = baseName(fileName).replace(/\.gz$/, "");
  const first = firstLine(text);
  const head = first?.line ?? "";
  if (name === "u.item" || name.endsWith(".item")) return "u.item";
  if (/\.(jsonl?|ndjson)$/.test(name) || head.trimStart().startsWith("{")) return "jsonl";
  if (name.endsWith(".dat") || head.includes("::")) return "movies.dat";
  if (name.endsWith(".csv") || head.startsWith("movieId,")) return "movies.csv";
  if (name.endsWith(".tsv") || head.includes("\t")) return "tsv";
  if (head.split("|").length === 5 + MOVIELENS_100K_GENRES.length) return "u.item";
  throw new DatasetParseError(
    fileName || "items",
    first?.lineNumber ?? 1,
    "cannot detect the item file format",
  );
}

/**
 * Parses an item metadata file; any malformed line throws a {@link DatasetParseError} naming file, line and reason,
 * and a file without an item an `InputError` with code `"empty-dataset"`.
 */
export function readItems(text: string, options: ReadItemsOptions = {}): ItemRecord[] {
  const format =
    options.format === undefined || options.format === "auto"
      ? detectItemFormat(text, options.fileName)
      : options.format;
  const fileName = options.fileName ?? format;
  const records: ItemRecord[] = [];
  forEachLine(text, itemParser(format, fileName, records, options.fields));
  if (records.length === 0) throw emptyDataset(fileName, "no items");
  return records;
}

/**
 * Streams an item file line by line (e.g. a gunzipped `meta_*.json.gz`); format detection, errors and the result
 * as {@link readItems}.
 */
export async function readItemsFromLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: ReadItemsOptions = {},
): Promise<ItemRecord[]> {
  const records: ItemRecord[] = [];
  const fileName = await parseLines(lines, options.fileName ?? "items", (first) => {
    const format =
      options.format === undefined || options.format === "auto"
        ? detectItemFormat(first, options.fileName)
        : options.format;
    const name = options.fileName ?? format;
    return { fileName: name, parse: itemParser(format, name, records, options.fields) };
  });
  if (records.length === 0) throw emptyDataset(fileName, "no items");
  return records;
}

/** A parser of one non-blank line of `format`, appending to `records`; throws {@link DatasetParseError}. */
function itemParser(
  format: ItemFormat,
  fileName: string,
  records: ItemRecord[],
  fieldMap: ItemFieldMap | undefined,
): (line: string, lineNumber: number) => void {
  const fail = (lineNumber: number, reason: string): never => {
    throw new DatasetParseError(fileName, lineNumber, reason);
  };
  let first = true;
  return (line, n) => {
    const isFirst = first;
    first = false;
    switch (format) {
      case "u.item": {
        const fields = line.split("|");
        const expected = 5 + MOVIELENS_100K_GENRES.length;
        if (fields.length !== expected)
          fail(n, `expected ${expected} '|'-separated fields, found ${fields.length}`);
        const categories: string[] = [];
        MOVIELENS_100K_GENRES.forEach((genre, g) => {
          const flag = fields[5 + g];
          if (flag !== "0" && flag !== "1")
            fail(n, `genre flag ${g + 1} (${genre}) is "${flag}", expected 0 or 1`);
          if (flag === "1") categories.push(genre);
        });
        const title = fields[1] ?? "";
        records.push(
          item(nonEmpty(fields[0], "item id", n, fail), title, categories, yearOf(fields[2] ?? "", title)),
        );
        break;
      }
      case "movies.dat": {
        const fields = line.split("::");
        if (fields.length !== 3) fail(n, `expected 3 '::'-separated fields, found ${fields.length}`);
        const title = fields[1] ?? "";
        records.push(
          item(nonEmpty(fields[0], "item id", n, fail), title, genres(fields[2]), yearOf("", title)),
        );
        break;
      }
      case "movies.csv": {
        if (isFirst) {
          if (line.replace(/\s/g, "") !== "movieId,title,genres")
            fail(n, 'expected the header "movieId,title,genres"');
          break;
        }
        const fields = splitCsvLine(line);
        if (fields === undefined) return fail(n, "unclosed quote");
        if (fields.length !== 3) fail(n, `expected 3 comma-separated fields, found ${fields.length}`);
        const title = fields[1] ?? "";
        records.push(
          item(nonEmpty(fields[0], "item id", n, fail), title, genres(fields[2]), yearOf("", title)),
        );
        break;
      }
      case "tsv": {
        const fields = line.split("\t");
        if (isFirst && /^(item|id|item_?id|product)$/i.test(fields[0]?.trim() ?? "")) break;
        if (fields.length < 2 || fields.length > 4) {
          fail(
            n,
            `expected 2 to 4 tab-separated fields (item, title, categories, provider), found ${fields.length}`,
          );
        }
        const provider = fields[3]?.trim();
        const record = item(
          nonEmpty(fields[0], "item id", n, fail),
          fields[1] ?? "",
          genres(fields[2]),
          undefined,
        );
        records.push(provider ? { ...record, provider } : record);
        break;
      }
      case "jsonl":
        records.push(jsonItem(line, n, fieldMap ?? {}, fail));
        break;
    }
  };
}

/** One JSON-lines item record, its fields found by `fieldMap` or the defaults. */
function jsonItem(
  line: string,
  n: number,
  fieldMap: ItemFieldMap,
  fail: (n: number, r: string) => never,
): ItemRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return fail(n, "not a JSON object (JSON lines: one object per line)");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(n, "not a JSON object (JSON lines: one object per line)");
  const record = value as Record<string, unknown>;
  const field = (part: keyof ItemFieldMap): { name: string; value: unknown } | undefined => {
    const chosen = fieldMap[part];
    const names = chosen === undefined ? DEFAULT_FIELDS[part] : [chosen];
    for (const name of names)
      if (record[name] !== undefined && record[name] !== null) return { name, value: record[name] };
    return undefined;
  };
  const idField = field("id");
  const id = typeof idField?.value === "number" ? String(idField.value) : idField?.value;
  if (typeof id !== "string" || id.trim() === "")
    return fail(
      n,
      `no item id: expected a string field ${fieldMap.id === undefined ? `(one of ${DEFAULT_FIELDS.id.join(", ")})` : `"${fieldMap.id}"`}`,
    );
  const titleField = field("title");
  const title = typeof titleField?.value === "string" ? titleField.value : "";
  const categoryField = field("category");
  const categories: string[] = [];
  const addCategories = (v: unknown, depth: number): void => {
    if (typeof v === "string") {
      for (const name of genres(v)) if (!categories.includes(name)) categories.push(name);
    } else if (Array.isArray(v) && depth < 2) for (const x of v) addCategories(x, depth + 1);
    else fail(n, `field "${categoryField?.name}" must hold a string or a list of strings`);
  };
  if (categoryField) addCategories(categoryField.value, 0);
  const providerField = field("provider");
  const provider = typeof providerField?.value === "string" ? providerField.value.trim() : "";
  const out = item(id.trim(), title, categories, undefined);
  return provider ? { ...out, provider } : out;
}

/** Like {@link readItems} but returns the {@link DatasetParseError} instead of throwing it. */
export const safeReadItems = safe(readItems, DatasetParseError);

function item(id: string, title: string, categories: string[], year: number | undefined): ItemRecord {
  const record = { id, title: title.trim(), categories };
  return year === undefined ? record : { ...record, year };
}

function nonEmpty(
  field: string | undefined,
  what: string,
  lineNumber: number,
  fail: (n: number, r: string) => never,
): string {
  const value = field?.trim() ?? "";
  return value === "" ? fail(lineNumber, `empty ${what}`) : value;
}

/** `"Action|Comedy"` → `["Action", "Comedy"]`; MovieLens's `(no genres listed)` → `[]`. */
function genres(field: string | undefined): string[] {
  const value = field?.trim() ?? "";
  if (value === "" || value === "(no genres listed)") return [];
  return value
    .split("|")
    .map((g) => g.trim())
    .filter((g) => g !== "");
}

/** The year of a `dd-Mon-yyyy` release date, else of a `Title (yyyy)` suffix. */
function yearOf(releaseDate: string, title: string): number | undefined {
  const date = /^\d{1,2}-([A-Za-z]{3})-(\d{4})$/.exec(releaseDate.trim());
  if (date && MONTHS.includes((date[1] ?? "").toLowerCase())) return toNumber(date[2] ?? "");
  const suffix = /\((\d{4})\)\s*$/.exec(title);
  return suffix ? toNumber(suffix[1] ?? "") : undefined;
}
