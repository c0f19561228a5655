/** `candor eval`: accuracy and beyond-accuracy of the hybrid on public data, with the protocols of QUALITY.md. */
import {
  alignItemCategories,
  applyUnseenPolicy,
  concatInteractions,
  DatasetParseError,
  type ExtraComponent,
  evaluate,
  filterByRating,
  type HybridTrial,
  InputError,
  type Interactions,
  type ItemCategories,
  type ItemFieldMap,
  interactionsFromRows,
  kCore,
  readInteractionsFromLines,
  readItemsFromLines,
  splitByRatio,
  type UnseenItemsPolicy,
} from "@candor/core/eval";
import {
  type BlendWeights,
  defaultBlendWeights,
  EASE_MAX_ITEMS,
  type HybridConfig,
} from "@candor/core/recommend";
import { formatTradeOffTable, type TradeOffRow } from "@candor/core/rerank";
import { numberFlag, parseFlags } from "../args.ts";
import { type CliIo, UsageError } from "../io.ts";
import type { Command } from "../main.ts";
import { runHybrid } from "./hybrid.ts";
import { rerankTradeOff } from "./rerank-eval.ts";

const help = `Usage:
  candor eval --data FILE --protocol general [--min-rating R] [--kcore K] [--seed S] [options]
  candor eval --train FILE --valid FILE --test FILE [options]

Evaluates what Candor serves, with full ranking: every item the user has not seen in train or validation is a
candidate. The scored recommender is the one createServing() fits and scores — k-anonymous masks (no EASE link or
neighbour pair shared by fewer than --min-support shoppers), the served blend of scorers and the hard filters —
fitted on the data as serving's shared statistics hold it (distinct shopper–item pairs, no ratings). The hybrid's
hyper-parameters and the served blend weights are tuned on the validation split only, with the masks in the loop.
Every report also scores the same model unmasked (the price of privacy) and under createServing's default blend
weights.

Data: MovieLens u.data, ratings.dat, ratings.csv, or TSV/CSV "user item [rating [timestamp]]"; files of any
size are read line by line, gzip-compressed ones (.gz or gzip magic bytes) too.
Protocol "general" (protocol G): per user, shuffle with the seed, 80% train, 10% validation, 10% test.

Options:
  --items FILE        item metadata (u.item, movies.dat, movies.csv, TSV item, title, categories, provider, or
                      JSON lines such as Amazon's meta_*.json) for content similarity, ILD, calibration KL and
                      category reports
  --item-field P=F    JSON-lines field F holds part P (id, title, category, provider); may repeat, e.g.
                      --item-field category=categories --item-field provider=brand
  --unseen-items M    test interactions with items absent from the fitted data: keep (default; they stay
                      catalog items), drop (removed from test) or error; counted in every report
  --k N               list length (default 10)
  --seed S            split and tuning seed (default 2020)
  --min-rating R      keep interactions rated at least R (default: all)
  --kcore K           keep users and items with at least K interactions (default: none)
  --refit             refit the tuned model on train+validation before scoring test (default: train only)
  --min-support N     k-anonymity floor of every collaborative link, as serving's knn.minSupport (default 5)
  --ease-max-items N  largest catalog for dense EASE (default 8192, at most 16384); above it sparse EASE (each
                      item regressed on its strongest co-occurring items, memory linear in items) is tuned instead
  --sparse-ease-neighbours N
                      neighbours per item of sparse EASE (default 100)
  --components LIST   components tuned beside EASE, comma-separated from itemKnn, rp3beta, ials, popularity
                      (default itemKnn,rp3beta,popularity; ials adds iALS, slower to tune)
  --weights JSON      serve with these blend weights (over createServing's defaults) instead of tuning them
  --hybrid JSON       serve this hybrid configuration (the report's "model") instead of tuning one: no tuning
                      trials, validation NDCG not measured (e.g. to refit or rescore a tuned model)
  --rerank SPEC       also re-rank each user's top 100 (needs --items): "default" prints the trade-off table across
                      variety 0, 0.25, 0.5, 0.75, 1; "none", "variety=0.75" or a stage list such as
                      "calibration=0.2,mmr=0.95,fair" runs that configuration
  --recs OUT.tsv      write each test user's scored top-k as "user<TAB>item<TAB>rank": the served lists, re-ranked
                      when --rerank names a configuration ("default": the default variety, 0.5)
  --recs-unreranked OUT.tsv
                      write the served lists before re-ranking (the "none" row of the trade-off table)
  --report OUT.json   write the full report as JSON
  --quiet             nothing on stderr but errors (progress with an ETA is shown only when stderr is a terminal)
  --progress          show that progress on stderr even when it is not a terminal (e.g. in a log)`;

