/**
 * The auditor report (`candor audit report`; DSA Arts. 34, 37, 40): position-weighted exposure by provider, category
 * and surface with Gini and HHI, diversity over time, the share of non-personalized slates, personalized slates
 * served without a valid consent (should be zero; GDPR Art. 6(1)(a), 7), explanation kinds, and the time from a
 * consent withdrawal to its effect (GDPR Art. 7(3)).
 */
import { gini } from "../eval/exposure-gini.ts";
import type { OpenedEntry } from "./types.ts";

/** One group's exposure. */
export interface ExposureRow {
  readonly key: string;
  /** Sum over its entries of 1 / log2(rank + 1). */
  readonly exposure: number;
  readonly share: number;
  readonly entries: number;
}

/** Exposure across the groups of one dimension, with its concentration. */
export interface ExposureTable {
  /** Largest exposure first. */
  readonly rows: readonly ExposureRow[];
  readonly total: number;
  /** Gini coefficient of the groups' exposure (0 equal, → 1 concentrated). */
  readonly gini: number;
  /** Herfindahl–Hirschman index of exposure shares, 0–1 (1/n when equal across n groups). */
  readonly hhi: number;
}

/** Diversity of the slates served in one time bucket. */
export interface DiversityRow {
  /** Bucket start, epoch ms. */
  readonly start: number;
  readonly slates: number;
  readonly meanCategoriesPerSlate: number;
  readonly meanProvidersPerSlate: number;
  readonly providerGini: number;
  readonly providerHhi: number;
}

/** The report. */
export interface LogReport {
  readonly schema: "candor.audit-report/1";
  readonly entries: number;
  readonly slates: number;
  /** First and last serve time, epoch ms; `null` for an empty log. */
  readonly from: number | null;
  readonly to: number | null;
  readonly exposure: {
    readonly provider: ExposureTable;
    readonly category: ExposureTable;
    readonly surface: ExposureTable;
  };
  readonly diversity: readonly DiversityRow[];
  /** Share of slates served in `non_profiling` mode. */
  readonly nonPersonalizedShare: number;
  /** Personalized slates with an entry whose consent was not `valid`: should be zero. */
  readonly personalizedWithoutConsent: { readonly slates: number; readonly slateIds: readonly string[] };
  readonly explanationKinds: readonly {
    readonly templateId: string;
    readonly entries: number;
    readonly share: number;
  }[];
  /**
   * Withdrawals seen in readable bodies, and how long personalization went on after each: the delay is the last
   * personalized serve to the subject after the withdrawal, minus its time (0 when none followed).
   */
  readonly withdrawal: {
    readonly withdrawals: number;
    /** Withdrawals followed by a personalized serve. */
    readonly late: number;
    readonly lateEntries: number;
    readonly delayMs: { readonly median: number; readonly max: number } | null;
  };
  /** Entries whose personal body is erased: left out of the subject-level measures. */
  readonly erasedEntries: number;
  /** Drift events given to the report, or `null` when no drift monitoring was reported. */
  readonly drift: readonly ReportedDrift[] | null;
}

/** Options of {@link reportLog}. */
/** A drift event as the measure module reports it (`@candor/core/measure`), for the audit report. */
export interface ReportedDrift {
  readonly source: string;
  readonly at: number;
  readonly metric: string;
  readonly arm: string | null;
  readonly baseline: number;
  readonly observed: number;
  readonly threshold: number;
}

export interface ReportOptions {
  /** Drift events from the drift monitors (online and offline checks); the report says whether any fired. */
  readonly drift?: readonly ReportedDrift[];
  /** Width of the diversity buckets, ms; default one day. */
  readonly bucketMs?: number;
  /** At most this many slate ids are listed per finding; default 20. */
  readonly listLimit?: number;
}

