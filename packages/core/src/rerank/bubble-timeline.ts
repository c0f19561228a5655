/**
 * The filter-bubble view of an explanation log, per day: how varied each subject's served categories are, how much
 * of it lies outside the categories they were first shown, and how exposure is spread over providers.
 */

import { gini } from "../eval/exposure-gini.ts";
import { positionWeight } from "../internal/position-weight.ts";
import { bubblePoint, topCategoriesOf } from "./filter-bubble.ts";

/** One served item as the timeline reads it (an audit-console entry, or an opened log entry mapped to this). */
export interface BubbleLogRow {
  /** When the slate was served, epoch ms. */
  readonly at: number;
  /** The slate id; rows of one slate share it. */
  readonly slate: string;
  /** The subject's pseudonym, or `null` when the entry's personal body is erased (then only slate measures use it). */
  readonly subject: string | null;
  /** 1-based position in the slate. */
  readonly rank: number;
  readonly category?: string | null;
  readonly provider?: string | null;
}

/** Options of {@link bubbleTimeline}. */
export interface BubbleTimelineOptions {
  /** Width of a bucket, ms; default one day. */
  readonly bucketMs?: number;
  /** How many of a subject's first-day categories make up their starting ones; default 3. */
  readonly topCategories?: number;
  /** Providers listed by name per day (the largest overall); the rest are summed as `"(other)"`. Default 5. */
  readonly providers?: number;
}

/** One bucket of the timeline. */
export interface BubbleDay {
  /** Bucket start, epoch ms. */
  readonly start: number;
  readonly slates: number;
  /** Subjects with a readable pseudonym served in the bucket. */
  readonly subjects: number;
  /** Mean over slates of the slate's category entropy, bits. */
  readonly slateEntropy: number;
  /** Mean over subjects of the entropy of all categories served to them in the bucket, bits; `null` without subjects. */
  readonly subjectEntropy: number | null;
  /**
   * Mean over subjects seen on an earlier day of the share of what they were served outside their starting
   * categories (the top ones of their first day in the log); `null` when no such subject was served.
   */
  readonly outsideShare: number | null;
  /** Gini of position-weighted exposure over the providers served in the bucket. */
  readonly providerGini: number;
  /** Position-weighted exposure share per provider, largest overall first, then `"(other)"`. */
  readonly providers: readonly { readonly provider: string; readonly share: number }[];
}

const weight = positionWeight;

/** Builds the per-day filter-bubble timeline of served entries (order does not matter; pure). */
export function bubbleTimeline(
  rows: readonly BubbleLogRow[],
  options: BubbleTimelineOptions = {},
): BubbleDay[] {
  const bucketMs = options.bucketMs ?? 86_400_000;
  const topCount = options.topCategories ?? 3;
  const bucketOf = (at: number) => Math.floor(at / bucketMs) * bucketMs;
  const sorted = [...rows].sort((a, b) => a.at - b.at || a.rank - b.rank);
  const buckets = new Map<number, BubbleLogRow[]>();
  const firstBucket = new Map<string, number>();
  const overall = new Map<string, number>();
  for (const row of sorted) {
    const b = bucketOf(row.at);
    const list = buckets.get(b);
    if (list) list.push(row);
    else buckets.set(b, [row]);
    if (row.subject !== null && !firstBucket.has(row.subject)) firstBucket.set(row.subject, b);
    const p = row.provider ?? "(none)";
    overall.set(p, (overall.get(p) ?? 0) + weight(row.rank));
  }
  const named = new Set(
    [...overall]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.providers ?? 5)
      .map(([p]) => p),
  );
  const starting = new Map<string, Set<string>>();
  for (const [subject, b] of firstBucket) {
    const mix = new Map<string, number>();
    for (const row of buckets.get(b) ?? [])
      if (row.subject === subject && row.category) mix.set(row.category, (mix.get(row.category) ?? 0) + 1);
    starting.set(subject, topCategoriesOf(mix, topCount));
  }
  const mean = (values: readonly number[]) =>
    values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([start, list]) => {
      const slates = new Map<string, string[]>();
      const bySubject = new Map<string, string[]>();
      const exposure = new Map<string, number>();
      for (const row of list) {
        const category = row.category ?? "(none)";
        const slate = slates.get(row.slate);
        if (slate) slate.push(category);
        else slates.set(row.slate, [category]);
        if (row.subject !== null) {
          const served = bySubject.get(row.subject);
          if (served) served.push(category);
          else bySubject.set(row.subject, [category]);
        }
        const p = row.provider ?? "(none)";
        exposure.set(p, (exposure.get(p) ?? 0) + weight(row.rank));
      }
      const none = new Set<string>();
      const slateEntropy = mean(
        [...slates.values()].map(
          (c) =>
            bubblePoint(
              c.map((x) => [x]),
              none,
            ).entropy,
        ),
      );
      const subjectEntropy = mean(
        [...bySubject.values()].map(
          (c) =>
            bubblePoint(
              c.map((x) => [x]),
              none,
            ).entropy,
        ),
      );
      const outside: number[] = [];
      for (const [subject, categories] of bySubject) {
        if ((firstBucket.get(subject) ?? start) >= start) continue;
        outside.push(
          bubblePoint(
            categories.map((x) => [x]),
            starting.get(subject) ?? none,
          ).outsideShare,
        );
      }
      let total = 0;
      for (const v of exposure.values()) total += v;
      const shares = new Map<string, number>();
      for (const [p, v] of exposure) {
        const key = named.has(p) ? p : "(other)";
        shares.set(key, (shares.get(key) ?? 0) + (total > 0 ? v / total : 0));
      }
      const order = [...named, "(other)"];
      return {
        start,
        slates: slates.size,
        subjects: bySubject.size,
        slateEntropy: slateEntropy ?? 0,
        subjectEntropy,
        outsideShare: mean(outside),
        providerGini: gini([...exposure.values()]),
        providers: order
          .filter((p) => shares.has(p))
          .map((provider) => ({ provider, share: shares.get(provider) ?? 0 })),
      };
    });
}
