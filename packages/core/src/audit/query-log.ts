/**
 * Auditor queries over opened log entries (`candor audit query`): by kind, subject (pseudonym or key), surface, time,
 * mode, consent, provider. {@link matchesQuery} tests one entry, so a query streams with constant memory.
 */
import type { ConsentStatus, LogMode, OpenedLogEntry } from "./types.ts";

/** The kinds of entries. */
export type EntryKind = "served" | "consent" | "notice";

/** A filter; every given field must match (an array matches any of its values). */
export interface LogQuery {
  /** Kinds of entries; default `"served"`. Served-only fields never match consent or notice entries. */
  readonly kind?: EntryKind | readonly EntryKind[];
  /** Subject pseudonyms as sealed in bodies; erased and sealed entries never match. */
  readonly subject?: string | readonly string[];
  /** Subject keys (`keyRef`, from the shop's key ring); erased and sealed entries never match. */
  readonly keyRef?: string | readonly string[];
  readonly surface?: string | readonly string[];
  /** Served (or, for consent entries, given) at or after, epoch ms. */
  readonly from?: number;
  /** …before, epoch ms. */
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

/** The kind of an entry (entries written before kinds existed are served ones). */
export function kindOf(entry: OpenedLogEntry): EntryKind {
  return entry.entry.kind ?? "served";
}

function setOf<T extends string>(value: T | readonly T[] | undefined): ReadonlySet<string> | null {
  if (value === undefined) return null;
  return new Set<string>(typeof value === "string" ? [value] : value);
}

/** A compiled query: whether one entry matches. */
export function matchesQuery(query: LogQuery): (entry: OpenedLogEntry) => boolean {
  const kinds = setOf(query.kind) ?? new Set(["served"]);
  const subject = setOf(query.subject);
  const keyRef = setOf(query.keyRef);
  const surface = setOf(query.surface);
  const consent = setOf(query.consent);
  const provider = setOf(query.provider);
  const item = setOf(query.item);
  const slate = setOf(query.slateId);
  const template = setOf(query.templateId);
  const servedOnly =
    surface ||
    consent ||
    provider ||
    item ||
    slate ||
    template ||
    query.mode !== undefined ||
    query.consentStateHash !== undefined;
  return (opened) => {
    const kind = kindOf(opened);
    if (!kinds.has(kind)) return false;
    if (subject) {
      const pseudonym = (opened.personal as { subject?: { pseudonym?: string } } | null)?.subject?.pseudonym;
      if (!(pseudonym && subject.has(pseudonym))) return false;
    }
    if (keyRef && !(opened.personal && opened.keyRef && keyRef.has(opened.keyRef))) return false;
    const at = opened.entry.at;
    if (query.from !== undefined && at < query.from) return false;
    if (query.to !== undefined && at >= query.to) return false;
    if (kind !== "served" || opened.entry.kind === "consent" || opened.entry.kind === "notice")
      return !servedOnly;
    const entry = opened.entry;
    const personal = opened.personal as { consentStateHash?: string | null } | null;
    if (surface && !surface.has(entry.surface)) return false;
    if (query.mode !== undefined && entry.mode !== query.mode) return false;
    if (consent && !consent.has(entry.legalBasis.consent)) return false;
    if (query.consentStateHash !== undefined && personal?.consentStateHash !== query.consentStateHash)
      return false;
    if (provider && !(entry.provider !== null && provider.has(entry.provider))) return false;
    if (item && !item.has(entry.item)) return false;
    if (slate && !slate.has(entry.slateId)) return false;
    if (template && !template.has(entry.templateId)) return false;
    return true;
  };
}

/** The entries matching `query`, in index order. */
export function queryLog<T extends OpenedLogEntry>(entries: readonly T[], query: LogQuery): T[] {
  const matches = matchesQuery(query);
  return entries.filter(matches).sort((a, b) => a.index - b.index);
}
