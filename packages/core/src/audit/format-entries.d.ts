import type { OpenedConsentEntry, OpenedEntry, OpenedLogEntry } from "./types.ts";
/** The output formats of {@link formatEntries}. */
export type EntryFormat = "jsonl" | "csv";
/** One entry as a JSON line: index, leaf hash, the committed entry, the body (`null` unless opened) and its state. */
export declare function entryToJsonLine(e: OpenedLogEntry): string;
/** One JSON line per entry of any kind (see {@link entryToJsonLine}). */
export declare function entriesToJsonl(entries: readonly OpenedLogEntry[]): string;
/** The columns of {@link entriesToCsv}. */
export declare const ENTRY_CSV_COLUMNS: readonly ["index", "id", "time", "surface", "slate_id", "rank", "mode", "item", "category", "provider", "score", "jurisdiction", "minor", "template_id", "data_categories", "lawful_basis", "purposes", "consent", "model_version", "policy_version", "disclosure_version", "controls", "effects", "contributions", "subject_pseudonym", "pseudonym_key_id", "consent_record_id", "explanation", "erased", "body_state", "leaf"];
/**
 * The CSV cells of one served entry; lists are `;`-separated, contributions as `scorer:amount`; personal columns
 * empty unless the body was opened; `erased` is empty when no key ring was given (nothing can be said).
 */
export declare function entryCsvRow(e: OpenedEntry): (string | number | boolean | null)[];
/** One CSV row per served entry (other kinds are left out: see {@link consentEntriesToCsv}). */
export declare function entriesToCsv(entries: readonly OpenedLogEntry[]): string;
/** The columns of {@link consentEntriesToCsv}. */
export declare const CONSENT_CSV_COLUMNS: readonly ["index", "id", "time", "type", "granted", "changed", "notice_id", "notice_version", "notice_hash", "regime", "region", "via", "subject_pseudonym", "record_id", "event_id", "event_hash", "body_state", "leaf"];
/** The CSV cells of one consent entry; `granted` lists the granted purposes. */
export declare function consentCsvRow(e: OpenedConsentEntry): (string | number | boolean | null)[];
/** One CSV row per consent entry. */
export declare function consentEntriesToCsv(entries: readonly OpenedLogEntry[]): string;
/** Entries in `format` (CSV: served entries). */
export declare function formatEntries(entries: readonly OpenedLogEntry[], format: EntryFormat): string;
