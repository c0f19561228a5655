/** Hyper-parameter and blend-weight tuning: a small grid or coordinate search over a discrete space. */
import { ConfigError } from "../internal/candor-error.ts";
import { groupByUser } from "./group-by-user.ts";
import type { Interactions } from "./interactions.ts";
import { ndcgAtK } from "./ranking-metrics.ts";
import { recommendAll, type UserScorer } from "./recommend-all.ts";

/** Candidate values per parameter name, e.g. `{ lambda: [100, 250, 500, 1000] }`. */
export type SearchSpace = Readonly<Record<string, readonly number[]>>;

/** One point of a {@link SearchSpace}. */
export type ParamsOf<S extends SearchSpace> = { [K in keyof S]: number };

/** Options of {@link tune}. */
export interface TuneOptions<S extends SearchSpace> {
  /**
   * `"grid"` tries every combination; `"coordinate"` starts from `start` and, one parameter at a time, moves to its
   * best value with the others fixed, until a round changes nothing or `maxRounds` is reached. Default `"grid"`.
   */
  readonly strategy?: "grid" | "coordinate";
  /** Coordinate search's starting point; default the first value of each parameter. */
  readonly start?: Partial<ParamsOf<S>>;
  /** Coordinate search's round limit; default 3. */
  readonly maxRounds?: number;
}

/** One evaluated point. */
export interface TuneTrial<P> {
  readonly params: P;
  readonly score: number;
}

/** Result of {@link tune}: the best point (first found among equals) and every point tried, in order. */
export interface TuneResult<P> {
  readonly best: P;
  readonly score: number;
  readonly trials: readonly TuneTrial<P>[];
}

/**
 * Maximises `objective` (e.g. validation NDCG@10 from {@link holdoutNdcg}) over the space. Each point is evaluated at
 * most once; NaN scores never win. Deterministic: same space and objective, same result.
 */
export function tune<S extends SearchSpace>(
  space: S,
  objective: (params: ParamsOf<S>) => number,
  options: TuneOptions<S> = {},
): TuneResult<ParamsOf<S>> {
  const names = Object.keys(space) as (keyof S & string)[];
  for (const name of names) {
    const values = space[name] ?? [];
    if (values.length === 0) throw new ConfigError(`space.${name}`, "must list at least one value");
    if (values.some((v) => !Number.isFinite(v)))
      throw new ConfigError(`space.${name}`, "must hold finite numbers");
  }
  const trials: TuneTrial<ParamsOf<S>>[] = [];
  const cache = new Map<string, number>();
  let best: TuneTrial<ParamsOf<S>> | undefined;
  const evaluateAt = (params: ParamsOf<S>): number => {
    const key = names.map((name) => params[name]).join(",");
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const raw = objective({ ...params });
    const score = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
    cache.set(key, score);
    trials.push({ params: { ...params }, score: raw });
    if (best === undefined || score > best.score) best = { params: { ...params }, score };
    return score;
  };
  if ((options.strategy ?? "grid") === "grid") {
    const point = {} as ParamsOf<S>;
    const visit = (depth: number) => {
      const name = names[depth];
      if (name === undefined) {
        evaluateAt(point);
        return;
      }
      for (const value of space[name] ?? []) {
        (point as Record<string, number>)[name] = value;
        visit(depth + 1);
      }
    };
    visit(0);
  } else {
    const maxRounds = options.maxRounds ?? 3;
    const point = {} as ParamsOf<S>;
    for (const name of names) {
      const start = options.start?.[name];
      const values: readonly number[] = space[name] ?? [];
      if (start !== undefined && !values.includes(start)) {
        throw new ConfigError(`start.${name}`, "must be one of the space's values");
      }
      (point as Record<string, number>)[name] = start ?? space[name]?.[0] ?? 0;
    }
    let current = evaluateAt(point);
    for (let round = 0; round < maxRounds; round++) {
      let moved = false;
      for (const name of names) {
        for (const value of space[name] ?? []) {
          const candidate = { ...point, [name]: value };
          const score = evaluateAt(candidate);
          if (score > current) {
            current = score;
            (point as Record<string, number>)[name] = value;
            moved = true;
          }
        }
      }
      if (!moved) break;
    }
  }
  const found = best as TuneTrial<ParamsOf<S>> | undefined;
  if (found === undefined) throw new ConfigError("space", "has no point to evaluate");
  return { best: found.params, score: found.score, trials };
}

/** Options of {@link holdoutNdcg}. */
export interface HoldoutNdcgOptions {
  /** The held-out table (validation when tuning); its users with ≥ 1 item are ranked. */
  readonly holdout: Interactions;
  /** Tables whose pairs are masked (train when tuning on validation). */
  readonly exclude: readonly Interactions[];
  /** Cut-off; default 10. */
  readonly k?: number;
}

/** Mean NDCG@k of a scorer on a held-out table with full ranking: the objective {@link tune} usually maximises. */
export function holdoutNdcg(scoreUser: UserScorer, options: HoldoutNdcgOptions): number {
  const k = options.k ?? 10;
  const groups = groupByUser(options.holdout);
  const users: number[] = [];
  for (let u = 0; u < options.holdout.numUsers; u++)
    if ((groups.offsets[u + 1] ?? 0) > (groups.offsets[u] ?? 0)) users.push(u);
  const lists = recommendAll(scoreUser, {
    users,
    numItems: options.holdout.numItems,
    k,
    exclude: options.exclude,
  });
  let sum = 0;
  for (const u of users) {
    const relevant = new Set(groups.items.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0));
    sum += ndcgAtK(lists.get(u) ?? [], relevant, k);
  }
  return users.length === 0 ? 0 : sum / users.length;
}