/** A file's lines: streamed when the io can (any size, gzip), else split from its text. */
async function linesOf(io: CliIo, path: string): Promise<AsyncIterable<string> | Iterable<string>> {
  try {
    if (io.readLines) return await io.readLines(path);
    return (await io.readText(path)).split("\n");
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs a reader, turning parse, empty-input and stream errors into messages that name the file (and line). */
async function reading<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DatasetParseError || (error instanceof InputError && error.code === "empty-dataset"))
      throw new Error(error.message);
    if (error instanceof Error && error.message.startsWith("cannot read ")) throw error;
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Loads interactions from a file, line by line. */
async function load(io: CliIo, path: string): Promise<Interactions> {
  return reading(path, async () => readInteractionsFromLines(await linesOf(io, path), { fileName: path }));
}

/** Takes every `--item-field name=field` out of `argv` (the flag may repeat). */
function itemFields(argv: readonly string[]): { rest: string[]; fields: ItemFieldMap } {
  const rest: string[] = [];
  const fields: Record<string, string> = {};
  const parts = new Set(["id", "title", "category", "provider"]);
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a] ?? "";
    let value: string | undefined;
    if (arg === "--item-field") {
      value = argv[++a];
      if (value === undefined) throw new UsageError("--item-field needs a value such as category=categories");
    } else if (arg.startsWith("--item-field=")) value = arg.slice("--item-field=".length);
    else {
      rest.push(arg);
      continue;
    }
    const match = /^([a-z]+)=(.+)$/.exec(value);
    if (!match || !parts.has(match[1] ?? ""))
      throw new UsageError(
        `--item-field must be PART=FIELD with PART one of ${[...parts].join(", ")}, got "${value}"`,
      );
    fields[match[1] ?? ""] = match[2] ?? "";
  }
  return { rest, fields };
}

/** Re-indexes separately read files into one id space (pre-split data). */
function unify(parts: readonly Interactions[]): Interactions[] {
  const rows = parts.map((part) =>
    Array.from({ length: part.users.length }, (_, p) => ({
      user: part.userIds[part.users[p] ?? 0] ?? "",
      item: part.itemIds[part.items[p] ?? 0] ?? "",
      rating: part.ratings[p] ?? 1,
      timestamp: part.timestamps[p] ?? Number.NaN,
    })),
  );
  const all = interactionsFromRows(rows.flat());
  let offset = 0;
  return rows.map((r) => {
    const select = Array.from({ length: r.length }, (_, i) => offset + i);
    offset += r.length;
    return subset(all, select);
  });
}

function subset(all: Interactions, positions: readonly number[]): Interactions {
  const pick = <A extends Int32Array | Float64Array>(array: A): A => {
    const out = new (array.constructor as new (n: number) => A)(positions.length);
    positions.forEach((p, i) => {
      out[i] = array[p] ?? 0;
    });
    return out;
  };
  return {
    ...all,
    users: pick(all.users),
    items: pick(all.items),
    ratings: pick(all.ratings),
    timestamps: pick(all.timestamps),
  };
}

