/**
 * The `candor bubble` report: per day and per variety arm, the mean of each measure over seeds with a 95 % t
 * interval, paired comparisons against the arm without re-ranking, a plain reading, Markdown and an SVG chart.
 */
import { normalQuantile } from "@candor/core/measure";
import type { FeedbackModel } from "@candor/sample-shop";
import type { BubbleDayMetrics, ServedCounts } from "./bubble-run.ts";

/** A measure reported per day. */
export type BubbleMetric = Exclude<keyof BubbleDayMetrics, "slates">;

/** What each measure is, for the reader. */
export const BUBBLE_METRICS: Readonly<
  Record<
    BubbleMetric,
    { readonly label: string; readonly digits: number; readonly wider: "higher" | "lower" | null }
  >
> = {
  tasteEntropy: { label: "taste entropy over departments, bits (truth)", digits: 3, wider: "higher" },
  tasteOutsideShare: {
    label: "taste outside the 3 starting departments (truth)",
    digits: 3,
    wider: "higher",
  },
  consumptionEntropy: { label: "consumption entropy, last 7 days, bits", digits: 3, wider: "higher" },
  outsideShare: {
    label: "clicks outside the 3 starting departments, last 7 days",
    digits: 3,
    wider: "higher",
  },
  homogeneity: {
    label: "homogeneity: mean Jaccard of consumed sets, random pairs",
    digits: 4,
    wider: "lower",
  },
  homogeneityNearest: { label: "homogeneity: mean Jaccard, nearest-taste pairs", digits: 4, wider: "lower" },
  itemGini: { label: "exposure Gini over items", digits: 3, wider: "lower" },
  providerGini: { label: "exposure Gini over providers", digits: 3, wider: "lower" },
  longTailShare: { label: "long-tail share of served slots", digits: 3, wider: "higher" },
  clicks: { label: "clicks per shopper and day", digits: 3, wider: null },
  revenue: { label: "revenue per shopper and day", digits: 2, wider: null },
  utility: { label: "true utility: expected clicks per slate", digits: 3, wider: null },
  utilityShare: { label: "true utility / oracle's", digits: 3, wider: null },
};

/** A mean over seeds with its two-sided 95 % t interval (`low = high = mean` for one seed). */
export interface SeedSummary {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** Seeds with a value. */
  readonly n: number;
}

/** One arm's results. */
export interface BubbleArm {
  readonly variety: number;
  /** `daily[d][metric]`, `null` when no seed had a value. */
  readonly daily: readonly Readonly<Record<BubbleMetric, SeedSummary | null>>[];
  /** Per shopper over the whole run: clicks, revenue, and true utility (expected clicks) summed over slates. */
  readonly totals: Readonly<Record<"clicks" | "revenue" | "utility", SeedSummary>>;
  /** Last day − first day, paired by seed: how each measure moved over the run in this arm. */
  readonly change: Readonly<Record<BubbleMetric, SeedSummary | null>>;
  /** What the serving pipeline reported, summed over seeds (`null` when the runs did not say). */
  readonly served: ServedCounts | null;
}

/** An arm against the arm without re-ranking, paired by seed. */
export interface BubbleComparison {
  readonly variety: number;
  readonly baseline: number;
  /** `daily[d][metric]`: arm − baseline on day d, paired by seed. */
  readonly daily: readonly Readonly<Record<BubbleMetric, SeedSummary | null>>[];
  /** Last day: arm − baseline per measure (the last entry of `daily`). */
  readonly lastDay: Readonly<Record<BubbleMetric, SeedSummary | null>>;
  /** Relative change of the totals: arm / baseline − 1. */
  readonly totals: Readonly<Record<"clicks" | "revenue" | "utility", SeedSummary>>;
}

