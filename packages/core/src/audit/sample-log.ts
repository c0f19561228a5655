/**
 * Reproducible audit samples (`candor audit sample --n N --seed S --stratify surface,mode`; DSA Art. 40 and
 * Delegated Regulation (EU) 2024/436 ask for reproducible data access): stratified random sampling with proportional
 * allocation by largest remainder, Fisher–Yates within strata driven by a seeded mulberry32, and the rationale.
 */
import { ConfigError } from "../internal/candor-error.ts";
import { mulberry32 } from "../internal/mulberry32.ts";
import { isServedEntry } from "./report-log.ts";
import type { OpenedEntry, OpenedLogEntry } from "./types.ts";

/** Entry fields a sample can be stratified by. */
export type StratumField =
  | "surface"
  | "mode"
  | "provider"
  | "category"
  | "jurisdiction"
  | "templateId"
  | "consent";

/** Options of {@link sampleLog}. */
export interface SampleOptions {
  /** Units to draw; all of them when the population is smaller. */
  readonly n: number;
  /** 32-bit seed: same entries, same options, same sample. */
  readonly seed: number;
  /** Fields whose value combinations form the strata; default none (simple random sample). */
  readonly stratify?: readonly StratumField[];
  /** Draw single entries or whole slates (strata by the slate's first entry); default `"entry"`. */
  readonly unit?: "entry" | "slate";
}

/** Why the sample is what it is, to be filed with it. */
export interface SampleRationale {
  readonly method: string;
  readonly seed: number;
  readonly n: number;
  readonly unit: "entry" | "slate";
  readonly stratify: readonly StratumField[];
  readonly population: number;
  readonly sampled: number;
  readonly strata: readonly {
    readonly values: Readonly<Partial<Record<StratumField, string>>>;
    readonly population: number;
    readonly sampled: number;
  }[];
  /** The rationale in one paragraph of plain English. */
  readonly text: string;
}

/** A sample: its entries in index order and its rationale. */
export interface LogSample {
  readonly entries: readonly OpenedEntry[];
  readonly rationale: SampleRationale;
}

const FIELDS: readonly StratumField[] = [
  "surface",
  "mode",
  "provider",
  "category",
  "jurisdiction",
  "templateId",
  "consent",
];

function stratumValue(entry: OpenedEntry, field: StratumField): string {
  const e = entry.entry;
  const value = field === "consent" ? e.legalBasis.consent : e[field];
  return value === null ? "(none)" : String(value);
}

/** Checks sample options; throws {@link ConfigError} for a bad `n`, `seed`, field or unit. */
function checkOptions(options: SampleOptions): Required<SampleOptions> {
  const { n, seed } = options;
  const stratify = options.stratify ?? [];
  const unit = options.unit ?? "entry";
  if (!Number.isSafeInteger(n) || n < 0) throw new ConfigError("n", "must be a non-negative integer");
  if (!Number.isInteger(seed)) throw new ConfigError("seed", "must be an integer");
  for (const [i, field] of stratify.entries())
    if (!FIELDS.includes(field))
      throw new ConfigError(`stratify.${i}`, `must be one of ${FIELDS.join(", ")}`);
  if (unit !== "entry" && unit !== "slate") throw new ConfigError("unit", 'must be "entry" or "slate"');
  return { n, seed, stratify, unit };
}

/** Slates still open when this many newer ones were seen are closed (a slate is one append). */
const OPEN_SLATES = 10_000;

/**
 * Numbers the units of a stream of served entries in order of first appearance: each entry, or each slate (an
 * entry whose slate is still open joins it). The same stream numbers the same way on every pass.
 */
function unitCounter(unit: "entry" | "slate") {
  const open = new Map<string, number>();
  let units = 0;
  return (entry: OpenedEntry): { unit: number; first: boolean } => {
    if (unit === "entry") return { unit: units++, first: true };
    const known = open.get(entry.entry.slateId);
    if (known !== undefined) return { unit: known, first: false };
    open.set(entry.entry.slateId, units);
    if (open.size > OPEN_SLATES) open.delete(open.keys().next().value as string);
    return { unit: units++, first: true };
  };
}

/** A two-pass stratified sampler with memory bounded by the strata and the sample: count every entry, then take. */
export interface StreamSampler {
  /** Pass 1: counts a served entry (in index order). */
  count(entry: OpenedEntry): void;
  /** Ends pass 1: the allocation and the rationale. */
  plan(): SampleRationale;
  /** Pass 2 (after `plan`): whether the entry is in the sample, for the same entries in the same order. */
  take(entry: OpenedEntry): boolean;
}