export const evalCommand: Command = {
  summary: "measure the hybrid's accuracy on public data (protocol G or pre-split files)",
  help,
  async run(argv, io) {
    const { rest, fields } = itemFields(argv);
    const { flags } = parseFlags(rest, {
      data: "string",
      protocol: "string",
      train: "string",
      valid: "string",
      test: "string",
      items: "string",
      k: "string",
      seed: "string",
      "min-rating": "string",
      kcore: "string",
      refit: "boolean",
      rerank: "string",
      recs: "string",
      "recs-unreranked": "string",
      "min-support": "string",
      "ease-max-items": "string",
      "sparse-ease-neighbours": "string",
      components: "string",
      weights: "string",
      hybrid: "string",
      "unseen-items": "string",
      report: "string",
      quiet: "boolean",
      progress: "boolean",
    });
    const k = numberFlag(flags, "k", 10, (n) => Number.isInteger(n) && n > 0);
    const seed = numberFlag(flags, "seed", 2020, Number.isInteger);
    const progress = flags.quiet ? () => {} : (text: string) => io.err(text);
    // Live progress (trials, counted loops with an ETA) only on a terminal: logs and pipes get the stage lines.
    const live =
      !flags.quiet && (io.errIsTerminal === true || flags.progress === true)
        ? (text: string) => io.err(text)
        : undefined;
    const unseenPolicy = (flags["unseen-items"] ?? "keep") as UnseenItemsPolicy;
    if (!["keep", "drop", "error"].includes(unseenPolicy))
      throw new UsageError(
        `--unseen-items must be keep, drop or error, got "${String(flags["unseen-items"])}"`,
      );
    let split: { train: Interactions; validation: Interactions; test: Interactions };
    let protocol: string;
    if (typeof flags.data === "string") {
      if (flags.train || flags.valid || flags.test)
        throw new UsageError("use either --data or --train/--valid/--test");
      if ((flags.protocol ?? "general") !== "general") {
        throw new UsageError(`--protocol must be "general", got "${String(flags.protocol)}"`);
      }
      progress(`reading ${flags.data}`);
      let data = await load(io, flags.data);
      if (flags["min-rating"] !== undefined) {
        data = filterByRating(data, { min: numberFlag(flags, "min-rating", 0) });
      }
      if (flags.kcore !== undefined) {
        data = kCore(data, { k: numberFlag(flags, "kcore", 0, (n) => Number.isInteger(n) && n > 0) });
      }
      if (data.users.length === 0)
        throw new Error(`${flags.data}: no interactions left after --min-rating/--kcore`);
      split = splitByRatio(data, { seed });
      protocol = `general (per-user 80/10/10, seed ${seed}${flags["min-rating"] ? `, rating ≥ ${flags["min-rating"]}` : ""}${flags.kcore ? `, ${flags.kcore}-core` : ""})`;
    } else if (
      typeof flags.train === "string" &&
      typeof flags.valid === "string" &&
      typeof flags.test === "string"
    ) {
      progress("reading pre-split files");
      const [train, validation, test] = unify(
        await Promise.all([load(io, flags.train), load(io, flags.valid), load(io, flags.test)]),
      ) as [Interactions, Interactions, Interactions];
      split = { train, validation, test };
      protocol = "pre-split files";
    } else {
      throw new UsageError("give --data FILE, or all of --train, --valid and --test");
    }
    const fittedData = flags.refit ? concatInteractions([split.train, split.validation]) : split.train;
    const applied = applyUnseenPolicy(fittedData, split.test, unseenPolicy);
    split = { ...split, test: applied.test };
    const unseen = { ...applied.unseen, policy: unseenPolicy };
    if (unseen.interactions > 0)
      progress(
        `${unseen.interactions} test interactions (${unseen.items} items) are with items absent from ${flags.refit ? "train+validation" : "train"}: ${unseenPolicy === "keep" ? "kept (--unseen-items drop removes them)" : "dropped"}`,
      );
    if (split.train.users.length === 0 || split.test.users.length === 0)
      throw new Error(
        `nothing to evaluate: ${split.train.users.length} train and ${split.test.users.length} test interactions`,
      );
    let categories: ItemCategories | undefined;
    if (typeof flags.items === "string") {
      const path = flags.items;
      progress(`reading ${path}`);
      const records = await reading(path, async () =>
        readItemsFromLines(await linesOf(io, path), { fileName: path, fields }),
      );
      categories = alignItemCategories(records, split.train.itemIds);
    } else if (Object.keys(fields).length > 0) throw new UsageError("--item-field needs --items");
    const rerankSpec =
      typeof flags.rerank === "string" && flags.rerank.trim() !== "none" ? flags.rerank : undefined;
    if (rerankSpec && !categories) throw new UsageError("--rerank needs --items for categories");
    const minSupport = numberFlag(flags, "min-support", 5, (n) => Number.isInteger(n) && n >= 1);
    const weights = typeof flags.weights === "string" ? parseWeights(flags.weights) : undefined;
    const hybrid = typeof flags.hybrid === "string" ? parseHybrid(flags.hybrid) : undefined;
    const easeMaxItems = numberFlag(
      flags,
      "ease-max-items",
      8192,
      (n) => Number.isInteger(n) && n >= 0 && n <= EASE_MAX_ITEMS,
    );
    const sparseEaseNeighbours = numberFlag(
      flags,
      "sparse-ease-neighbours",
      100,
      (n) => Number.isInteger(n) && n >= 1,
    );
    const components = typeof flags.components === "string" ? parseComponents(flags.components) : undefined;
    const result = runHybrid(split, {
      k,
      ...(rerankSpec ? { depth: 100 } : {}),
      refit: flags.refit === true,
      minSupport,
      tuning: { easeMaxItems, sparseEaseNeighbours, ...(components ? { components } : {}) },
      ...(categories ? { categories } : {}),
      ...(weights ? { weights } : {}),
      ...(hybrid ? { hybrid } : {}),
      progress,
      ...(live ? { live, tick: ticker(live) } : {}),
    });
    const fitted = fittedData;
    const score = (lists: Map<number, Int32Array>) =>
      evaluate(lists, split.test, { ks: [k], train: fitted, ...(categories ? { categories } : {}) });
    const metrics = score(result.recommendations);
    const at = metrics.at[k];
    const unmaskedAt = score(result.unmasked).at[k];
    const defaultsAt = score(result.servingDefaults).at[k];
    const report = {
      protocol,
      k,
      users: metrics.users,
      items: split.train.numItems,
      interactions: {
        train: split.train.users.length,
        validation: split.validation.users.length,
        test: split.test.users.length,
      },
      model: result.config,
      weights: result.weights,
      minSupport: result.minSupport,
      fit: flags.refit ? "train+validation" : "train",
      validationNdcg: result.servedValidationNdcg,
      tuning: tuningSummary(result.trials),
      test: at,
      unmasked: unmaskedAt,
      servingDefaults: defaultsAt,
      priceOfPrivacy: priceOfPrivacy(at?.ndcg, unmaskedAt?.ndcg),
      unseenTestItems: unseen,
      seconds: result.seconds,
    };
    io.out(formatReport(report));
    let tradeOff: TradeOffRow[] | undefined;
    let recsLists: ReadonlyMap<number, ArrayLike<number>> = result.recommendations;
    if (rerankSpec && categories) {
      progress(`re-ranking (${rerankSpec})`);
      const reranked = rerankTradeOff(
        {
          candidates: result.candidates,
          historyOf: result.historyOf,
          train: flags.refit ? concatInteractions([split.train, split.validation]) : split.train,
          test: split.test,
          categories,
          k,
        },
        rerankSpec,
      );
      tradeOff = reranked.rows;
      recsLists = reranked.chosen.recommendations;
      io.out(`\nRe-ranking, compared with the served top ${k} (ratios to "none" in parentheses):\n`);
      io.out(formatTradeOffTable(tradeOff));
    }
    const writeRecs = async (path: string, lists: ReadonlyMap<number, ArrayLike<number>>) => {
      const lines: string[] = [];
      for (const [user, list] of lists) {
        Array.from(list).forEach((item, r) => {
          lines.push(`${split.test.userIds[user]}\t${split.test.itemIds[item]}\t${r + 1}`);
        });
      }
      await io.writeText(path, `${lines.join("\n")}\n`);
      progress(`wrote ${path}`);
    };
    if (typeof flags.recs === "string") await writeRecs(flags.recs, recsLists);
    if (typeof flags["recs-unreranked"] === "string")
      await writeRecs(flags["recs-unreranked"], result.recommendations);
    if (typeof flags.report === "string") {
      await io.writeText(
        flags.report,
        `${JSON.stringify(tradeOff ? { ...report, rerank: { spec: rerankSpec, tradeOff } } : report, null, 2)}\n`,
      );
      progress(`wrote ${flags.report}`);
    }
    return 0;
  },
};