/** The report: plain JSON. */
export interface BubbleReport {
  readonly schema: "candor.bubble/1";
  /** The command line that produced it. */
  readonly command: string;
  /** The run's settings: arms, seeds, days, shoppers, catalog size, slate length. */
  readonly settings: {
    readonly varieties: readonly number[];
    readonly seeds: readonly number[];
    readonly days: number;
    readonly warmUpDays: number;
    readonly shoppers: number;
    readonly items: number;
    readonly k: number;
  };
  /** The feedback model as used. */
  readonly model: FeedbackModel;
  /** What served the slates. */
  readonly recommender: string;
  /** One per variety, ascending. */
  readonly arms: readonly BubbleArm[];
  /** Every arm but the baseline against it. */
  readonly comparisons: readonly BubbleComparison[];
  /** The plain reading, one finding per entry. */
  readonly reading: readonly string[];
}

/** Two-sided 95 % Student t quantile for `df` degrees of freedom (Cornish–Fisher expansion; exact to ~1e-3 for df ≥ 3). */
export function tQuantile975(df: number): number {
  const z = normalQuantile(0.975);
  if (df <= 0) return Number.NaN;
  if (df === 1) return 12.706;
  if (df === 2) return 4.303;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** Mean and 95 % t interval of the non-null values; `null` when there are none. */
export function summarize(values: readonly (number | null)[]): SeedSummary | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return null;
  const mean = xs.reduce((s, v) => s + v, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, n };
  const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half, n };
}

/** One arm and seed, as `runBubbleArm` measured it. */
export interface BubbleArmRun {
  readonly variety: number;
  readonly seed: number;
  readonly daily: readonly BubbleDayMetrics[];
  /** The serving pipeline's counts, when known. */
  readonly served?: ServedCounts;
}

const METRICS = Object.keys(BUBBLE_METRICS) as BubbleMetric[];
const difference = (x: number | null | undefined, y: number | null | undefined): number | null =>
  x === null || x === undefined || y === null || y === undefined ? null : x - y;
/** Per-shopper totals of a run: daily clicks and revenue are per shopper already; utility is per slate. */
const totalsOf = (daily: readonly BubbleDayMetrics[]) => ({
  clicks: daily.reduce((s, d) => s + d.clicks, 0),
  revenue: daily.reduce((s, d) => s + d.revenue, 0),
  utility: daily.reduce((s, d) => s + d.utility * d.slates, 0),
});

/** Builds the report from every arm × seed run (the baseline is variety 0 when run, else the lowest variety). */
export function bubbleReport(
  runs: readonly BubbleArmRun[],
  settings: Omit<BubbleReport["settings"], "varieties" | "seeds">,
  model: FeedbackModel,
  command: string,
): BubbleReport {
  const varieties = [...new Set(runs.map((r) => r.variety))].sort((a, b) => a - b);
  const seeds = [...new Set(runs.map((r) => r.seed))].sort((a, b) => a - b);
  const runOf = (variety: number, seed: number) => runs.find((r) => r.variety === variety && r.seed === seed);
  const empty = {} as Record<BubbleMetric, SeedSummary | null>;
  const arms: BubbleArm[] = varieties.map((variety) => {
    const mine = seeds.map((seed) => runOf(variety, seed)).filter((r): r is BubbleArmRun => r !== undefined);
    const daily = Array.from({ length: settings.days }, (_, day) => {
      const row = { ...empty };
      for (const m of METRICS) row[m] = summarize(mine.map((r) => r.daily[day]?.[m] ?? null));
      return row;
    });
    const totals = mine.map((r) => totalsOf(r.daily));
    const change = { ...empty };
    for (const m of METRICS)
      change[m] = summarize(mine.map((r) => difference(r.daily[settings.days - 1]?.[m], r.daily[0]?.[m])));
    const counted = mine.flatMap((r) => (r.served ? [r.served] : []));
    const served =
      counted.length === 0
        ? null
        : counted.reduce((a, b) => ({
            slates: a.slates + b.slates,
            personalized: a.personalized + b.personalized,
            entries: a.entries + b.entries,
            issues: a.issues + b.issues,
          }));
    return {
      variety,
      daily,
      change,
      served,
      totals: {
        clicks: summarize(totals.map((t) => t.clicks)) as SeedSummary,
        revenue: summarize(totals.map((t) => t.revenue)) as SeedSummary,
        utility: summarize(totals.map((t) => t.utility / settings.shoppers)) as SeedSummary,
      },
    };
  });
  const baseline = varieties.includes(0) ? 0 : (varieties[0] ?? 0);
  const last = settings.days - 1;
  const comparisons: BubbleComparison[] = varieties
    .filter((v) => v !== baseline)
    .map((variety) => {
      const paired = seeds
        .map((seed) => [runOf(variety, seed), runOf(baseline, seed)] as const)
        .filter((p): p is readonly [BubbleArmRun, BubbleArmRun] => p[0] !== undefined && p[1] !== undefined);
      const daily = Array.from({ length: settings.days }, (_, day) => {
        const row = { ...empty };
        for (const m of METRICS)
          row[m] = summarize(paired.map(([a, b]) => difference(a.daily[day]?.[m], b.daily[day]?.[m])));
        return row;
      });
      const lastDay = daily[last] ?? { ...empty };
      const relative = (key: "clicks" | "revenue" | "utility") =>
        summarize(
          paired.map(([a, b]) => {
            const y = totalsOf(b.daily)[key];
            return y > 0 ? totalsOf(a.daily)[key] / y - 1 : null;
          }),
        ) as SeedSummary;
      return {
        variety,
        baseline,
        daily,
        lastDay,
        totals: { clicks: relative("clicks"), revenue: relative("revenue"), utility: relative("utility") },
      };
    });
  const report = {
    schema: "candor.bubble/1" as const,
    command,
    settings: { ...settings, varieties, seeds },
    model,
    recommender:
      "createServing(...).serve() (popularity, item-kNN, content, session and context scorers, refitted daily; every slate explained and committed to an explanation log before it is shown) with createRerankStage; variety v maps to varietyConfig(v): exposure amortization, calibration, MMR, long-tail xQuAD, exploration and provider fairness, strengths linear in v (0 = re-ranking off)",
    arms,
    comparisons,
    reading: [] as string[],
  };
  report.reading = readBubble(report);
  return report;
}

