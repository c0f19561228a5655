/** The audit console's Measurement view as data: the summary sentence, the lift and drift tables, and their charts. */
import type { DriftCheck, DriftMonitorState } from "../../measure/drift-monitor.ts";
import type { IncrementalityReport, RateLift } from "../../measure/incrementality.ts";
import type { DriftEvent } from "../../measure/types.ts";
import { formatMessage } from "../format.ts";
import type { MeasureTexts } from "../texts.ts";

/** What the Measurement view shows: an incrementality report and a drift monitor's checks and events. */
export interface MeasurementData {
  readonly report: IncrementalityReport;
  readonly drift: Pick<DriftMonitorState, "checks" | "events">;
}

const percentFormat = (locale: string) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
const signedFormat = (locale: string) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** The plain-language click-through sentence: raised, lowered, or no significant difference (the CI spans 0). */
export function measurementSummaryText(
  report: IncrementalityReport,
  texts: Pick<MeasureTexts, "raised" | "lowered" | "noDifference" | "noData">,
  locale: string,
): string {
  const all = report.comparisons.find((c) => c.surface === null) ?? report.comparisons[0];
  const lift = all?.rates.find((r) => r.metric === "click")?.lift;
  if (!lift) return texts.noData;
  const percent = percentFormat(locale);
  const signed = signedFormat(locale);
  const values = {
    confidence: percent.format(report.confidence),
    low: signed.format(lift.low),
    high: signed.format(lift.high),
  };
  if (lift.low > 0)
    return formatMessage(texts.raised, { ...values, lift: percent.format(lift.estimate) }, locale);
  if (lift.high < 0)
    return formatMessage(texts.lowered, { ...values, lift: percent.format(-lift.estimate) }, locale);
  return formatMessage(texts.noDifference, { ...values, lift: signed.format(lift.estimate) }, locale);
}

/** Everything the Measurement view writes out, and what its two charts draw. */
export interface MeasurementView {
  readonly summary: string;
  /** The rates of the all-surfaces comparison. */
  readonly rates: readonly RateLift[];
  readonly labelOf: (rate: RateLift) => string;
  readonly liftDescription: string;
  readonly liftCaption: string;
  readonly intervalHeader: string;
  readonly liftRows: readonly {
    readonly key: string;
    readonly label: string;
    readonly control: string;
    readonly treatment: string;
    readonly lift: string;
    readonly interval: string;
    readonly pValue: string;
  }[];
  /** The monitored arm's checks and events, and the drift line's threshold. */
  readonly drift: {
    readonly title: string;
    readonly description: string;
    readonly checks: readonly DriftCheck[];
    readonly events: readonly DriftEvent[];
    readonly threshold: number;
  };
  readonly eventRows: readonly {
    readonly key: string;
    readonly time: string;
    readonly metric: string;
    readonly arm: string;
    readonly baseline: string;
    readonly observed: string;
    readonly drop: string;
  }[];
  readonly labels: MeasureTexts;
}

/**
 * The treatment-vs-control lift of each per-visitor rate with its interval, the monitored arm's click-through
 * against its baseline with its drift events, and the one-sentence summary.
 */
export function measurementView(data: MeasurementData, texts: MeasureTexts, locale: string): MeasurementView {
  const { report, drift } = data;
  const percent = percentFormat(locale);
  const signed = signedFormat(locale);
  const pValue = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });
  const all = report.comparisons.find((c) => c.surface === null) ?? report.comparisons[0];
  const rates = all?.rates ?? [];
  const labelOf = (rate: RateLift) => texts.metrics[rate.metric];
  const arm = drift.events[0]?.arm ?? drift.checks[0]?.arm ?? null;
  const checks = drift.checks.filter((c) => c.arm === arm);
  const events = drift.events.filter((e) => e.arm === arm);
  const threshold = drift.events[0]?.threshold ?? 0.1;
  const baseline = checks.at(-1)?.baseline ?? 0;
  const confidence = percent.format(report.confidence);
  const rateCell = (side: RateLift["control"]) =>
    formatMessage(
      texts.rateCell,
      {
        rate: percent.format(side.rate),
        successes: side.successes,
        visitors: side.visitors,
      },
      locale,
    );
  return {
    summary: measurementSummaryText(report, texts, locale),
    rates,
    labelOf,
    liftDescription: formatMessage(texts.liftDescription, { confidence }, locale),
    liftCaption: formatMessage(
      texts.liftCaption,
      { control: report.control, treatment: report.treatment },
      locale,
    ),
    intervalHeader: `${texts.liftColumns.interval} (${confidence})`,
    liftRows: rates.map((rate) => ({
      key: rate.metric,
      label: labelOf(rate),
      control: rateCell(rate.control),
      treatment: rateCell(rate.treatment),
      lift: rate.lift ? signed.format(rate.lift.estimate) : texts.undefinedLift,
      interval: rate.lift ? `${signed.format(rate.lift.low)} – ${signed.format(rate.lift.high)}` : "—",
      pValue: pValue.format(rate.pValue),
    })),
    drift: {
      title: formatMessage(texts.driftTitle, { arm: arm ?? "—" }, locale),
      description: formatMessage(
        texts.driftDescription,
        {
          baseline: percent.format(baseline),
          line: percent.format(baseline * (1 - threshold)),
          events: events.length,
        },
        locale,
      ),
      checks,
      events,
      threshold,
    },
    eventRows: drift.events.map((e) => ({
      key: `${e.arm}-${e.at}`,
      time: time.format(e.at),
      metric: e.metric,
      arm: e.arm ?? "—",
      baseline: percent.format(e.baseline),
      observed: percent.format(e.observed),
      drop: percent.format(e.drop),
    })),
    labels: texts,
  };
}