/** Progress of a counted loop with an ETA, at most once a second. */
function ticker(write: (text: string) => void): (label: string, done: number, total: number) => void {
  let began = 0;
  let last = 0;
  return (label, done, total) => {
    const now = performance.now();
    if (done <= 1) began = now;
    if (done < total && now - last < 1000) return;
    last = now;
    const rate = (now - began) / Math.max(1, done);
    const eta = Math.round(((total - done) * rate) / 1000);
    write(`${label}: ${done}/${total} (${Math.round((100 * done) / total)}%), ETA ${eta} s`);
  };
}

/** The served model's NDCG as a share of the unmasked one's, and the difference. */
function priceOfPrivacy(served: number | undefined, unmasked: number | undefined) {
  if (served === undefined || unmasked === undefined) return undefined;
  return { ndcgRatio: unmasked > 0 ? served / unmasked : Number.NaN, ndcgLoss: unmasked - served };
}

/** Parses `--weights`: a JSON object of blend weights (finite numbers ≥ 0) by scorer. */
function parseWeights(text: string): Partial<BlendWeights> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`--weights must be a JSON object, got ${JSON.stringify(text)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError("--weights must be a JSON object of blend weights");
  const known = new Set<string>(Object.keys(defaultBlendWeights));
  for (const [name, value] of Object.entries(parsed)) {
    if (!known.has(name))
      throw new UsageError(`--weights: unknown scorer "${name}" (known: ${[...known].join(", ")})`);
    if (!(typeof value === "number" && Number.isFinite(value) && value >= 0))
      throw new UsageError(`--weights.${name} must be a finite number ≥ 0`);
  }
  return parsed as Partial<BlendWeights>;
}

/** Parses `--hybrid`: a JSON object, the hybrid configuration a report prints as "model" (fitting checks the rest). */
function parseHybrid(text: string): HybridConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`--hybrid must be a JSON object, got ${JSON.stringify(text)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError(
      '--hybrid must be a JSON object: a hybrid configuration such as a report\'s "model"',
    );
  return parsed as HybridConfig;
}

