/** `candor simulate`: run the sample shop's traffic through the real pipeline and write an explanation log. */
import { appendFile, mkdir, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { numberFlag, parseFlags } from "../args.ts";
import { UsageError } from "../io.ts";
import { logPaths, openLogForWriting, removeLog } from "../log-files.ts";
import type { Command } from "../main.ts";
import { runSimulation } from "../run-simulation.ts";

const help = `Usage: candor simulate --out LOG [--shoppers N] [--days D] [--seed S] [--items N] [--holdout SHARE]
                       [--shift-day D]

Runs simulated shoppers (EU and California personas, consent choices, GPC, withdrawals, purchases) through the
real consent → policy → recommend → re-rank → explain → log pipeline and writes the explanation log to LOG
(JSON lines), with LOG.pub.jwk.json and LOG.pub.pem (public key for \`candor audit verify\`) and LOG.receipts.jsonl
(each shopper's Kantara consent receipt). The shop's secrets (signer key, pseudonym keys, key ring) go to the key
directory, apart from the log: --keys DIR, default $CANDOR_KEYS_DIR/<log id> or ~/.config/candor/keys/<log id>.
An existing LOG (and its keys) is replaced.

Options:
  --shoppers N   simulated shoppers (default 200)
  --days D       simulated days (default 14)
  --seed S       seed; the same seed gives the same traffic and slates (default 1)
  --items N      catalog size (default 2000)
  --holdout S    share of eligible shoppers in the non-personalized control arm (default 0.1; 0 turns the
                 experiment off)
  --shift-day D  from day D on, shoppers' tastes shift to other categories: a known drift (default: none)
  --keys DIR     where the shop's secrets go (default: see above)

Shoppers respond with a known ground truth: a served item of a category they like (at least 5 % of their taste) is
clicked with probability 0.08, any other with 0.02, and a click becomes a purchase with 0.1. Outcomes of shoppers
who granted analytics go to LOG.outcomes.jsonl, and the expected visitor click rate per arm to LOG.truth.json, so
that \`candor measure report LOG\` can be checked against the truth. The personalized arm's click-through is
monitored for drift against its first two days; the result goes to LOG.drift.json, which \`candor audit report\`
includes.`;

export const simulateCommand: Command = {
  summary: "run simulated shoppers through the pipeline and write an explanation log",
  help,
  async run(argv, io) {
    const { flags } = parseFlags(argv, {
      out: "string",
      shoppers: "string",
      days: "string",
      seed: "string",
      items: "string",
      holdout: "string",
      "shift-day": "string",
      keys: "string",
    });
    if (typeof flags.out !== "string") throw new UsageError("--out LOG is required");
    const out = flags.out;
    const shoppers = numberFlag(flags, "shoppers", 200, (n) => Number.isInteger(n) && n > 0);
    const days = numberFlag(flags, "days", 14, (n) => Number.isInteger(n) && n > 0);
    const seed = numberFlag(flags, "seed", 1, Number.isInteger);
    const items = numberFlag(flags, "items", 2000, (n) => Number.isInteger(n) && n >= 100);
    const holdout = numberFlag(flags, "holdout", 0.1, (n) => n >= 0 && n < 1);
    const shiftDay = numberFlag(
      flags,
      "shift-day",
      Number.NaN,
      (n) => Number.isInteger(n) && n > 0 && n < days,
    );
    const paths = logPaths(out);
    const outcomesPath = `${out}.outcomes.jsonl`;
    const truthPath = `${out}.truth.json`;
    const driftPath = `${out}.drift.json`;
    const keys = typeof flags.keys === "string" ? { keys: flags.keys } : {};
    await mkdir(dirname(out), { recursive: true });
    await removeLog(out, keys.keys);
    for (const path of [outcomesPath, truthPath, driftPath]) await rm(path, { force: true });
    const { log, keyDir } = await openLogForWriting(out, (m) => io.err(`log: ${m}`), {
      create: true,
      ...keys,
    });
    const outcomes: string[] = [];
    const summary = await runSimulation({
      seed,
      shoppers,
      days,
      items,
      log,
      progress: (t) => io.err(t),
      ...(holdout > 0
        ? {
            // A simulation's key; a shop keeps its experiment key secret.
            experiment: {
              key: `candor-simulation-${seed}`,
              salt: "simulate",
              arms: [
                { id: "personalized", share: 1 - holdout, kind: "personalized" as const },
                { id: "control", share: holdout, kind: "control" as const },
              ],
            },
          }
        : {}),
      groundTruth: {
        baseClick: 0.02,
        relevantClick: 0.08,
        purchaseGivenClick: 0.1,
        ...(Number.isNaN(shiftDay) ? {} : { shiftAt: Date.UTC(2026, 0, 1) + shiftDay * 86_400_000 }),
      },
      onOutcome: (outcome) => void outcomes.push(JSON.stringify(outcome)),
    });
    const head = await log.treeHead();
    await log.close();
    await appendFile(paths.receipts, summary.receipts.map((r) => `${JSON.stringify(r)}\n`).join(""));
    await appendFile(outcomesPath, outcomes.map((o) => `${o}\n`).join(""));
    if (summary.truth) await appendFile(truthPath, `${JSON.stringify(summary.truth, null, 2)}\n`);
    if (summary.drift) await appendFile(driftPath, `${JSON.stringify(summary.drift, null, 2)}\n`);
    io.out(
      [
        `Simulated ${shoppers} shoppers over ${days} days (seed ${seed}): ${summary.events} events (${summary.stored} stored under consent), ${summary.consentChanges} consent changes.`,
        `Served ${summary.slates} slates (${summary.personalized} personalized), ${summary.entries} log entries; tree head ${head.treeSize} ${head.rootHash.slice(0, 16)}….`,
        `Drift events: ${summary.drift?.events.length ?? 0}; refits triggered by drift: ${summary.driftRefits}.`,
        `Wrote ${out} and ${paths.publicKey}; the shop's secrets are in ${keyDir}. Verify with: candor audit verify ${out}`,
      ].join("\n"),
    );
    return 0;
  },
};
