/** Readers for interaction files (MovieLens and plain TSV/CSV): pure parsers over text, the caller reads the file. */
import type { Result } from "../internal/result.ts";
import { DatasetParseError } from "./errors.ts";
import { type Interactions } from "./interactions.ts";
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
/**
 * Guesses the format from the file name (`u.data`, `*.dat`, `*.csv`, `*.tsv`) and else from the first non-blank line.
 * Throws a {@link DatasetParseError} when neither tells.
 */
export declare function detectInteractionFormat(text: string, fileName?: string): InteractionFormat;
/**
 * Parses an interaction file into an {@link Interactions} table (dense indexes in order of first appearance).
 * Blank lines are skipped; any malformed line throws a {@link DatasetParseError} naming file, line and reason.
 */
export declare function readInteractions(text: string, options?: ReadInteractionsOptions): Interactions;
/** Like {@link readInteractions} but returns the {@link DatasetParseError} instead of throwing it. */
export declare function safeReadInteractions(text: string, options?: ReadInteractionsOptions): Result<Interactions, DatasetParseError>;