const fmt = (n: number, digits: number) => n.toFixed(digits);
const withCi = (s: SeedSummary | null, digits: number) =>
  s === null
    ? "–"
    : s.n > 1
      ? `${fmt(s.mean, digits)} [${fmt(s.low, digits)}, ${fmt(s.high, digits)}]`
      : fmt(s.mean, digits);
const signedPct = (n: number) => `${n >= 0 ? "+" : ""}${(n * 100).toFixed(1)} %`;
const pctCi = (s: SeedSummary) =>
  s.n > 1 ? `${signedPct(s.mean)} [${signedPct(s.low)}, ${signedPct(s.high)}]` : signedPct(s.mean);
const signed = (n: number, digits: number) => `${n >= 0 ? "+" : ""}${n.toFixed(digits)}`;
const diffCi = (s: SeedSummary | null, digits: number) =>
  s === null
    ? "–"
    : s.n > 1
      ? `${signed(s.mean, digits)} [${signed(s.low, digits)}, ${signed(s.high, digits)}]`
      : signed(s.mean, digits);

/** The interval's verdict on a difference: below 0, above 0, or containing 0. */
const direction = (s: SeedSummary | null): "down" | "up" | "unclear" =>
  s === null || s.n < 2 ? "unclear" : s.high < 0 ? "down" : s.low > 0 ? "up" : "unclear";

