/**
 * The consent part of the auditor report, streamed in index order with memory per subject (GDPR Art. 7(1), 7(3)):
 * consent events by type; with the shop's key ring, per subject, withdrawals (an event that turns a granted
 * purpose off), re-consents (an event that turns a withdrawn purpose on again) and late withdrawals (a
 * personalized item served after a withdrawal and before any re-consent that rests on a withdrawn purpose), and
 * whether each served entry's cited consent event is the subject's consent in force. Without keys nothing is said
 * about subjects: the log links no entry to another without them.
 */
import { consentCitation } from "./body-key-ring.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import type { OpenedConsentEntry, OpenedEntry } from "./types.ts";

/** The time from withdrawals to their effect, and how re-consents were told apart from late withdrawals. */
export interface WithdrawalReport {
  /** `consent-entries`: from the consent events in the log; `bodies`: from `withdrawnAt` in served bodies (older logs). */
  readonly source: "consent-entries" | "bodies" | "both";
  /** Withdrawal events. */
  readonly withdrawals: number;
  /** Withdrawn purposes granted again later by the subject: not late withdrawals. */
  readonly reConsents: number;
  /** Withdrawals followed by a personalized serve resting on a withdrawn purpose (before any re-consent). */
  readonly late: number;
  readonly lateEntries: number;
  /** Per withdrawal, the last late serve minus the withdrawal (0 when none followed). */
  readonly delayMs: { readonly median: number; readonly max: number } | null;
}

/** How served entries cite their consent events (needs the key ring: citations are sealed). */
export interface CitationReport {
  /** Personalized entries whose body was read. */
  readonly checked: number;
  /** Cite the subject's consent event in force, which grants every purpose they rest on. */
  readonly matched: number;
  /** Cite an older event of the subject than the one in force. */
  readonly stale: number;
  /** Cite an event that is not in the log. */
  readonly unknown: number;
  /** Cite no event. */
  readonly missing: number;
  /** Cite an event by id only, without its hash (a consent record without hashed events). */
  readonly unhashed: number;
  /** Cite an event that does not grant a purpose they rest on. */
  readonly notGranted: number;
  /** Personalized entries whose body could not be read (erased, unreadable). */
  readonly unverifiable: number;
}

/** Consent events in the log. */
export interface ConsentEventsReport {
  readonly entries: number;
  readonly byType: Readonly<Record<string, number>>;
  /** Subjects with consent entries, `null` without the key ring. */
  readonly subjects: number | null;
}

/** A streaming accumulator of the consent measures. */
export interface ConsentAnalysis {
  /** Whether the analysis needs the body of an entry of the subject with key `keyRef`. */
  needsBody(entry: { readonly kind?: string; readonly mode?: string }, keyRef: string): boolean;
  consent(entry: OpenedConsentEntry): void;
  served(entry: OpenedEntry): void;
  finish(keys: boolean): {
    readonly events: ConsentEventsReport;
    readonly withdrawal: WithdrawalReport | null;
    readonly citations: CitationReport | null;
  };
}

/** The purposes a served entry rests on: its contributions' purposes where recorded, else its legal basis. */
export function purposesOf(entry: OpenedEntry["entry"]): readonly string[] {
  const recorded = new Set<string>();
  let any = false;
  for (const c of entry.contributions ?? [])
    if (Array.isArray(c.purposes)) {
      any = true;
      for (const p of c.purposes) recorded.add(p);
    }
  return any ? [...recorded] : (entry.legalBasis?.purposes ?? []);
}

interface OpenWithdrawal {
  readonly at: number;
  readonly purposes: Set<string>;
  lateEntries: number;
  lastLateAt: number;
}

interface Subject {
  granted: Readonly<Record<string, boolean>> | null;
  latest: string | null;
  readonly seen: Set<string>;
  readonly granting: Map<string, Readonly<Record<string, boolean>>>;
  /** The subject's consent events, newest last: id and hash. */
  readonly events: { readonly id: string; readonly hash: string }[];
  open: OpenWithdrawal[];
  /** Older logs: withdrawals seen in bodies' `withdrawnAt`, and the subject's personalized serves (time, and the withdrawal their valid state knew of, or -1). */
  readonly legacyWithdrawals: Set<number>;
  readonly legacyAt: number[];
  readonly legacyKnown: number[];
}

