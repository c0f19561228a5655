/**
 * The auditor report (`candor audit report`; DSA Arts. 34, 37, 40), built in one streaming pass with memory bounded
 * by the number of groups, subjects and time buckets, not entries: position-weighted exposure by provider, category
 * and surface with Gini and HHI, diversity over time, the share of non-personalized slates, personalized slates
 * served without a valid consent (should be zero; GDPR Art. 6(1)(a), 7), explanation kinds, consent events and the
 * time from a withdrawal to its effect (GDPR Art. 7(3)), and per purpose the data categories the notice declares
 * against those cited (GDPR Art. 5(1)(b)). Subject-level measures and erasure counts need the shop's key ring; without
 * it the report says so instead of guessing.
 */

import { gini } from "../eval/exposure-gini.ts";
import { positionWeight } from "../internal/position-weight.ts";
import type { BodyKeyRing } from "./body-key-ring.ts";
import {
  type CitationReport,
  type ConsentEventsReport,
  createConsentAnalysis,
  type WithdrawalReport,
} from "./report-consent.ts";
import type { Sha256 } from "./sha256.ts";
import type { CommittedEntry, OpenedEntry, OpenedLogEntry, SignedTreeHead } from "./types.ts";

export type { CitationReport, ConsentEventsReport, WithdrawalReport } from "./report-consent.ts";

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

/** Per purpose: what its notice declares and what served entries cited under it (GDPR Art. 5(1)(b), 13(1)(c)). */
export interface PurposeUse {
  readonly purpose: string;
  /** Data categories the logged notices declare for it, or `null` when no logged notice declares the purpose. */
  readonly declared: readonly string[] | null;
  /** Data categories cited by contributions naming the purpose, with how many contributions cited each. */
  readonly used: readonly { readonly dataCategory: string; readonly contributions: number }[];
  /** Cited but not declared: a finding (should be empty). */
  readonly undeclared: readonly string[];
}

/** Declared vs used, over the notices logged (`appendNotice`) and every served entry. */
export interface DeclaredVsUsed {
  readonly notices: readonly { readonly id: string; readonly version: string; readonly hash: string }[];
  readonly purposes: readonly PurposeUse[];
  /** Contributions with personal evidence that record no purposes (entries logged before purposes were recorded). */
  readonly withoutPurposes: number;
}

/** How the log was checked before the report was built (set by the caller). */
export interface ReportVerification {
  readonly status: "verified" | "unverified";
  readonly size: number;
  readonly signedSize: number;
  readonly latestHead: SignedTreeHead | null;
  readonly trustedHeads: number;
}

/** The report. */
export interface LogReport {
  readonly schema: "candor.audit-report/2";
  readonly verification: ReportVerification | null;
  /** Whether the shop's key ring was at hand (bodies opened); without it, subject-level measures are `null`. */
  readonly keys: boolean;
  /** Served entries. */
  readonly entries: number;
  readonly slates: number;
  /** First and last serve time, epoch ms; `null` for no served entries. */
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
  readonly consentEvents: ConsentEventsReport;
  /** Withdrawals, re-consents and late withdrawals; `null` without the key ring. */
  readonly withdrawal: WithdrawalReport | null;
  /** Served entries checked against the consent events they cite; `null` without the key ring. */
  readonly citations: CitationReport | null;
  readonly declaredVsUsed: DeclaredVsUsed;
  /** Entries (served and consent) whose bodies are crypto-shredded; `null` without the key ring, which alone can show it. */
  readonly erasedEntries: number | null;
  /** Drift events given to the report, or `null` when no drift monitoring was reported. */
  readonly drift: readonly ReportedDrift[] | null;
}

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

/** Options of {@link reportLog} and {@link createReportBuilder}. */
export interface ReportOptions {
  /** Drift events from the drift monitors (online and offline checks); the report says whether any fired. */
  readonly drift?: readonly ReportedDrift[];
  /** Width of the diversity buckets, ms; default one day. */
  readonly bucketMs?: number;
  /** At most this many slate ids are listed per finding; default 20. */
  readonly listLimit?: number;
  /** Whether bodies could be opened; default: unless some entry is `sealed`. */
  readonly keys?: boolean;
  /** How the log was verified, to state in the report; default none. */
  readonly verification?: ReportVerification;
  /** Slates still open when this many newer ones were seen are closed (a slate is one append); default 10,000. */
  readonly openSlates?: number;
  /**
   * The shop's key ring, to check served entries' consent citations by their tags (`legalBasis.citation`) without
   * opening their bodies; default none (citations are then read from opened bodies).
   */
  readonly keyRing?: BodyKeyRing | null;
  /** Synchronous SHA-256 for citation tags; default the portable one (Node may pass `nodeSha256`). */
  readonly hash?: Sha256;
}

/** A streaming report: add entries in index order, then finish. */
export interface ReportBuilder {
  /** Whether the report needs the body of `entry` (of the subject with key `keyRef`); readers may skip the others. */
  needsBody(entry: CommittedEntry, keyRef: string): boolean;
  add(entry: OpenedLogEntry): void;
  finish(): LogReport;
}