/** A short plain reading of the result, one sentence per finding; it says so when re-ranking does not help. */
export function readBubble(report: Omit<BubbleReport, "reading">): string[] {
  const lines: string[] = [];
  const days = report.settings.days;
  const base = report.arms.find((a) => a.variety === (report.comparisons[0]?.baseline ?? 0));
  if (!base) return lines;
  const lastRow = base.daily[days - 1];
  const narrowing = base.change.tasteEntropy;
  const alike = base.change.homogeneity;
  if (narrowing && alike && lastRow?.tasteEntropy && lastRow.homogeneity) {
    const fixed = report.model.clickDrift === 0 && report.model.purchaseDrift === 0;
    const grew = `homogeneity (mean Jaccard of what shoppers clicked) grew by ${diffCi(alike, 4)} to ${fmt(lastRow.homogeneity.mean, 4)}`;
    if (fixed) {
      lines.push(
        `Tastes are held fixed in this run (no drift), so only behaviour can homogenize: without re-ranking (variety ${base.variety}), ${grew}${direction(alike) === "up" ? ", the homogenization Chaney et al. describe without any change of preference" : ""}.`,
      );
    } else {
      const word = { down: "narrowed", up: "widened", unclear: "did not measurably change" }[
        direction(narrowing)
      ];
      const verdict =
        direction(narrowing) === "down"
          ? "the loop forms a filter bubble in this model"
          : direction(alike) === "up"
            ? "behaviour homogenized although tastes did not narrow"
            : "no clear bubble formed in this model";
      lines.push(
        `Without re-ranking (variety ${base.variety}), shoppers' tastes ${word} over ${days} days (department entropy ${signed(narrowing.mean, 3)} bits [${signed(narrowing.low, 3)}, ${signed(narrowing.high, 3)}], to ${fmt(lastRow.tasteEntropy.mean, 2)}), and ${grew}: ${verdict}.`,
      );
    }
  }
  for (const c of report.comparisons) {
    const arm = report.arms.find((a) => a.variety === c.variety);
    const h = arm?.daily[days - 1]?.homogeneity;
    const h0 = base.daily[days - 1]?.homogeneity;
    const hDiff = c.lastDay.homogeneity;
    const eDiff = c.lastDay.tasteEntropy;
    const hWord = {
      down: "re-ranking counters homogenization",
      up: "re-ranking makes shoppers more alike, not less",
      unclear:
        "the difference is within the noise: re-ranking does not measurably counter homogenization here",
    }[direction(hDiff)];
    const fixedTastes = report.model.clickDrift === 0 && report.model.purchaseDrift === 0;
    const eWord = {
      up: "tastes stay wider",
      down: "tastes end narrower",
      unclear: "taste width is not measurably different",
    }[direction(eDiff)];
    const effect = (s: SeedSummary, what: string) => {
      const d = direction(s);
      return d === "down"
        ? `${what} ${(-s.mean * 100).toFixed(1)} % lower (${pctCi(s)})`
        : d === "up"
          ? `${what} ${(s.mean * 100).toFixed(1)} % higher (${pctCi(s)})`
          : `${what} not measurably different (${pctCi(s)})`;
    };
    lines.push(
      `At variety ${c.variety}, homogeneity after ${days} days is ${h ? fmt(h.mean, 4) : "–"} vs ${h0 ? fmt(h0.mean, 4) : "–"} without re-ranking (paired difference ${diffCi(hDiff, 4)}): ${hWord}${fixedTastes ? "" : `; ${eWord} (${diffCi(eDiff, 3)} bits)`}. Over the run: ${effect(c.totals.clicks, "clicks")}, ${effect(c.totals.revenue, "revenue")}, ${effect(c.totals.utility, "true utility")}.`,
    );
  }
  const outside = report.comparisons.map((c) => ({ c, d: direction(c.lastDay.outsideShare) }));
  const wider = outside.filter((o) => o.d === "up").map((o) => o.c.variety);
  const notWider = outside.filter((o) => o.d !== "up");
  if (notWider.length > 0) {
    const detail = notWider
      .map(({ c }) => `${diffCi(c.lastDay.outsideShare, 3)} at variety ${c.variety}`)
      .join(", ");
    const tasteWider = notWider.filter(({ c }) => direction(c.lastDay.tasteOutsideShare) === "up");
    lines.push(
      `Re-ranking does not take shoppers beyond their starting departments${wider.length > 0 ? ` at variety ${notWider.map((o) => o.c.variety).join(", ")}` : ""}: the share of their last week's clicks outside their three starting departments is not higher than without re-ranking (paired difference on day ${days}: ${detail})${tasteWider.length === 0 ? ", and neither is their taste outside them. The variety it adds lies within the departments they already liked" : `; their taste outside them is higher at variety ${tasteWider.map((o) => o.c.variety).join(", ")}`}.`,
    );
  }
  const notHelping = report.comparisons.filter((c) => direction(c.lastDay.homogeneity) !== "down");
  if (notHelping.length > 0)
    lines.push(
      `Plainly: at variety ${notHelping.map((c) => c.variety).join(", ")} re-ranking did not reduce homogenization in this setting (${report.settings.shoppers} shoppers, ${report.settings.seeds.length} seeds, ${days} days).`,
    );
  lines.push(
    report.model.clickDrift === 0 && report.model.purchaseDrift === 0
      ? "True utility is measured against the same, fixed tastes throughout."
      : "True utility is measured under the tastes at serving time, which the loop itself moves: a feed that narrows tastes raises its own utility. The share of the oracle's utility is the fairer comparison.",
  );
  return lines;
}