type Metrics = object;

function formatReport(report: {
  protocol: string;
  k: number;
  users: number;
  items: number;
  model: unknown;
  weights: unknown;
  minSupport: number;
  fit: string;
  validationNdcg: number;
  tuning: ReturnType<typeof tuningSummary>;
  test: Metrics | undefined;
  unmasked: Metrics | undefined;
  servingDefaults: Metrics | undefined;
  priceOfPrivacy: { ndcgRatio: number; ndcgLoss: number } | undefined;
}): string {
  const cell = (m: Metrics | undefined, name: string) => {
    const v = (m as Record<string, number | undefined> | undefined)?.[name];
    return v === undefined ? "" : v.toFixed(4);
  };
  const rows = Object.entries(report.test ?? {})
    .filter(([, v]) => v !== undefined)
    .map(
      ([name]) =>
        `| ${name}@${report.k} | ${cell(report.test, name)} | ${cell(report.unmasked, name)} | ${cell(report.servingDefaults, name)} |`,
    );
  const price = report.priceOfPrivacy;
  return [
    `Protocol: ${report.protocol}; ${report.users} test users, ${report.items} items; fit on ${report.fit}.`,
    `Served: createServing({ hybrid: ${JSON.stringify(report.model)}, weights: ${JSON.stringify(report.weights)}, knn: { minSupport: ${report.minSupport} } }) (${Number.isNaN(report.validationNdcg) ? "given, not tuned" : `tuned on validation, NDCG ${report.validationNdcg.toFixed(4)}`}).`,
    price
      ? `Price of privacy (k-anonymity ${report.minSupport}): served NDCG@${report.k} is ${price.ndcgRatio.toFixed(4)}× the unmasked model's (${price.ndcgLoss >= 0 ? "−" : "+"}${Math.abs(price.ndcgLoss).toFixed(4)}).`
      : "",
    `Tuning: ${report.tuning.trials} trials (${report.tuning.stopped} stopped early); best validation NDCG@10 of each component alone: ${Object.entries(
      report.tuning.stages,
    )
      .filter(([stage]) => stage !== "blend")
      .map(([stage, s]) => `${stage} ${s.bestNdcg10.toFixed(4)}`)
      .join(", ")}.`,
    "",
    `| metric | served (masked) | unmasked | served, default weights |`,
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Parses `--components`: a comma-separated list of the tuner's extra components. */
function parseComponents(text: string): ExtraComponent[] {
  const known: readonly ExtraComponent[] = ["itemKnn", "rp3beta", "ials", "popularity"];
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  for (const name of names)
    if (!(known as readonly string[]).includes(name))
      throw new UsageError(`--components: unknown component "${name}" (known: ${known.join(", ")})`);
  return [...new Set(names)] as ExtraComponent[];
}

/** Per search stage: trials, the best validation NDCG@10 of a trial scored on every sampled user, and seconds. */
function tuningSummary(trials: readonly HybridTrial[]) {
  const stages: Record<string, { trials: number; bestNdcg10: number; seconds: number }> = {};
  for (const trial of trials) {
    const stage = stages[trial.stage] ?? { trials: 0, bestNdcg10: 0, seconds: 0 };
    stages[trial.stage] = stage;
    stage.trials++;
    stage.seconds = Number((stage.seconds + trial.seconds).toFixed(3));
    if (!trial.stopped) stage.bestNdcg10 = Math.max(stage.bestNdcg10, trial.ndcg10);
  }
  return { trials: trials.length, stopped: trials.filter((t) => t.stopped).length, stages };
}
