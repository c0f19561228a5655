/**
 * Tuning speed (issue 16, item 5): wall time of `tuneHybrid` (served: masked, no ratings) on MovieLens 100K's
 * protocol-G train/validation split against three EASE fits at the tuned λ in the same run, and their ratio (the
 * goal is ≤ 2), with how many trials early stopping cut short. The tuner counts the co-occurrences once (EASE's
 * Gram matrix, item-kNN's pair counts, RP3beta's walks), fits single components without the hybrid's global scales
 * and stops clear losers on a quarter of the users; each EASE trial still needs its own O(items³) inverse. The three
 * reference fits count their Gram matrix each. Needs `../shared/datasets/ml-100k/u.data` relative to the repository
 * root (or the path in `CANDOR_ML100K`); without it the suite reports nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { readInteractions, splitByRatio, tuneHybrid } from "@candor/core/eval";
import { fitEase } from "@candor/core/recommend";
import { type Figure, round } from "./harness.ts";

/** MovieLens 100K's u.data: `CANDOR_ML100K` when set (e.g. from a git worktree elsewhere), else the shared folder. */
const DATA = process.env.CANDOR_ML100K ?? "../shared/datasets/ml-100k/u.data";

/** Runs the tuning benchmark. */
export function evalBench(): Figure[] {
  if (!existsSync(DATA)) return [];
  const data = readInteractions(readFileSync(DATA, "utf8"), { fileName: "u.data" });
  const { train, validation } = splitByRatio(data, { seed: 2020 });
  let start = performance.now();
  const tuned = tuneHybrid(train, validation);
  const tuneMs = performance.now() - start;
  const lambda = tuned.config.ease?.lambda ?? 500;
  const pairs = {
    numUsers: train.numUsers,
    numItems: train.numItems,
    users: train.users,
    items: train.items,
  };
  start = performance.now();
  for (let r = 0; r < 3; r++) fitEase(pairs, { lambda });
  const easeMs = performance.now() - start;
  return [
    { name: "eval.ml100k.tuneHybrid", value: round(tuneMs / 1000), unit: "s" },
    { name: "eval.ml100k.ease×3", value: round(easeMs / 1000), unit: "s" },
    { name: "eval.ml100k.tune/ease×3", value: round(tuneMs / easeMs), unit: "ratio" },
    { name: "eval.ml100k.tuneTrials", value: tuned.trials.length, unit: "trials" },
    {
      name: "eval.ml100k.tuneTrialsStopped",
      value: tuned.trials.filter((t) => t.stopped).length,
      unit: "trials",
    },
  ];
}