const SHOWN: readonly BubbleMetric[] = [
  "tasteEntropy",
  "tasteOutsideShare",
  "consumptionEntropy",
  "outsideShare",
  "homogeneity",
  "homogeneityNearest",
  "itemGini",
  "providerGini",
  "longTailShare",
  "clicks",
  "revenue",
  "utility",
  "utilityShare",
];

/** The report as Markdown: reading, settings and model, last-day and total tables, paired differences, daily tables. */
export function renderBubbleMarkdown(report: BubbleReport, chart?: string): string {
  const { settings } = report;
  const days = settings.days;
  const lines = [
    `# Filter bubbles in a feedback loop: ${days} days, variety ${settings.varieties.join(", ")}`,
    "",
    `Command: \`${report.command}\``,
    "",
    "## Reading",
    "",
    ...report.reading.map((r) => `- ${r}`),
    "",
    ...(chart
      ? [
          `![Taste entropy, homogeneity and clicks per day and arm (top), and each arm minus variety 0 with its 95 % band (bottom)](${chart})`,
          "",
        ]
      : []),
    "## Setting",
    "",
    `${settings.shoppers} shoppers of the sample shop (${settings.items} items), seeds ${settings.seeds.join(", ")}; ${settings.warmUpDays} warm-up days of organic browsing, then ${days} days with one slate of ${settings.k} per visit. Every shopper consents to personalization (the loop measures the recommender, not consent). Each arm runs the same shoppers, seeds and visit times. Intervals are 95 % t intervals over seeds; differences are paired by seed.`,
    "",
    `Recommender: ${report.recommender}.`,
    "",
    ...servedLine(report),
    "Feedback model (`simulateFeedbackLoop` in `@candor/sample-shop`): slot r is examined with probability 1/log2(r + 1); an examined item is clicked with probability maxClick·a/(a + halfSaturation), a = (number of leaf categories)·taste(leaf)·quality, quality = (popularity prior / largest)^qualityExponent; a click becomes a purchase with purchaseGivenClick (times a price-band factor); every click moves the taste toward the item's leaf by clickDrift, every purchase by purchaseDrift: τ ← (1 − η)·τ + η·e(leaf).",
    "",
    "| parameter | value |",
    "|---|---:|",
    ...Object.entries(report.model).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    `## Day ${days}, per arm`,
    "",
    `| measure | ${report.arms.map((a) => `variety ${a.variety}`).join(" | ")} |`,
    `|---|${report.arms.map(() => "---:").join("|")}|`,
    ...SHOWN.map(
      (m) =>
        `| ${BUBBLE_METRICS[m].label} | ${report.arms.map((a) => withCi(a.daily[days - 1]?.[m] ?? null, BUBBLE_METRICS[m].digits)).join(" | ")} |`,
    ),
    "",
    `## Over all ${days} days, per shopper`,
    "",
    `| total | ${report.arms.map((a) => `variety ${a.variety}`).join(" | ")} |`,
    `|---|${report.arms.map(() => "---:").join("|")}|`,
    `| clicks | ${report.arms.map((a) => withCi(a.totals.clicks, 2)).join(" | ")} |`,
    `| revenue | ${report.arms.map((a) => withCi(a.totals.revenue, 1)).join(" | ")} |`,
    `| true utility (expected clicks) | ${report.arms.map((a) => withCi(a.totals.utility, 2)).join(" | ")} |`,
    "",
  ];
  if (report.comparisons.length > 0) {
    const base = report.comparisons[0]?.baseline ?? 0;
    lines.push(
      `## Against variety ${base} (paired by seed)`,
      "",
      `| | ${report.comparisons.map((c) => `variety ${c.variety}`).join(" | ")} |`,
      `|---|${report.comparisons.map(() => "---:").join("|")}|`,
      ...SHOWN.map(
        (m) =>
          `| Δ ${BUBBLE_METRICS[m].label}, day ${days} | ${report.comparisons.map((c) => diffCi(c.lastDay[m], BUBBLE_METRICS[m].digits)).join(" | ")} |`,
      ),
      `| clicks, all days | ${report.comparisons.map((c) => pctCi(c.totals.clicks)).join(" | ")} |`,
      `| revenue, all days | ${report.comparisons.map((c) => pctCi(c.totals.revenue)).join(" | ")} |`,
      `| true utility, all days | ${report.comparisons.map((c) => pctCi(c.totals.utility)).join(" | ")} |`,
      "",
    );
  }
  const marks = [...new Set([0, 4, 9, 14, 19, 24, 29, days - 1].filter((d) => d < days))];
  for (const m of ["tasteEntropy", "homogeneity", "outsideShare", "itemGini", "clicks"] as const) {
    lines.push(
      `## Per day: ${BUBBLE_METRICS[m].label}`,
      "",
      `| day | ${report.arms.map((a) => `variety ${a.variety}`).join(" | ")} |`,
      `|---:|${report.arms.map(() => "---:").join("|")}|`,
      ...marks.map(
        (d) =>
          `| ${d + 1} | ${report.arms.map((a) => withCi(a.daily[d]?.[m] ?? null, BUBBLE_METRICS[m].digits)).join(" | ")} |`,
      ),
      "",
    );
  }
  lines.push("Every day of every measure is in the JSON report (`--format json`).", "");
  return lines.join("\n");
}

