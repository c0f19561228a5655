/** Auditor queries over opened log entries (`candor audit query`): by subject pseudonym, surface, time, mode, consent, provider. */
import type { ConsentStatus, LogMode, OpenedEntry } from "./types.ts";

/** A filter; every given field must match (an array matches any of its values). */
export interface LogQuery {
  /** Subject pseudonyms (`Pseudonymizer.pseudonymsOf`); erased entries never match. */
  readonly subject?: string | readonly string[];
  readonly surface?: string | readonly string[];
  /** Served at or after, epoch ms. */
  readonly from?: number;
  /** Served before, epoch ms. */
  readonly to?: number;
  readonly mode?: LogMode;
  readonly consent?: ConsentStatus | readonly ConsentStatus[];
  /** The consent state's hash; erased entries never match. */
  readonly consentStateHash?: string;
  readonly provider?: string | readonly string[];
  readonly item?: string | readonly string[];
  readonly slateId?: string | readonly string[];
  readonly templateId?: string | readonly string[];
}

/** The entries matching `query`, in index order. */
export function queryLog(entries: readonly OpenedEntry[], query: LogQuery): OpenedEntry[] {
  const subject = setOf(query.subject);
  const surface = setOf(query.surface);
  const consent = setOf(query.consent);
  const provider = setOf(query.provider);
  const item = setOf(query.item);
  const slate = setOf(query.slateId);
  const template = setOf(query.templateId);
  return entries
    .filter(({ entry, personal }) => {
      if (subject && !(personal && subject.has(personal.subject.pseudonym))) return false;
      if (surface && !surface.has(entry.surface)) return false;
      if (query.from !== undefined && entry.at < query.from) return false;
      if (query.to !== undefined && entry.at >= query.to) return false;
      if (query.mode !== undefined && entry.mode !== query.mode) return false;
      if (consent && !consent.has(entry.legalBasis.consent)) return false;
      if (query.consentStateHash !== undefined && personal?.consentStateHash !== query.consentStateHash)
        return false;
      if (provider && !(entry.provider !== null && provider.has(entry.provider))) return false;
      if (item && !item.has(entry.item)) return false;
      if (slate && !slate.has(entry.slateId)) return false;
      if (template && !template.has(entry.templateId)) return false;
      return true;
    })
    .sort((a, b) => a.index - b.index);
}

function setOf<T extends string>(value: T | readonly T[] | undefined): ReadonlySet<string> | null {
  if (value === undefined) return null;
  return new Set<string>(typeof value === "string" ? [value] : value);
}