/** Herfindahl–Hirschman index of shares summing to 1. */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((sum, s) => sum + s * s, 0);
}

/** A table from accumulated exposure per group. */
function tableOf(groups: ReadonlyMap<string, { exposure: number; entries: number }>): ExposureTable {
  let total = 0;
  for (const g of groups.values()) total += g.exposure;
  const rows = [...groups]
    .map(([key, r]) => ({
      key,
      exposure: r.exposure,
      share: total === 0 ? 0 : r.exposure / total,
      entries: r.entries,
    }))
    .sort((a, b) => b.exposure - a.exposure || (a.key < b.key ? -1 : 1));
  return { rows, total, gini: gini(rows.map((r) => r.exposure)), hhi: hhi(rows.map((r) => r.share)) };
}

function addExposure(
  groups: Map<string, { exposure: number; entries: number }>,
  key: string,
  rank: number,
): void {
  const row = groups.get(key);
  if (row) {
    row.exposure += positionWeight(rank);
    row.entries++;
  } else groups.set(key, { exposure: positionWeight(rank), entries: 1 });
}

/** Exposure of each group of served `entries` with Gini and HHI. */
export function exposureTable(
  entries: readonly OpenedEntry[],
  groupOf: (entry: OpenedEntry) => string,
): ExposureTable {
  const groups = new Map<string, { exposure: number; entries: number }>();
  for (const e of entries) addExposure(groups, groupOf(e), e.entry.rank);
  return tableOf(groups);
}

interface OpenSlate {
  minAt: number;
  allNonProfiling: boolean;
  withoutConsent: boolean;
  readonly categories: Set<string | null>;
  readonly providers: Set<string | null>;
  readonly placements: [string, number][];
}

interface Bucket {
  slates: number;
  categories: number;
  providers: number;
  readonly exposure: Map<string, { exposure: number; entries: number }>;
}

/** Whether an opened entry is a served one (entries written before kinds existed have none). */
export function isServedEntry(entry: OpenedLogEntry): entry is OpenedEntry {
  return entry.entry.kind === undefined || entry.entry.kind === "served";
}