function servedLine(report: BubbleReport): string[] {
  const all = report.arms.map((a) => a.served).filter((s): s is ServedCounts => s !== null);
  if (all.length === 0) return [];
  const sum = (f: (s: ServedCounts) => number) => all.reduce((n, s) => n + f(s), 0);
  return [
    `Served: ${sum((s) => s.slates)} slates over all arms and seeds, ${sum((s) => s.personalized)} of them personalized, ${sum((s) => s.entries)} explanation-log entries committed, ${sum((s) => s.issues)} pipeline stage failures.`,
    "",
  ];
}

/** The report as pretty-printed JSON. */
export function renderBubbleJson(report: BubbleReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const SHORT: Partial<Record<BubbleMetric, string>> = {
  tasteEntropy: "taste entropy (bits)",
  homogeneity: "homogeneity (mean Jaccard)",
  clicks: "clicks per shopper-day",
};

interface Series {
  readonly color: string;
  readonly points: readonly (SeedSummary | null)[];
  readonly band: boolean;
}

/** One panel: lines (and optional interval bands) over days, with a zero line when 0 is in range. */
function panel(
  ox: number,
  oy: number,
  w: number,
  h: number,
  title: string,
  series: readonly Series[],
  digits: number,
): string[] {
  const pad = { left: 52, right: 24, top: 22, bottom: 26 };
  const plotW = w - pad.left - pad.right;
  const plotH = h - pad.top - pad.bottom;
  const days = Math.max(1, ...series.map((s) => s.points.length));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series)
    for (const p of s.points)
      if (p) {
        lo = Math.min(lo, s.band ? p.low : p.mean);
        hi = Math.max(hi, s.band ? p.high : p.mean);
      }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) hi = lo + 1e-3;
  const margin = (hi - lo) * 0.08;
  lo -= margin;
  hi += margin;
  const sx = (d: number) => ox + pad.left + (days > 1 ? (d / (days - 1)) * plotW : plotW / 2);
  const sy = (v: number) => oy + pad.top + (1 - (v - lo) / (hi - lo)) * plotH;
  const out = [
    `<text x="${ox + pad.left}" y="${oy + 14}" font-weight="600">${esc(title)}</text>`,
    `<rect x="${ox + pad.left}" y="${oy + pad.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#bbb"/>`,
  ];
  if (lo < 0 && hi > 0)
    out.push(
      `<line x1="${ox + pad.left}" y1="${sy(0).toFixed(1)}" x2="${ox + pad.left + plotW}" y2="${sy(0).toFixed(1)}" stroke="#666" stroke-dasharray="3 3"/>`,
    );
  for (const t of [0, 0.5, 1]) {
    const v = lo + margin + t * (hi - lo - 2 * margin);
    out.push(
      `<text x="${ox + pad.left - 4}" y="${(sy(v) + 3).toFixed(1)}" text-anchor="end" fill="#444">${v.toFixed(digits)}</text>`,
    );
  }
  for (const d of [0, Math.floor((days - 1) / 2), days - 1])
    out.push(
      `<text x="${sx(d).toFixed(1)}" y="${oy + h - 8}" text-anchor="middle" fill="#444">day ${d + 1}</text>`,
    );
  for (const s of series) {
    const points = s.points
      .map((p, d) => [d, p] as const)
      .filter((e): e is readonly [number, SeedSummary] => e[1] !== null);
    if (points.length === 0) continue;
    if (s.band) {
      const upper = points.map(([d, p]) => `${sx(d).toFixed(1)},${sy(p.high).toFixed(1)}`);
      const lower = points.map(([d, p]) => `${sx(d).toFixed(1)},${sy(p.low).toFixed(1)}`).reverse();
      out.push(
        `<polygon points="${[...upper, ...lower].join(" ")}" fill="${s.color}" fill-opacity="0.18" stroke="none"/>`,
      );
    }
    out.push(
      `<polyline points="${points.map(([d, p]) => `${sx(d).toFixed(1)},${sy(p.mean).toFixed(1)}`).join(" ")}" fill="none" stroke="${s.color}" stroke-width="1.8"/>`,
    );
  }
  return out;
}

