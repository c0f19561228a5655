/** `candor bubble`: run the sample shop's feedback loop under several variety settings and report filter bubbles. */
import { basename } from "node:path";
import { defaultFeedbackModel, type FeedbackModel } from "@candor/sample-shop";
import { numberFlag, parseFlags } from "../args.ts";
import {
  type BubbleArmRun,
  type BubbleReport,
  bubbleReport,
  readBubble,
  renderBubbleJson,
  renderBubbleMarkdown,
  renderBubbleSvg,
} from "../bubble-report.ts";
import { runBubbleArm } from "../bubble-run.ts";
import { UsageError } from "../io.ts";
import type { Command } from "../main.ts";

const help = `Usage: candor bubble [--variety LIST] [--seeds N] [--days D] [--shoppers N] [--items N] [--k K]
                     [--warm-up D] [--click-drift ETA] [--purchase-drift ETA] [--format markdown|json]
                     [--out PREFIX]
       candor bubble --from REPORT.json [--format markdown|json] [--out PREFIX]

Runs the same simulated shoppers and seeds through a closed feedback loop once per variety setting: each day they
visit, are served a slate by createServing (re-ranked at that variety), click and buy by a stated model, and
their tastes move toward what they click and buy; the recommender refits daily on what they did. Reports per day
and per arm, with 95 % intervals over seeds: the entropy of shoppers' tastes and of their consumption, the share
outside their starting departments, population homogeneity (mean Jaccard of consumed sets; Chaney et al.,
RecSys 2018), exposure Gini over items and providers, the long-tail share, clicks, revenue and true utility, and
each arm against variety 0 paired by seed, with a short plain reading.

Options:
  --variety LIST        comma-separated variety settings in [0, 1] (default 0,0.25,0.5,0.75)
  --seeds N             seeds 1…N (default 10)
  --days D              days with slates (default 30)
  --shoppers N          simulated shoppers (default 300)
  --items N             catalog size (default 2000)
  --k K                 slate length (default 10)
  --warm-up D           days of organic browsing before the first slate (default 7)
  --click-drift ETA     taste step toward a clicked item's category (default ${defaultFeedbackModel.clickDrift})
  --purchase-drift ETA  taste step toward a bought item's category (default ${defaultFeedbackModel.purchaseDrift})
  --format F            markdown (default) or json, on stdout
  --out PREFIX          also write PREFIX.md, PREFIX.json and PREFIX.svg (the chart)
  --from FILE           re-render a JSON report (reading, Markdown, chart) without running the loop again`;

export const bubbleCommand: Command = {
  summary: "measure filter bubbles over time in a feedback loop, per variety setting",
  help,
  async run(argv, io) {
    const { flags } = parseFlags(argv, {
      variety: "string",
      seeds: "string",
      days: "string",
      shoppers: "string",
      items: "string",
      k: "string",
      "warm-up": "string",
      "click-drift": "string",
      "purchase-drift": "string",
      format: "string",
      out: "string",
      from: "string",
    });
    const format = flags.format ?? "markdown";
    if (format !== "markdown" && format !== "json")
      throw new UsageError(`--format must be markdown or json, got "${String(format)}"`);
    const out = typeof flags.out === "string" ? flags.out : null;
    const emit = async (report: BubbleReport) => {
      const markdown = renderBubbleMarkdown(report, out ? `${basename(out)}.svg` : undefined);
      if (out) {
        await io.writeText(`${out}.md`, markdown);
        await io.writeText(`${out}.json`, renderBubbleJson(report));
        await io.writeText(`${out}.svg`, renderBubbleSvg(report));
        io.err(`Wrote ${out}.md, ${out}.json and ${out}.svg`);
      }
      io.out(format === "json" ? renderBubbleJson(report) : markdown);
      return 0;
    };
    if (typeof flags.from === "string") {
      const saved = JSON.parse(await io.readText(flags.from)) as BubbleReport;
      if (saved?.schema !== "candor.bubble/1")
        throw new Error(`${flags.from}: not a candor bubble report (schema candor.bubble/1)`);
      const { reading: _old, ...rest } = saved;
      return emit({ ...rest, reading: readBubble(rest) });
    }
    const varietyText = typeof flags.variety === "string" ? flags.variety : "0,0.25,0.5,0.75";
    const varieties = [...new Set(varietyText.split(",").map((v) => Number(v.trim())))];
    if (varieties.length === 0 || varietyText.trim() === "" || varieties.some((v) => !(v >= 0 && v <= 1)))
      throw new UsageError(`--variety must be comma-separated numbers in [0, 1], got "${varietyText}"`);
    const seeds = numberFlag(flags, "seeds", 10, (n) => Number.isInteger(n) && n >= 1 && n <= 1000);
    const days = numberFlag(flags, "days", 30, (n) => Number.isInteger(n) && n >= 1 && n <= 365);
    const shoppers = numberFlag(flags, "shoppers", 300, (n) => Number.isInteger(n) && n >= 2 && n <= 100_000);
    const items = numberFlag(flags, "items", 2000, (n) => Number.isInteger(n) && n >= 100);
    const k = numberFlag(flags, "k", 10, (n) => Number.isInteger(n) && n >= 1 && n <= 100);
    const warmUpDays = numberFlag(flags, "warm-up", 7, (n) => Number.isInteger(n) && n >= 0 && n <= 365);
    const model: FeedbackModel = {
      ...defaultFeedbackModel,
      clickDrift: numberFlag(flags, "click-drift", defaultFeedbackModel.clickDrift, (n) => n >= 0 && n <= 1),
      purchaseDrift: numberFlag(
        flags,
        "purchase-drift",
        defaultFeedbackModel.purchaseDrift,
        (n) => n >= 0 && n <= 1,
      ),
    };
    const runs: BubbleArmRun[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      for (const variety of varieties) {
        const { daily, served } = await runBubbleArm({
          seed,
          variety,
          shoppers,
          days,
          items,
          k,
          warmUpDays,
          model,
        });
        runs.push({ variety, seed, daily, served });
        io.err(`seed ${seed}/${seeds}, variety ${variety}: done`);
      }
    }
    const command = ["candor bubble", ...argv].join(" ");
    return emit(bubbleReport(runs, { days, warmUpDays, shoppers, items, k }, model, command));
  },
};
