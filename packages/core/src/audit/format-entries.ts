/** Entries as JSON lines or CSV (`candor audit query --format jsonl|csv`, exports). */
import { csvDocument } from "../internal/csv.ts";
import { contributionsOf } from "./split-entry.ts";
import type { BodyState, OpenedConsentEntry, OpenedEntry, OpenedLogEntry } from "./types.ts";

/** The output formats of {@link formatEntries}. */
export type EntryFormat = "jsonl" | "csv";

const stateOf = (e: OpenedLogEntry): BodyState =>
  e.bodyState ?? (e.entry.kind === "notice" ? "none" : e.personal ? "opened" : "erased");

/** One entry as a JSON line: index, leaf hash, the committed entry, the body (`null` unless opened) and its state. */
export function entryToJsonLine(e: OpenedLogEntry): string {
  return `${JSON.stringify({ index: e.index, leaf: e.leaf, entry: e.entry, personal: e.personal, bodyState: stateOf(e) })}\n`;
}

/** One JSON line per entry of any kind (see {@link entryToJsonLine}). */
export function entriesToJsonl(entries: readonly OpenedLogEntry[]): string {
  return entries.map(entryToJsonLine).join("");
}

/** The columns of {@link entriesToCsv}. */
export const ENTRY_CSV_COLUMNS = [
  "index",
  "id",
  "time",
  "surface",
  "slate_id",
  "rank",
  "mode",
  "item",
  "category",
  "provider",
  "score",
  "jurisdiction",
  "minor",
  "template_id",
  "data_categories",
  "lawful_basis",
  "purposes",
  "consent",
  "model_version",
  "policy_version",
  "disclosure_version",
  "controls",
  "effects",
  "contributions",
  "subject_pseudonym",
  "pseudonym_key_id",
  "consent_record_id",
  "explanation",
  "erased",
  "body_state",
  "leaf",
] as const;

/**
 * The CSV cells of one served entry; lists are `;`-separated, contributions as `scorer:amount`; personal columns
 * empty unless the body was opened; `erased` is empty when no key ring was given (nothing can be said).
 */
export function entryCsvRow(e: OpenedEntry): (string | number | boolean | null)[] {
  const { index, leaf, entry, personal } = e;
  const state = stateOf(e);
  return [
    index,
    entry.id,
    new Date(entry.at).toISOString(),
    entry.surface,
    entry.slateId,
    entry.rank,
    entry.mode,
    entry.item,
    entry.category,
    entry.provider,
    entry.score,
    entry.jurisdiction,
    entry.minor,
    entry.templateId,
    entry.dataCategories.join(";"),
    entry.legalBasis.basis,
    entry.legalBasis.purposes.join(";"),
    entry.legalBasis.consent,
    entry.versions.model,
    entry.versions.policy,
    entry.versions.disclosure,
    entry.controls.join(";"),
    entry.effects.map((e) => `${e.kind}:${e.amount}`).join(";"),
    contributionsOf(entry, personal)
      .map((c) => `${c.scorer}:${c.amount}`)
      .join(";"),
    personal?.subject.pseudonym ?? null,
    personal?.subject.keyId ?? null,
    personal?.consentRecordId ?? null,
    personal?.explanation ?? null,
    state === "sealed" ? null : state === "erased",
    state,
    leaf,
  ];
}

/** One CSV row per served entry (other kinds are left out: see {@link consentEntriesToCsv}). */
export function entriesToCsv(entries: readonly OpenedLogEntry[]): string {
  return csvDocument(
    ENTRY_CSV_COLUMNS,
    entries.filter((e): e is OpenedEntry => (e.entry.kind ?? "served") === "served").map(entryCsvRow),
  );
}

/** The columns of {@link consentEntriesToCsv}. */
export const CONSENT_CSV_COLUMNS = [
  "index",
  "id",
  "time",
  "type",
  "granted",
  "changed",
  "notice_id",
  "notice_version",
  "notice_hash",
  "regime",
  "region",
  "via",
  "subject_pseudonym",
  "record_id",
  "event_id",
  "event_hash",
  "body_state",
  "leaf",
] as const;

/** The CSV cells of one consent entry; `granted` lists the granted purposes. */
export function consentCsvRow(e: OpenedConsentEntry): (string | number | boolean | null)[] {
  const { entry, personal } = e;
  return [
    e.index,
    entry.id,
    new Date(entry.at).toISOString(),
    entry.type,
    Object.keys(entry.granted)
      .filter((p) => entry.granted[p])
      .join(";"),
    entry.changed.join(";"),
    entry.notice.id,
    entry.notice.version,
    entry.notice.hash,
    entry.regime,
    entry.region,
    entry.via.control === null ? entry.via.kind : `${entry.via.kind}:${entry.via.control}`,
    personal?.subject.pseudonym ?? null,
    personal?.recordId ?? null,
    personal?.eventId ?? null,
    personal?.eventHash ?? null,
    stateOf(e),
    e.leaf,
  ];
}

/** One CSV row per consent entry. */
export function consentEntriesToCsv(entries: readonly OpenedLogEntry[]): string {
  return csvDocument(
    CONSENT_CSV_COLUMNS,
    entries.filter((e): e is OpenedConsentEntry => e.entry.kind === "consent").map(consentCsvRow),
  );
}

/** Entries in `format` (CSV: served entries). */
export function formatEntries(entries: readonly OpenedLogEntry[], format: EntryFormat): string {
  return format === "csv" ? entriesToCsv(entries) : entriesToJsonl(entries);
}