/**
 * The chart: per day, the mean over seeds of taste entropy, homogeneity and clicks per shopper-day for each arm
 * (top row), and each arm minus the arm without re-ranking, paired by seed, with its 95 % band (bottom row).
 */
export function renderBubbleSvg(report: BubbleReport): string {
  const metrics: BubbleMetric[] = ["tasteEntropy", "homogeneity", "clicks"];
  const W = 300;
  const H = 190;
  const width = metrics.length * W;
  const height = 2 * H + 34;
  const colorOf = (variety: number) =>
    COLORS[report.arms.findIndex((a) => a.variety === variety) % COLORS.length] ?? "#000";
  const { days, varieties, seeds } = report.settings;
  const base = report.comparisons[0]?.baseline ?? 0;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-labelledby="bubble-title bubble-desc">`,
    `<title id="bubble-title">${esc(`candor bubble: ${days} days, variety ${varieties.join(", ")}, ${seeds.length} seeds`)}</title>`,
    `<desc id="bubble-desc">${esc(report.reading.join(" "))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
  ];
  report.arms.forEach((arm, i) => {
    const x = 12 + i * 96;
    parts.push(
      `<rect x="${x}" y="9" width="14" height="4" fill="${colorOf(arm.variety)}"/>`,
      `<text x="${x + 18}" y="15">variety ${arm.variety}</text>`,
    );
  });
  metrics.forEach((metric, c) => {
    const digits = Math.min(3, BUBBLE_METRICS[metric].digits);
    parts.push(
      ...panel(
        c * W,
        28,
        W,
        H,
        `${SHORT[metric] ?? metric}, mean`,
        report.arms.map((a) => ({
          color: colorOf(a.variety),
          points: a.daily.map((d) => d[metric]),
          band: false,
        })),
        digits,
      ),
      ...panel(
        c * W,
        28 + H,
        W,
        H,
        `minus variety ${base}, 95 % band`,
        report.comparisons.map((cmp) => ({
          color: colorOf(cmp.variety),
          points: cmp.daily.map((d) => d[metric]),
          band: true,
        })),
        digits,
      ),
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
