/** Entries as JSON lines or CSV (`candor audit query --format jsonl|csv`, exports). */
import { csvDocument } from "./csv.ts";
import { contributionsOf } from "./split-entry.ts";
import type { OpenedEntry } from "./types.ts";

/** The output formats of {@link formatEntries}. */
export type EntryFormat = "jsonl" | "csv";

/** One JSON line per entry: index, leaf hash, the committed entry and the personal body (`null` when erased). */
export function entriesToJsonl(entries: readonly OpenedEntry[]): string {
  return entries
    .map((e) => `${JSON.stringify({ index: e.index, leaf: e.leaf, entry: e.entry, personal: e.personal })}\n`)
    .join("");
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
  "leaf",
] as const;

/** One CSV row per entry; lists are `;`-separated, contributions as `scorer:amount`; personal columns empty when erased. */
export function entriesToCsv(entries: readonly OpenedEntry[]): string {
  return csvDocument(
    ENTRY_CSV_COLUMNS,
    entries.map(({ index, leaf, entry, personal }) => [
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
      personal === null,
      leaf,
    ]),
  );
}

/** Entries in `format`. */
export function formatEntries(entries: readonly OpenedEntry[], format: EntryFormat): string {
  return format === "csv" ? entriesToCsv(entries) : entriesToJsonl(entries);
}
