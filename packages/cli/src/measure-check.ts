/**
 * `candor measure check`: the sequential lift against a simulator's truth over many seeds: how often daily peeking
 * declares a false win, and how often the always-valid interval covers a true effect.
 */
import {
  assignArm,
  type Outcome,
  SEQUENTIAL_METRICS,
  type SequentialLiftReport,
  type SequentialMetric,
  sequentialLift,
} from "@candor/core/measure";
import { type ExperimentTraffic, simulateExperimentTraffic } from "@candor/sample-shop";

/** Options of {@link runSequentialCheck}. */
export interface SequentialCheckOptions {
  /** Seeds 1…N; each runs once without and once with the effect. */
  readonly seeds: number;
  /** Visitors per run (also the planned sample size of the intervals). */
  readonly visitors: number;
  /** Days of the experiment, looked at daily. */
  readonly days: number;
  /** True relative lift of the per-session click probability in the effect runs. */
  readonly lift: number;
  /** Share of visitors in the treatment arm. */
  readonly treatmentShare: number;
  /** Level of the intervals. */
  readonly confidence: number;
  /** Progress lines (every 25 seeds). */
  readonly progress?: (text: string) => void;
}

/** Per metric, counts over the seeds. */
export interface MetricCheck {
  readonly metric: SequentialMetric;
  /** No true effect: runs in which a daily look's always-valid interval excluded 0 (any direction, and a "win"). */
  readonly nullDecisions: number;
  readonly nullWins: number;
  /** No true effect: runs in which a daily look's fixed-horizon interval excluded 0, and the last look's alone. */
  readonly nullFixedDaily: number;
  readonly nullFixedFinal: number;
  /** True effect: runs whose always-valid interval covered the true effect at every look, and at the last look. */
  readonly coveredEveryLook: number;
  readonly coveredLastLook: number;
  /** True effect: runs in which the always-valid interval declared the treatment better; the fixed one at the last look. */
  readonly detected: number;
  readonly detectedFixedFinal: number;
  /** Mean days from the start to the always-valid decision, over the runs that decided. */
  readonly meanDaysToDecision: number | null;
  /** Mean share of variance CUPED removed at the last look. */
  readonly meanVarianceReduction: number;
}

/** The check's result: plain JSON. */
export interface SequentialCheck {
  readonly schema: "candor.sequential-check/1";
  readonly options: Omit<SequentialCheckOptions, "progress">;
  readonly parameters: Readonly<Record<string, number>>;
  readonly metrics: readonly MetricCheck[];
}

const DAY = 86_400_000;

function runOnce(seed: number, lift: number, options: SequentialCheckOptions) {
  const experiment = {
    key: "candor-measure-check",
    salt: `check-${seed}`,
    arms: [
      { id: "personalized", share: options.treatmentShare, kind: "personalized" as const },
      { id: "control", share: 1 - options.treatmentShare, kind: "control" as const },
    ],
  };
  const traffic = simulateExperimentTraffic({
    seed,
    visitors: options.visitors,
    days: options.days,
    arms: [
      { id: "personalized", share: options.treatmentShare, clickLift: lift },
      { id: "control", share: 1 - options.treatmentShare },
    ],
    assign: (subject) => assignArm(subject, experiment)?.arm ?? "control",
  });
  const report = sequentialLift(traffic.outcomes as readonly Outcome[], {
    control: "control",
    treatment: "personalized",
    confidence: options.confidence,
    plannedVisitors: options.visitors,
    experimentStart: traffic.start,
  });
  return { traffic, report };
}

/** Runs every seed without and with the effect and counts the outcomes per metric. */
export function runSequentialCheck(options: SequentialCheckOptions): SequentialCheck {
  const counts = new Map(
    SEQUENTIAL_METRICS.map((m) => [
      m,
      {
        nullDecisions: 0,
        nullWins: 0,
        nullFixedDaily: 0,
        nullFixedFinal: 0,
        coveredEveryLook: 0,
        coveredLastLook: 0,
        detected: 0,
        detectedFixedFinal: 0,
        days: [] as number[],
        reduction: 0,
      },
    ]),
  );
  let parameters: Readonly<Record<string, number>> = {};
  for (let seed = 1; seed <= options.seeds; seed++) {
    const none = runOnce(seed, 0, options).report;
    const effect = runOnce(seed, options.lift, options);
    parameters = effect.traffic.parameters;
    tally(counts, none, effect.report, effect.traffic);
    if (seed % 25 === 0) options.progress?.(`seed ${seed}/${options.seeds}`);
  }
  const { progress: _progress, ...rest } = options;
  return {
    schema: "candor.sequential-check/1",
    options: rest,
    parameters,
    metrics: SEQUENTIAL_METRICS.map((metric) => {
      const c = counts.get(metric) as NonNullable<ReturnType<typeof counts.get>>;
      const { days, reduction, ...figures } = c;
      return {
        metric,
        ...figures,
        meanDaysToDecision: days.length > 0 ? days.reduce((s, d) => s + d, 0) / days.length : null,
        meanVarianceReduction: reduction / options.seeds,
      };
    }),
  };
}

