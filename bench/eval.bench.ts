/**
 * Tuning speed (issue 16, item 5): wall time of `tuneHybrid` (served: masked, no ratings) on a protocol-G
 * train/validation split against three EASE fits at the tuned λ and dropout in the same run, and their ratio (the
 * goal is ≤ 2), with the same ratio in CPU time (steadier than wall time on a shared machine) and how many trials
 * early stopping cut short. The tuner counts the co-occurrences once (EASE's Gram matrix, item-kNN's pair counts,
 * RP3beta's walks), brackets EASE's λ in factor-2 steps (about six inverses), fits single components without the
 * hybrid's global scales, blends the best of each stage without refitting it and stops clear losers on a quarter
 * of the users; each EASE trial still needs its own O(items³) inverse. The three reference fits count their Gram
 * matrix each.
 *
 * Two data sets: MovieLens 100K (`../shared/datasets/ml-100k/u.data` relative to the repository root, or the path
 * in `CANDOR_ML100K`; skipped without it) and a seeded MovieLens-1M-shaped one from `bench/eval/synthetic-ml20m.mjs`
 * (about 6,040 users × 3,100 items × 820k interactions; a minute or two). `CANDOR_BENCH_ML1M=0` skips the latter.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Interactions, readInteractions, splitByRatio, tuneHybrid } from "@candor/core/eval";
import { fitEase } from "@candor/core/recommend";
import { type Figure, round } from "./harness.ts";

/** MovieLens 100K's u.data: `CANDOR_ML100K` when set (e.g. from a git worktree elsewhere), else the shared folder. */
const DATA = process.env.CANDOR_ML100K ?? "../shared/datasets/ml-100k/u.data";

/** Wall and CPU (user + system) seconds of `fn`. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1e6 };
}

/** Tunes on `data`'s protocol-G split, then fits EASE three times at the chosen λ and dropout; figures as `prefix.*`. */
function tuneVersusEase(prefix: string, data: Interactions): Figure[] {
  const { train, validation } = splitByRatio(data, { seed: 2020 });
  const tuned = timed(() => tuneHybrid(train, validation));
  const ease = tuned.value.config.ease;
  const pairs = {
    numUsers: train.numUsers,
    numItems: train.numItems,
    users: train.users,
    items: train.items,
  };
  const fits = timed(() => {
    for (let r = 0; r < 3; r++) fitEase(pairs, { lambda: ease?.lambda ?? 500, dropout: ease?.dropout ?? 0 });
  });
  const trials = tuned.value.trials;
  return [
    { name: `${prefix}.tuneHybrid`, value: round(tuned.wall), unit: "s" },
    { name: `${prefix}.ease×3`, value: round(fits.wall), unit: "s" },
    { name: `${prefix}.tune/ease×3`, value: round(tuned.wall / fits.wall), unit: "ratio" },
    { name: `${prefix}.tune/ease×3.cpu`, value: round(tuned.cpu / fits.cpu), unit: "ratio" },
    { name: `${prefix}.tuneTrials`, value: trials.length, unit: "trials" },
    {
      name: `${prefix}.tuneTrialsEase`,
      value: trials.filter((t) => t.stage === "ease").length,
      unit: "trials",
    },
    { name: `${prefix}.tuneTrialsStopped`, value: trials.filter((t) => t.stopped).length, unit: "trials" },
  ];
}

/** The seeded MovieLens-1M-shaped data set (6,038 users × 3,100 items), or undefined when it cannot be made. */
function ml1mShaped(): Interactions | undefined {
  const dir = mkdtempSync(join(tmpdir(), "candor-ml1m-"));
  try {
    const file = join(dir, "ratings.tsv");
    const args = ["--scale", "0.0436", "--items", "3100", "--seed", "2020", "--generate-only", file];
    const made = spawnSync(process.execPath, ["bench/eval/synthetic-ml20m.mjs", ...args], {
      stdio: "ignore",
    });
    if (made.status !== 0 || !existsSync(file)) return undefined;
    return readInteractions(readFileSync(file, "utf8"), { fileName: "u.data" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the tuning benchmark. */
export function evalBench(): Figure[] {
  const figures: Figure[] = [];
  if (existsSync(DATA))
    figures.push(
      ...tuneVersusEase("eval.ml100k", readInteractions(readFileSync(DATA, "utf8"), { fileName: "u.data" })),
    );
  const shaped = process.env.CANDOR_BENCH_ML1M === "0" ? undefined : ml1mShaped();
  if (shaped) figures.push(...tuneVersusEase("eval.ml1m-shaped", shaped));
  return figures;
}
