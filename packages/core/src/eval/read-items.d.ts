/** Readers for item metadata files (MovieLens and plain TSV): pure parsers over text, the caller decodes the file. */
import type { Result } from "../internal/result.ts";
import { DatasetParseError } from "./errors.ts";
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
 * - `tsv`: `item<TAB>title<TAB>category|category<TAB>provider`, the last two optional, optional header.
 */
export type ItemFormat = "u.item" | "movies.dat" | "movies.csv" | "tsv";
/** The 19 genres of MovieLens 100K in the order of `u.genre` and of the flags in `u.item`. */
export declare const MOVIELENS_100K_GENRES: readonly ["unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"];
/** Options of {@link readItems}. */
export interface ReadItemsOptions {
    /** The file format; default `"auto"` ({@link detectItemFormat}). */
    readonly format?: ItemFormat | "auto";
    /** The file's name, used for format detection and in errors; default the format name. */
    readonly fileName?: string;
}
/**
 * Guesses the format from the file name (`u.item`, `*.dat`, `*.csv`, `*.tsv`) and else from the first non-blank line.
 * Throws a {@link DatasetParseError} when neither tells.
 */
export declare function detectItemFormat(text: string, fileName?: string): ItemFormat;
/** Parses an item metadata file; any malformed line throws a {@link DatasetParseError} naming file, line and reason. */
export declare function readItems(text: string, options?: ReadItemsOptions): ItemRecord[];
/** Like {@link readItems} but returns the {@link DatasetParseError} instead of throwing it. */
export declare function safeReadItems(text: string, options?: ReadItemsOptions): Result<ItemRecord[], DatasetParseError>;