/** Creates a streaming report builder. */
export function createReportBuilder(options: ReportOptions = {}): ReportBuilder {
  const bucketMs = options.bucketMs ?? 86_400_000;
  const listLimit = options.listLimit ?? 20;
  const window = options.openSlates ?? 10_000;
  const provider = new Map<string, { exposure: number; entries: number }>();
  const category = new Map<string, { exposure: number; entries: number }>();
  const surface = new Map<string, { exposure: number; entries: number }>();
  const templates = new Map<string, number>();
  const open = new Map<string, OpenSlate>();
  const buckets = new Map<number, Bucket>();
  const ring = options.keyRing ?? null;
  const consent = createConsentAnalysis({
    ...(ring ? { secretOf: (ref: string) => ring.byRef(ref)?.secret ?? null } : {}),
    ...(options.hash ? { hash: options.hash } : {}),
  });
  const declared = new Map<string, Set<string>>();
  const notices = new Map<string, { id: string; version: string; hash: string }>();
  const used = new Map<string, Map<string, number>>();
  let withoutPurposes = 0;
  let served = 0;
  let slates = 0;
  let nonPersonalized = 0;
  let withoutConsentCount = 0;
  const withoutConsentIds: string[] = [];
  let from: number | null = null;
  let to: number | null = null;
  let erased = 0;
  let sealed = false;

  const closeSlate = (id: string, slate: OpenSlate): void => {
    open.delete(id);
    slates++;
    if (slate.allNonProfiling) nonPersonalized++;
    else if (slate.withoutConsent) {
      withoutConsentCount++;
      if (withoutConsentIds.length < listLimit || id < (withoutConsentIds.at(-1) as string)) {
        const at = withoutConsentIds.findIndex((x) => x > id);
        withoutConsentIds.splice(at < 0 ? withoutConsentIds.length : at, 0, id);
        if (withoutConsentIds.length > listLimit) withoutConsentIds.pop();
      }
    }
    const start = Math.floor(slate.minAt / bucketMs) * bucketMs;
    let bucket = buckets.get(start);
    if (!bucket) {
      bucket = { slates: 0, categories: 0, providers: 0, exposure: new Map() };
      buckets.set(start, bucket);
    }
    bucket.slates++;
    bucket.categories += slate.categories.size;
    bucket.providers += slate.providers.size;
    for (const [p, rank] of slate.placements) addExposure(bucket.exposure, p, rank);
  };

  const addServed = (e: OpenedEntry): void => {
    const entry = e.entry;
    served++;
    from = from === null ? entry.at : Math.min(from, entry.at);
    to = to === null ? entry.at : Math.max(to, entry.at);
    addExposure(provider, entry.provider ?? "(none)", entry.rank);
    addExposure(category, entry.category ?? "(none)", entry.rank);
    addExposure(surface, entry.surface, entry.rank);
    templates.set(entry.templateId, (templates.get(entry.templateId) ?? 0) + 1);
    let slate = open.get(entry.slateId);
    if (slate) {
      open.delete(entry.slateId);
      open.set(entry.slateId, slate);
    } else {
      slate = {
        minAt: entry.at,
        allNonProfiling: true,
        withoutConsent: false,
        categories: new Set(),
        providers: new Set(),
        placements: [],
      };
      open.set(entry.slateId, slate);
      if (open.size > window) {
        const [oldest, oldSlate] = open.entries().next().value as [string, OpenSlate];
        closeSlate(oldest, oldSlate);
      }
    }
    slate.minAt = Math.min(slate.minAt, entry.at);
    if (entry.mode !== "non_profiling") slate.allNonProfiling = false;
    if (entry.mode === "personalized" && entry.legalBasis.consent !== "valid") slate.withoutConsent = true;
    slate.categories.add(entry.category);
    slate.providers.add(entry.provider);
    slate.placements.push([entry.provider ?? "(none)", entry.rank]);
    for (const c of entry.contributions) {
      const evidence = c.evidence as { kind: string; dataCategory?: string };
      if (evidence.kind === "global" || typeof evidence.dataCategory !== "string") continue;
      if (!Array.isArray(c.purposes)) {
        withoutPurposes++;
        continue;
      }
      for (const purpose of c.purposes) {
        let byCategory = used.get(purpose);
        if (!byCategory) {
          byCategory = new Map();
          used.set(purpose, byCategory);
        }
        byCategory.set(evidence.dataCategory, (byCategory.get(evidence.dataCategory) ?? 0) + 1);
      }
    }
    consent.served(e);
  };

  return {
    needsBody: (entry, keyRef) => consent.needsBody(entry as { kind?: string; mode?: string }, keyRef),
    add(e) {
      const state = e.bodyState ?? (e.entry.kind === "notice" ? "none" : e.personal ? "opened" : "erased");
      if (state === "sealed") sealed = true;
      if (state === "erased") erased++;
      if (e.entry.kind === "notice") {
        const { notice } = e.entry;
        if (!notices.has(notice.hash))
          notices.set(notice.hash, { id: notice.id, version: notice.version, hash: notice.hash });
        for (const p of e.entry.purposes) {
          const set = declared.get(p.id) ?? new Set<string>();
          for (const c of p.dataCategories) set.add(c);
          declared.set(p.id, set);
        }
      } else if (e.entry.kind === "consent") consent.consent(e as Parameters<typeof consent.consent>[0]);
      else addServed(e as OpenedEntry);
    },
    finish() {
      for (const [id, slate] of [...open]) closeSlate(id, slate);
      const keys = options.keys ?? !sealed;
      const purposes = [...new Set([...declared.keys(), ...used.keys()])]
        .sort()
        .map((purpose): PurposeUse => {
          const declaredSet = declared.get(purpose);
          const usedMap = used.get(purpose) ?? new Map<string, number>();
          return {
            purpose,
            declared: declaredSet ? [...declaredSet].sort() : null,
            used: [...usedMap]
              .map(([dataCategory, contributions]) => ({ dataCategory, contributions }))
              .sort((a, b) => (a.dataCategory < b.dataCategory ? -1 : 1)),
            undeclared: [...usedMap.keys()].filter((c) => !declaredSet?.has(c)).sort(),
          };
        });
      const measures = consent.finish(keys);
      return {
        schema: "candor.audit-report/2",
        verification: options.verification ?? null,
        keys,
        entries: served,
        slates,
        from,
        to,
        exposure: { provider: tableOf(provider), category: tableOf(category), surface: tableOf(surface) },
        diversity: [...buckets]
          .sort(([a], [b]) => a - b)
          .map(([start, b]) => {
            const table = tableOf(b.exposure);
            return {
              start,
              slates: b.slates,
              meanCategoriesPerSlate: b.categories / b.slates,
              meanProvidersPerSlate: b.providers / b.slates,
              providerGini: table.gini,
              providerHhi: table.hhi,
            };
          }),
        nonPersonalizedShare: slates === 0 ? 0 : nonPersonalized / slates,
        personalizedWithoutConsent: { slates: withoutConsentCount, slateIds: [...withoutConsentIds] },
        explanationKinds: [...templates]
          .map(([templateId, count]) => ({ templateId, entries: count, share: count / served }))
          .sort((a, b) => b.entries - a.entries || (a.templateId < b.templateId ? -1 : 1)),
        consentEvents: measures.events,
        withdrawal: measures.withdrawal,
        citations: measures.citations,
        declaredVsUsed: { notices: [...notices.values()], purposes, withoutPurposes },
        erasedEntries: keys ? erased : null,
        drift: options.drift ? [...options.drift] : null,
      };
    },
  };
}

/** Builds the report from opened entries, in index order (any kind; notices and consent entries feed their sections). */
export function reportLog(entries: readonly OpenedLogEntry[], options: ReportOptions = {}): LogReport {
  const builder = createReportBuilder(options);
  for (const e of [...entries].sort((a, b) => a.index - b.index)) builder.add(e);
  return builder.finish();
}
