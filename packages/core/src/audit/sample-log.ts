/**
 * Reproducible audit samples (`candor audit sample --n N --seed S --stratify surface,mode`; DSA Art. 40 and
 * Delegated Regulation (EU) 2024/436 ask for reproducible data access): stratified random sampling with proportional
 * allocation by largest remainder, Fisher–Yates within strata driven by a seeded mulberry32, and the rationale.
 */
import { mulberry32 } from "../eval/mulberry32.ts";
import { AuditConfigError } from "./errors.ts";
import type { OpenedEntry } from "./types.ts";

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

/** Draws a reproducible stratified sample; throws {@link AuditConfigError} for a bad `n`, `seed` or field. */
export function sampleLog(entries: readonly OpenedEntry[], options: SampleOptions): LogSample {
  const { n, seed } = options;
  const stratify = options.stratify ?? [];
  const unit = options.unit ?? "entry";
  if (!Number.isSafeInteger(n) || n < 0) throw new AuditConfigError("n", "must be a non-negative integer");
  if (!Number.isInteger(seed)) throw new AuditConfigError("seed", "must be an integer");
  for (const [i, field] of stratify.entries())
    if (!FIELDS.includes(field))
      throw new AuditConfigError(`stratify.${i}`, `must be one of ${FIELDS.join(", ")}`);
  if (unit !== "entry" && unit !== "slate") throw new AuditConfigError("unit", 'must be "entry" or "slate"');

  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const units: OpenedEntry[][] = [];
  if (unit === "entry") for (const e of sorted) units.push([e]);
  else {
    const bySlate = new Map<string, OpenedEntry[]>();
    for (const e of sorted) {
      const list = bySlate.get(e.entry.slateId);
      if (list) list.push(e);
      else {
        const fresh = [e];
        bySlate.set(e.entry.slateId, fresh);
        units.push(fresh);
      }
    }
  }
  const strata = new Map<string, { values: Partial<Record<StratumField, string>>; units: OpenedEntry[][] }>();
  for (const u of units) {
    const first = u[0] as OpenedEntry;
    const values = Object.fromEntries(stratify.map((f) => [f, stratumValue(first, f)])) as Partial<
      Record<StratumField, string>
    >;
    const key = JSON.stringify(stratify.map((f) => values[f]));
    const stratum = strata.get(key) ?? { values, units: [] };
    stratum.units.push(u);
    strata.set(key, stratum);
  }
  const ordered = [...strata].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
  const take = Math.min(n, units.length);
  const exact = ordered.map((s) => (units.length === 0 ? 0 : (take * s.units.length) / units.length));
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
  const picked: OpenedEntry[] = [];
  const report = ordered.map((stratum, s) => {
    const pool = [...stratum.units];
    const k = quota[s] as number;
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as OpenedEntry[], pool[i] as OpenedEntry[]];
      picked.push(...(pool[i] as OpenedEntry[]));
    }
    return { values: stratum.values, population: stratum.units.length, sampled: k };
  });
  picked.sort((a, b) => a.index - b.index);
  const unitWord = unit === "entry" ? "entries" : "slates";
  const text =
    stratify.length === 0
      ? `Simple random sample of ${take} of ${units.length} ${unitWord} (seed ${seed}, mulberry32, Fisher–Yates), every ${unit} equally likely.`
      : `Stratified random sample of ${take} of ${units.length} ${unitWord} by ${stratify.join(" × ")} (${ordered.length} strata), ` +
        `allocated in proportion to stratum size by largest remainder, drawn within each stratum by Fisher–Yates with ` +
        `mulberry32 seeded ${seed}; strata in sorted order, ${unitWord} in index order, so the same log and options give the same sample.`;
  return {
    entries: picked,
    rationale: {
      method: stratify.length === 0 ? "simple-random" : "stratified-proportional-largest-remainder",
      seed,
      n,
      unit,
      stratify: [...stratify],
      population: units.length,
      sampled: take,
      strata: report,
      text,
    },
  };
}