function tally(
  counts: Map<
    SequentialMetric,
    {
      nullDecisions: number;
      nullWins: number;
      nullFixedDaily: number;
      nullFixedFinal: number;
      coveredEveryLook: number;
      coveredLastLook: number;
      detected: number;
      detectedFixedFinal: number;
      days: number[];
      reduction: number;
    }
  >,
  none: SequentialLiftReport,
  effect: SequentialLiftReport,
  traffic: ExperimentTraffic,
): void {
  const truths = effect.looks.map((look) =>
    traffic.truthAt(look.at, { treatment: "personalized", control: "control" }),
  );
  for (const metric of SEQUENTIAL_METRICS) {
    const c = counts.get(metric);
    if (!c) continue;
    if (none.decisions[metric]) c.nullDecisions++;
    if (none.decisions[metric]?.verdict === "treatment-better") c.nullWins++;
    if (none.fixedHorizonDecisions[metric]) c.nullFixedDaily++;
    const lastNull = none.looks.at(-1)?.estimates.find((e) => e.metric === metric);
    if (lastNull && (lastNull.fixedHorizon.low > 0 || lastNull.fixedHorizon.high < 0)) c.nullFixedFinal++;
    let every = true;
    let lastInside = false;
    effect.looks.forEach((look, i) => {
      const e = look.estimates.find((x) => x.metric === metric);
      if (!e) return;
      const truth = truths[i]?.[metric].difference ?? Number.NaN;
      const inside = e.difference.low <= truth && truth <= e.difference.high;
      every &&= inside;
      if (i === effect.looks.length - 1) lastInside = inside;
    });
    if (every) c.coveredEveryLook++;
    if (lastInside) c.coveredLastLook++;
    const decision = effect.decisions[metric];
    if (decision?.verdict === "treatment-better") {
      c.detected++;
      c.days.push((decision.at + 1 - traffic.start) / DAY);
    }
    const last = effect.looks.at(-1)?.estimates.find((e) => e.metric === metric);
    if (last && last.fixedHorizon.low > 0) c.detectedFixedFinal++;
    c.reduction += last?.varianceReduction ?? 0;
  }
}

const LABELS: Readonly<Record<SequentialMetric, string>> = {
  click: "click-through",
  conversion: "conversion",
  revenuePerVisitor: "revenue per visitor",
};

/** The check as Markdown: the peeking and coverage tables and the simulator's parameters. */
export function renderSequentialCheck(check: SequentialCheck, command: string): string {
  const { seeds, lift, confidence } = check.options;
  const pct = (n: number) => `${((n / seeds) * 100).toFixed(1)} %`;
  const level = `${Math.round(confidence * 1000) / 10} %`;
  const lines = [
    "# Sequential lift against the simulator's truth",
    "",
    `Command: \`${command}\``,
    "",
    `${seeds} seeds, each run twice through \`sequentialLift\` (looked at every day for ${check.options.days} days, ${level} level, CUPED with a 28-day pre-period): once with no true effect and once with a true +${Math.round(lift * 100)} % lift of the per-session click probability. The truth at each look is the simulator's exact sample average effect (\`simulateExperimentTraffic\` in \`@candor/sample-shop\`: visitors who return over days, assigned by \`assignArm\`).`,
    "",
    "## No true effect: does looking every day declare a false win?",
    "",
    "| metric | always-valid: false win (treatment better) | always-valid: any false decision | fixed-horizon interval looked at daily: any false decision | fixed-horizon, one look at the end |",
    "|---|---:|---:|---:|---:|",
    ...check.metrics.map(
      (m) =>
        `| ${LABELS[m.metric]} | ${m.nullWins} of ${seeds} (${pct(m.nullWins)}) | ${m.nullDecisions} (${pct(m.nullDecisions)}) | ${m.nullFixedDaily} (${pct(m.nullFixedDaily)}) | ${m.nullFixedFinal} (${pct(m.nullFixedFinal)}) |`,
    ),
    "",
    `## True +${Math.round(lift * 100)} % click lift: does the interval cover it?`,
    "",
    "| metric | covered at every look at once | covered at the last look | treatment declared better (always valid) | mean days to that decision | fixed-horizon at the last look: significant | variance removed by CUPED (mean) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...check.metrics.map(
      (m) =>
        `| ${LABELS[m.metric]} | ${m.coveredEveryLook} of ${seeds} (${pct(m.coveredEveryLook)}) | ${m.coveredLastLook} (${pct(m.coveredLastLook)}) | ${m.detected} (${pct(m.detected)}) | ${m.meanDaysToDecision === null ? "–" : m.meanDaysToDecision.toFixed(1)} | ${m.detectedFixedFinal} (${pct(m.detectedFixedFinal)}) | ${(m.meanVarianceReduction * 100).toFixed(1)} % |`,
    ),
    "",
    "Reading: the fixed-horizon interval is right for one look at a planned end; looked at every day it declares",
    "effects that are not there. The always-valid interval may be looked at daily and acted on; the price is width:",
    "it decides later, and in fewer runs, than a single fixed-horizon look at the planned end would.",
    "",
    "## Simulator parameters",
    "",
    ...Object.entries(check.parameters).map(([k, v]) => `- ${k}: ${v}`),
    `- treatment share: ${check.options.treatmentShare}`,
    "",
  ];
  return lines.join("\n");
}