/** Options of {@link createConsentAnalysis}. */
export interface ConsentAnalysisOptions {
  /** The secret of the subject key `keyRef` (from the key ring), to check citation tags without opening bodies. */
  readonly secretOf?: (keyRef: string) => Uint8Array | null;
  /** Synchronous SHA-256 for the tags; default the portable one. */
  readonly hash?: Sha256;
}

/** Creates the accumulator. */
export function createConsentAnalysis(options: ConsentAnalysisOptions = {}): ConsentAnalysis {
  const hash = options.hash ?? sha256;
  const byType = new Map<string, number>();
  let entries = 0;
  const subjects = new Map<string, Subject>();
  const delays: number[] = [];
  let withdrawals = 0;
  let reConsents = 0;
  let late = 0;
  let lateEntries = 0;
  let legacyUsed = false;
  let eventsUsed = false;
  const citations = {
    checked: 0,
    matched: 0,
    stale: 0,
    unknown: 0,
    missing: 0,
    unhashed: 0,
    notGranted: 0,
    unverifiable: 0,
  };

  const subjectOf = (key: string): Subject => {
    let s = subjects.get(key);
    if (!s) {
      s = {
        granted: null,
        latest: null,
        seen: new Set(),
        granting: new Map(),
        events: [],
        open: [],
        legacyWithdrawals: new Set(),
        legacyAt: [],
        legacyKnown: [],
      };
      subjects.set(key, s);
    }
    return s;
  };
  const keyOf = (e: { keyRef?: string | null; personal: { subject: { pseudonym: string } } | null }) =>
    e.keyRef ?? e.personal?.subject.pseudonym ?? null;
  const close = (w: OpenWithdrawal): void => {
    if (w.lateEntries > 0) {
      late++;
      lateEntries += w.lateEntries;
    }
    delays.push(w.lateEntries > 0 ? w.lastLateAt - w.at : 0);
  };

  return {
    needsBody(entry, keyRef) {
      if (entry.kind === "consent") return true;
      if (entry.kind === "notice") return false;
      const citation = (entry as { legalBasis?: { citation?: unknown } }).legalBasis?.citation;
      if (entry.mode === "personalized") return citation === undefined || !options.secretOf?.(keyRef);
      return subjects.get(keyRef)?.granted == null;
    },
    consent(e) {
      entries++;
      byType.set(e.entry.type, (byType.get(e.entry.type) ?? 0) + 1);
      const key = keyOf(e);
      if (!e.personal || key === null) return;
      eventsUsed = true;
      const s = subjectOf(key);
      const before = s.granted ?? {};
      const after = e.entry.granted ?? {};
      const off = new Set(Object.keys(before).filter((p) => before[p] === true && after[p] !== true));
      const on = Object.keys(after).filter((p) => after[p] === true && before[p] !== true);
      for (const p of on)
        for (const w of s.open)
          if (w.purposes.delete(p)) {
            reConsents++;
            if (w.purposes.size === 0) close(w);
          }
      s.open = s.open.filter((w) => w.purposes.size > 0);
      if (off.size > 0) {
        withdrawals++;
        s.open.push({ at: e.entry.at, purposes: off, lateEntries: 0, lastLateAt: e.entry.at });
      }
      s.granted = after;
      s.latest = e.personal.eventHash;
      s.seen.add(e.personal.eventHash);
      s.granting.set(e.personal.eventHash, after);
      s.events.push({ id: e.personal.eventId, hash: e.personal.eventHash });
    },
    served(e) {
      const key = keyOf(e);
      if (e.entry.mode !== "personalized") {
        const known = e.personal?.withdrawnAt;
        if (key !== null && typeof known === "number" && subjectOf(key).granted === null)
          subjectOf(key).legacyWithdrawals.add(known);
        return;
      }
      const tag = e.entry.legalBasis.citation;
      const secret = e.keyRef && tag !== undefined ? (options.secretOf?.(e.keyRef) ?? null) : null;
      if ((!e.personal && !secret) || key === null) {
        citations.unverifiable++;
        return;
      }
      const s = subjectOf(key);
      const uses = purposesOf(e.entry);
      citations.checked++;
      let cited: string | null;
      let idOnly = false;
      if (e.personal) {
        cited = e.personal.consentEventHash ?? null;
        idOnly = cited === null && typeof e.personal.consentEventId === "string";
      } else {
        // The tag is checked against the subject's events, newest first; an id-only tag is an unhashed citation.
        const id = e.entry.id;
        const tagOf = (event: { id: string }, eventHash: string | null) =>
          consentCitation(hash, secret as Uint8Array, id, event.id, eventHash);
        let found: { id: string; hash: string } | undefined;
        for (let i = s.events.length - 1; tag !== null && i >= 0 && !found && !idOnly; i--) {
          const ev = s.events[i] as { id: string; hash: string };
          if (tagOf(ev, ev.hash) === tag) found = ev;
          else if (tagOf(ev, null) === tag) idOnly = true;
        }
        cited = found ? found.hash : tag === null || idOnly ? null : "(not in the log)";
      }
      if (cited === null) {
        if (idOnly) citations.unhashed++;
        else citations.missing++;
      } else if (!s.seen.has(cited)) citations.unknown++;
      else {
        const grants = s.granting.get(cited) ?? {};
        if (uses.some((p) => grants[p] !== true)) citations.notGranted++;
        else if (cited !== s.latest) citations.stale++;
        else citations.matched++;
      }
      if (s.granted !== null) {
        for (const w of s.open)
          if (uses.some((p) => w.purposes.has(p)) && e.entry.at >= w.at) {
            w.lateEntries++;
            w.lastLateAt = Math.max(w.lastLateAt, e.entry.at);
          }
        return;
      }
      // No consent entries for this subject (an older log): withdrawals are known from bodies' `withdrawnAt`, and a
      // personalized entry whose valid state in force already knew a withdrawal rests on a later choice (a re-consent).
      const known = e.personal?.withdrawnAt;
      if (typeof known === "number") s.legacyWithdrawals.add(known);
      s.legacyAt.push(e.entry.at);
      s.legacyKnown.push(typeof known === "number" && e.entry.legalBasis.consent === "valid" ? known : -1);
      legacyUsed = true;
    },
    finish(keys) {
      const events: ConsentEventsReport = {
        entries,
        byType: Object.fromEntries([...byType].sort(([a], [b]) => (a < b ? -1 : 1))),
        subjects: keys ? [...subjects.values()].filter((s) => s.granted !== null).length : null,
      };
      if (!keys) return { events, withdrawal: null, citations: null };
      for (const s of subjects.values()) {
        for (const w of s.open) close(w);
        s.open = [];
        for (const at of s.legacyWithdrawals) {
          withdrawals++;
          let count = 0;
          let last = at;
          for (let i = 0; i < s.legacyAt.length; i++) {
            const served = s.legacyAt[i] as number;
            if (served <= at) continue;
            if ((s.legacyKnown[i] as number) >= at) continue;
            count++;
            last = Math.max(last, served);
          }
          if (s.legacyKnown.some((k, i) => k >= at && (s.legacyAt[i] as number) > at)) reConsents++;
          if (count > 0) {
            late++;
            lateEntries += count;
          }
          delays.push(count > 0 ? last - at : 0);
        }
      }
      delays.sort((a, b) => a - b);
      const withdrawal: WithdrawalReport = {
        source: eventsUsed && legacyUsed ? "both" : legacyUsed ? "bodies" : "consent-entries",
        withdrawals,
        reConsents,
        late,
        lateEntries,
        delayMs: delays.length === 0 ? null : { median: median(delays), max: delays.at(-1) as number },
      };
      return { events, withdrawal, citations: { ...citations } };
    },
  };
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