const ROW = 30;
const LABEL = 150;
const L_WIDTH = 420;
const PAD = 56;

/** The lift chart: interval bars around a 0 % line, the estimate as a dot. */
export interface LiftChartView {
  readonly viewBox: string;
  readonly height: number;
  /** The text alternative: the description and every interval. */
  readonly desc: string;
  readonly zero: number;
  readonly ticks: {
    readonly low: { readonly x: number; readonly text: string };
    readonly zero: { readonly x: number; readonly text: string };
    readonly high: { readonly x: number; readonly text: string };
  };
  readonly valueX: number;
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly y: number;
    readonly low: number;
    readonly high: number;
    readonly estimate: number;
    readonly value: string;
  }[];
}

/** The lift chart of the rates; those without a lift (an arm with no successes) are left out. */
export function liftChartView(
  rates: readonly RateLift[],
  labelOf: (rate: RateLift) => string,
  description: string,
  locale: string,
): LiftChartView {
  const drawn = rates.flatMap((r) => (r.lift ? [{ rate: r, lift: r.lift }] : []));
  const percent = signedFormat(locale);
  const extent = Math.max(0.1, ...drawn.flatMap(({ lift }) => [Math.abs(lift.low), Math.abs(lift.high)]));
  const plot = L_WIDTH - LABEL - PAD;
  const x = (value: number) => LABEL + plot / 2 + (value / extent) * (plot / 2);
  const height = Math.max(1, drawn.length) * ROW + 24;
  const summary = drawn
    .map(
      ({ rate, lift }) =>
        `${labelOf(rate)}: ${percent.format(lift.estimate)} (${percent.format(lift.low)} – ${percent.format(lift.high)})`,
    )
    .join("; ");
  return {
    viewBox: `0 0 ${L_WIDTH} ${height}`,
    height,
    desc: `${description} ${summary}`,
    zero: x(0),
    ticks: {
      low: { x: x(-extent), text: percent.format(-extent) },
      zero: { x: x(0), text: percent.format(0) },
      high: { x: x(extent), text: percent.format(extent) },
    },
    valueX: L_WIDTH - PAD + 50,
    rows: drawn.map(({ rate, lift }, i) => ({
      key: rate.metric,
      label: labelOf(rate),
      y: 4 + i * ROW + ROW / 2,
      low: x(lift.low),
      high: x(lift.high),
      estimate: x(lift.estimate),
      value: percent.format(lift.estimate),
    })),
  };
}

const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;

/** The drift chart: the CTR line, baseline and drift line, and a ring at each drift event. */
export interface DriftChartView {
  readonly viewBox: string;
  readonly desc: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly axisBottom: number;
  readonly labelY: number;
  readonly zeroY: number;
  readonly baselineY: number;
  readonly lineY: number;
  readonly zeroText: string;
  readonly baselineText: string;
  readonly points: string;
  readonly events: readonly { readonly key: number; readonly cx: number; readonly cy: number }[];
  readonly firstTime: string;
  readonly lastTime: string;
}

/** The drift chart of one arm's checks and events; `threshold` is the relative drop that counts as drift. */
export function driftChartView(input: {
  readonly checks: readonly DriftCheck[];
  readonly events: readonly DriftEvent[];
  readonly threshold: number;
  readonly description: string;
  readonly locale: string;
}): DriftChartView {
  const { checks, events, threshold, locale } = input;
  const percent = percentFormat(locale);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });
  const points = checks.filter((c): c is DriftCheck & { ctr: number } => c.ctr !== null);
  const first = checks[0]?.at ?? 0;
  const last = checks.at(-1)?.at ?? first + 1;
  const baseline = checks.at(-1)?.baseline ?? 0;
  const line = baseline * (1 - threshold);
  const top = Math.max(0.01, baseline, ...points.map((c) => c.ctr)) * 1.15;
  const x = (at: number) => LEFT + ((at - first) / Math.max(1, last - first)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / top) * (HEIGHT - TOP - BOTTOM);
  const summary = events
    .map((e) => `${time.format(e.at)}: ${percent.format(e.observed)} / ${percent.format(e.baseline)}`)
    .join("; ");
  return {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    desc: `${input.description} ${summary}`,
    left: LEFT,
    right: WIDTH - RIGHT,
    top: TOP,
    axisBottom: HEIGHT - BOTTOM,
    labelY: HEIGHT - 6,
    zeroY: y(0),
    baselineY: y(baseline),
    lineY: y(line),
    zeroText: percent.format(0),
    baselineText: percent.format(baseline),
    points: points.map((c) => `${x(c.at).toFixed(1)},${y(c.ctr).toFixed(1)}`).join(" "),
    events: events.map((e) => ({ key: e.at, cx: x(e.at), cy: y(e.observed) })),
    firstTime: time.format(first),
    lastTime: time.format(last),
  };
}