/** Creates a two-pass sampler; throws {@link ConfigError} for bad options. */
export function createStreamSampler(options: SampleOptions): StreamSampler {
  const { n, seed, stratify, unit } = checkOptions(options);
  const strata = new Map<string, { values: Partial<Record<StratumField, string>>; units: number }>();
  const keyOf = (entry: OpenedEntry) => {
    const values = Object.fromEntries(stratify.map((f) => [f, stratumValue(entry, f)])) as Partial<
      Record<StratumField, string>
    >;
    return { key: JSON.stringify(stratify.map((f) => values[f])), values };
  };
  const counting = unitCounter(unit);
  let population = 0;
  let chosen: Map<string, Set<number>> | null = null;
  const taking = unitCounter(unit);
  const seen = new Map<string, number>();
  const taken = new Set<number>();

  return {
    count(entry) {
      if (!counting(entry).first) return;
      population++;
      const { key, values } = keyOf(entry);
      const stratum = strata.get(key);
      if (stratum) stratum.units++;
      else strata.set(key, { values, units: 1 });
    },
    plan() {
      const ordered = [...strata].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const take = Math.min(n, population);
      const exact = ordered.map(([, s]) => (population === 0 ? 0 : (take * s.units) / population));
      const quota = exact.map(Math.floor);
      let left = take - quota.reduce((a, b) => a + b, 0);
      const byRemainder = exact
        .map((x, i) => ({ i, r: x - Math.floor(x) }))
        .sort((a, b) => b.r - a.r || a.i - b.i);
      for (const { i } of byRemainder) {
        if (left === 0) break;
        quota[i] = (quota[i] as number) + 1;
        left--;
      }
      const random = mulberry32(seed);
      chosen = new Map();
      const report = ordered.map(([key, stratum], s) => {
        const k = quota[s] as number;
        const swapped = new Map<number, number>();
        const picks = new Set<number>();
        const at = (p: number) => swapped.get(p) ?? p;
        // Fisher–Yates over positions 0..units-1, kept sparse: the same draws as shuffling the whole stratum.
        for (let i = 0; i < k; i++) {
          const j = i + Math.floor(random() * (stratum.units - i));
          const vi = at(i);
          const vj = at(j);
          swapped.set(i, vj);
          swapped.set(j, vi);
          picks.add(vj);
        }
        (chosen as Map<string, Set<number>>).set(key, picks);
        return { values: stratum.values, population: stratum.units, sampled: k };
      });
      const unitWord = unit === "entry" ? "entries" : "slates";
      const text =
        stratify.length === 0
          ? `Simple random sample of ${take} of ${population} ${unitWord} (seed ${seed}, mulberry32, Fisher–Yates), every ${unit} equally likely.`
          : `Stratified random sample of ${take} of ${population} ${unitWord} by ${stratify.join(" × ")} (${ordered.length} strata), ` +
            `allocated in proportion to stratum size by largest remainder, drawn within each stratum by Fisher–Yates with ` +
            `mulberry32 seeded ${seed}; strata in sorted order, ${unitWord} in index order, so the same log and options give the same sample.`;
      return {
        method: stratify.length === 0 ? "simple-random" : "stratified-proportional-largest-remainder",
        seed,
        n,
        unit,
        stratify: [...stratify],
        population,
        sampled: take,
        strata: report,
        text,
      };
    },
    take(entry) {
      if (!chosen) throw new ConfigError("plan", "call plan() after counting and before take()");
      const { unit: u, first } = taking(entry);
      if (!first) return taken.has(u);
      const { key } = keyOf(entry);
      const rank = seen.get(key) ?? 0;
      seen.set(key, rank + 1);
      const picked = chosen.get(key)?.has(rank) ?? false;
      if (picked && unit === "slate") taken.add(u);
      return picked;
    },
  };
}

/** Draws a reproducible stratified sample of the served entries; throws {@link ConfigError} for a bad `n`, `seed` or field. */
export function sampleLog(entries: readonly OpenedLogEntry[], options: SampleOptions): LogSample {
  const sampler = createStreamSampler(options);
  const sorted = entries.filter(isServedEntry).sort((a, b) => a.index - b.index);
  for (const e of sorted) sampler.count(e);
  const rationale = sampler.plan();
  return { entries: sorted.filter((e) => sampler.take(e)), rationale };
}
