/**
 * Shared statistics built from many shoppers: per-subject distinct items (for item-kNN and EASE), popularity with
 * time decay, and popularity by context. Only what the policy let in is ever added, and a subject can be forgotten
 * (withdrawal of `similar-shoppers`, erasure), which removes everything derived from them at the next fit.
 */
import type { TrainingData } from "./models/types.ts";

/** A coarse context bucket, e.g. `device=mobile`, `daypart=evening`, `region=DE`. */
export interface ContextValue {
  readonly name: "device" | "daypart" | "region";
  readonly value: string;
}

/** Options of {@link createSharedStats}. */
export interface SharedStatsOptions {
  /** Number of catalog items. */
  readonly numItems: number;
  /** Popularity half-life in milliseconds; default 14 days. */
  readonly halfLifeMs?: number;
}

/** The incremental shared statistics; `ingest` is O(1) amortised. */
export interface SharedStats {
  /** Adds one interaction of `subject` with item `index`; only the first per (subject, item) counts. */
  ingest(subject: string, index: number, at: number, context?: readonly ContextValue[]): void;
  /** Removes a subject and what they added; returns whether they were known. */
  forget(subject: string): boolean;
  /** Whether `subject` is part of the shared statistics. */
  has(subject: string): boolean;
  /** Distinct subject–item pairs as training data for the collaborative models. */
  trainingData(): TrainingData;
  /** Popularity in [0, 1] per item: time-decayed distinct-shopper counts over the largest one (cached until a change). */
  popularity(): Float64Array;
  /** Popularity in [0, 1] per item within one context bucket, or `undefined` when the bucket is empty. */
  contextPopularity(context: ContextValue): Float64Array | undefined;
  readonly subjects: number;
  readonly interactions: number;
}

interface Subject {
  /** The subject's distinct items, for the O(1) repeat check (per subject: no global set of pairs, whose 2²⁴-entry
   * limit a MovieLens-20M-sized store would pass, and small integers instead of one string per pair). */
  readonly seen: Set<number>;
  readonly items: number[];
  readonly stamps: number[];
  readonly contexts: (readonly ContextValue[] | undefined)[];
}

/** Creates empty shared statistics for a catalog of `numItems` items. */
export function createSharedStats(options: SharedStatsOptions): SharedStats {
  const n = options.numItems;
  const halfLife = options.halfLifeMs ?? 14 * 86_400_000;
  const subjects = new Map<string, Subject>();
  let interactions = 0;
  let origin = Number.NaN;
  // Decayed counts are kept as Σ 2^((t − origin)/halfLife), so adding is O(1) and reading divides once.
  const decayed = new Float64Array(n);
  const buckets = new Map<string, Float64Array>();
  let cached: Float64Array | undefined;
  const cachedBuckets = new Map<string, Float64Array | undefined>();

  const growth = (at: number) => 2 ** ((at - origin) / halfLife);
  const key = (c: ContextValue) => `${c.name}=${c.value}`;

  const add = (index: number, at: number, context: readonly ContextValue[] | undefined, sign: 1 | -1) => {
    if (Number.isNaN(origin)) origin = at;
    const g = growth(at);
    decayed[index] = Math.max(0, (decayed[index] ?? 0) + sign * g);
    for (const c of context ?? []) {
      let bucket = buckets.get(key(c));
      if (!bucket) {
        bucket = new Float64Array(n);
        buckets.set(key(c), bucket);
      }
      bucket[index] = Math.max(0, (bucket[index] ?? 0) + sign);
    }
    cached = undefined;
    cachedBuckets.clear();
  };

  return {
    ingest(subject, index, at, context) {
      if (!(index >= 0 && index < n)) return;
      let entry = subjects.get(subject);
      if (entry?.seen.has(index)) return;
      if (!entry) {
        entry = { seen: new Set(), items: [], stamps: [], contexts: [] };
        subjects.set(subject, entry);
      }
      entry.seen.add(index);
      entry.items.push(index);
      entry.stamps.push(at);
      entry.contexts.push(context);
      interactions++;
      add(index, at, context, 1);
    },
    forget(subject) {
      const entry = subjects.get(subject);
      if (!entry) return false;
      entry.items.forEach((index, p) => {
        add(index, entry.stamps[p] ?? origin, entry.contexts[p], -1);
      });
      interactions -= entry.items.length;
      subjects.delete(subject);
      return true;
    },
    has: (subject) => subjects.has(subject),
    trainingData() {
      const users = new Int32Array(interactions);
      const items = new Int32Array(interactions);
      const timestamps = new Float64Array(interactions);
      let p = 0;
      let u = 0;
      for (const entry of subjects.values()) {
        entry.items.forEach((index, x) => {
          users[p] = u;
          items[p] = index;
          timestamps[p] = (entry.stamps[x] ?? 0) / 1000;
          p++;
        });
        u++;
      }
      return { numUsers: subjects.size, numItems: n, users, items, timestamps };
    },
    popularity() {
      if (cached) return cached;
      const out = new Float64Array(n);
      let max = 0;
      for (const v of decayed) if (v > max) max = v;
      if (max > 0) for (let i = 0; i < n; i++) out[i] = (decayed[i] ?? 0) / max;
      cached = out;
      return out;
    },
    contextPopularity(context) {
      const k = key(context);
      if (cachedBuckets.has(k)) return cachedBuckets.get(k);
      const bucket = buckets.get(k);
      let max = 0;
      for (const v of bucket ?? []) if (v > max) max = v;
      const out = bucket && max > 0 ? bucket.map((v) => v / max) : undefined;
      cachedBuckets.set(k, out);
      return out;
    },
    get subjects() {
      return subjects.size;
    },
    get interactions() {
      return interactions;
    },
  };
}

/** The daypart of a local hour: night (0–5), morning (6–11), afternoon (12–17), evening (18–23). */
export function daypart(hourOfDay: number): string {
  if (hourOfDay < 6) return "night";
  if (hourOfDay < 12) return "morning";
  if (hourOfDay < 18) return "afternoon";
  return "evening";
}
