/** A drift chart (inline SVG): an arm's rolling click-through per check against its baseline and the drift line. */
import type { DriftCheck, DriftEvent } from "@candor/core/measure";

/** Props of {@link DriftChart}. */
export interface DriftChartProps {
  /** The checks of one arm, oldest first. */
  readonly checks: readonly DriftCheck[];
  /** The drift events of that arm, marked on the line. */
  readonly events: readonly DriftEvent[];
  /** The relative drop that counts as drift (the drift line is baseline · (1 − threshold)). */
  readonly threshold: number;
  readonly title: string;
  readonly description: string;
  /** Labels of the baseline and the drift line. */
  readonly labels: { readonly baseline: string; readonly driftLine: string };
  /** Id prefix, unique on the page. */
  readonly id: string;
  /** UI language for numbers and times; default `"en"`. */
  readonly locale?: string;
}

const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;

/** The CTR line, dashed baseline and drift line, and a ring at each drift event; the text alternative states them. */
export function DriftChart(props: DriftChartProps) {
  const { checks, events, threshold, id, locale = "en" } = props;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });
  const points = checks.filter((c): c is DriftCheck & { ctr: number } => c.ctr !== null);
  const first = checks[0]?.at ?? 0;
  const last = checks.at(-1)?.at ?? first + 1;
  const baseline = checks.at(-1)?.baseline ?? 0;
  const line = baseline * (1 - threshold);
  const top = Math.max(0.01, baseline, ...points.map((c) => c.ctr)) * 1.15;
  const x = (at: number) => LEFT + ((at - first) / Math.max(1, last - first)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / top) * (HEIGHT - TOP - BOTTOM);
  const path = points.map((c) => `${x(c.at).toFixed(1)},${y(c.ctr).toFixed(1)}`).join(" ");
  const summary = events
    .map((e) => `${time.format(e.at)}: ${percent.format(e.observed)} / ${percent.format(e.baseline)}`)
    .join("; ");
  return (
    <svg
      class="candor-chart__svg candor-chart__svg--wide"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{`${props.description} ${summary}`}</desc>
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} class="candor-chart__axis" />
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} class="candor-chart__axis" />
      <text x={LEFT - 4} y={y(0)} text-anchor="end" class="candor-chart__value">
        {percent.format(0)}
      </text>
      <text x={LEFT - 4} y={y(baseline) + 4} text-anchor="end" class="candor-chart__value">
        {percent.format(baseline)}
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(baseline)} y2={y(baseline)} class="candor-chart__baseline" />
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(line)} y2={y(line)} class="candor-chart__threshold" />
      <text x={WIDTH - RIGHT} y={y(baseline) - 4} text-anchor="end" class="candor-chart__value">
        {props.labels.baseline}
      </text>
      <text x={WIDTH - RIGHT} y={y(line) + 14} text-anchor="end" class="candor-chart__value">
        {props.labels.driftLine}
      </text>
      <polyline points={path} class="candor-chart__line" />
      {events.map((e) => (
        <circle key={e.at} cx={x(e.at)} cy={y(e.observed)} r={6} class="candor-chart__event" />
      ))}
      <text x={LEFT} y={HEIGHT - 6} class="candor-chart__value">
        {time.format(first)}
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end" class="candor-chart__value">
        {time.format(last)}
      </text>
    </svg>
  );
}