/** Builds the report from opened entries (order does not matter). */
export function reportLog(entries: readonly OpenedEntry[], options: ReportOptions = {}): LogReport {
  const bucketMs = options.bucketMs ?? 86_400_000;
  const listLimit = options.listLimit ?? 20;
  const slates = new Map<string, OpenedEntry[]>();
  for (const e of entries) {
    const list = slates.get(e.entry.slateId);
    if (list) list.push(e);
    else slates.set(e.entry.slateId, [e]);
  }
  let nonPersonalized = 0;
  const withoutConsent: string[] = [];
  for (const [slateId, list] of slates) {
    if (list.every((e) => e.entry.mode === "non_profiling")) nonPersonalized++;
    else if (list.some((e) => e.entry.mode === "personalized" && e.entry.legalBasis.consent !== "valid"))
      withoutConsent.push(slateId);
  }
  const times = entries.map((e) => e.entry.at);
  const templates = countBy(entries, (e) => e.entry.templateId);
  return {
    schema: "candor.audit-report/1",
    entries: entries.length,
    slates: slates.size,
    from: times.length > 0 ? Math.min(...times) : null,
    to: times.length > 0 ? Math.max(...times) : null,
    exposure: {
      provider: exposureTable(entries, (e) => e.entry.provider ?? "(none)"),
      category: exposureTable(entries, (e) => e.entry.category ?? "(none)"),
      surface: exposureTable(entries, (e) => e.entry.surface),
    },
    diversity: diversity(slates, bucketMs),
    nonPersonalizedShare: slates.size === 0 ? 0 : nonPersonalized / slates.size,
    personalizedWithoutConsent: {
      slates: withoutConsent.length,
      slateIds: withoutConsent.sort().slice(0, listLimit),
    },
    explanationKinds: [...templates]
      .map(([templateId, count]) => ({ templateId, entries: count, share: count / entries.length }))
      .sort((a, b) => b.entries - a.entries || (a.templateId < b.templateId ? -1 : 1)),
    withdrawal: withdrawal(entries),
    erasedEntries: entries.filter((e) => e.personal === null).length,
    drift: options.drift ? [...options.drift] : null,
  };
}

/** Position weight of a 1-based rank: 1 / log2(rank + 1), as in DCG. */
export function positionWeight(rank: number): number {
  return 1 / Math.log2(rank + 1);
}

/** Herfindahl–Hirschman index of shares summing to 1. */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((sum, s) => sum + s * s, 0);
}

/** Exposure of each group of `entries` with Gini and HHI. */
export function exposureTable(
  entries: readonly OpenedEntry[],
  groupOf: (entry: OpenedEntry) => string,
): ExposureTable {
  const exposure = new Map<string, { exposure: number; entries: number }>();
  let total = 0;
  for (const e of entries) {
    const key = groupOf(e);
    const w = positionWeight(e.entry.rank);
    const row = exposure.get(key) ?? { exposure: 0, entries: 0 };
    row.exposure += w;
    row.entries++;
    exposure.set(key, row);
    total += w;
  }
  const rows = [...exposure]
    .map(([key, r]) => ({
      key,
      exposure: r.exposure,
      share: total === 0 ? 0 : r.exposure / total,
      entries: r.entries,
    }))
    .sort((a, b) => b.exposure - a.exposure || (a.key < b.key ? -1 : 1));
  return { rows, total, gini: gini(rows.map((r) => r.exposure)), hhi: hhi(rows.map((r) => r.share)) };
}

function diversity(slates: ReadonlyMap<string, OpenedEntry[]>, bucketMs: number): DiversityRow[] {
  const buckets = new Map<number, OpenedEntry[][]>();
  for (const list of slates.values()) {
    const start = Math.floor(Math.min(...list.map((e) => e.entry.at)) / bucketMs) * bucketMs;
    const bucket = buckets.get(start);
    if (bucket) bucket.push(list);
    else buckets.set(start, [list]);
  }
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([start, lists]) => {
      const table = exposureTable(lists.flat(), (e) => e.entry.provider ?? "(none)");
      const mean = (f: (e: OpenedEntry) => string | null) =>
        lists.reduce((sum, list) => sum + new Set(list.map(f)).size, 0) / lists.length;
      return {
        start,
        slates: lists.length,
        meanCategoriesPerSlate: mean((e) => e.entry.category),
        meanProvidersPerSlate: mean((e) => e.entry.provider),
        providerGini: table.gini,
        providerHhi: table.hhi,
      };
    });
}

function withdrawal(entries: readonly OpenedEntry[]): LogReport["withdrawal"] {
  const bySubject = new Map<string, OpenedEntry[]>();
  for (const e of entries) {
    if (!e.personal) continue;
    const key = e.personal.subject.pseudonym;
    const list = bySubject.get(key);
    if (list) list.push(e);
    else bySubject.set(key, [e]);
  }
  const delays: number[] = [];
  let lateEntries = 0;
  for (const list of bySubject.values()) {
    const withdrawals = new Set(
      list.map((e) => e.personal?.withdrawnAt).filter((w): w is number => typeof w === "number"),
    );
    for (const at of withdrawals) {
      const after = list.filter((e) => e.entry.mode === "personalized" && e.entry.at > at);
      lateEntries += after.length;
      delays.push(after.length === 0 ? 0 : Math.max(...after.map((e) => e.entry.at)) - at);
    }
  }
  delays.sort((a, b) => a - b);
  return {
    withdrawals: delays.length,
    late: delays.filter((d) => d > 0).length,
    lateEntries,
    delayMs: delays.length === 0 ? null : { median: median(delays), max: delays.at(-1) as number },
  };
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
