/** A drift chart (inline SVG): an arm's rolling click-through per check against its baseline and the drift line. */
import type { DriftCheck, DriftEvent } from "@candor/core/measure";
import { driftChartView } from "@candor/core/ui/models";

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

/** The CTR line, dashed baseline and drift line, and a ring at each drift event; the text alternative states them. */
export function DriftChart(props: DriftChartProps) {
  const { id, locale = "en" } = props;
  const v = driftChartView({ ...props, locale });
  return (
    <svg
      class="candor-chart__svg candor-chart__svg--wide"
      viewBox={v.viewBox}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{v.desc}</desc>
      <line x1={v.left} x2={v.left} y1={v.top} y2={v.axisBottom} class="candor-chart__axis" />
      <line x1={v.left} x2={v.right} y1={v.zeroY} y2={v.zeroY} class="candor-chart__axis" />
      <text x={v.left - 4} y={v.zeroY} text-anchor="end" class="candor-chart__value">
        {v.zeroText}
      </text>
      <text x={v.left - 4} y={v.baselineY + 4} text-anchor="end" class="candor-chart__value">
        {v.baselineText}
      </text>
      <line x1={v.left} x2={v.right} y1={v.baselineY} y2={v.baselineY} class="candor-chart__baseline" />
      <line x1={v.left} x2={v.right} y1={v.lineY} y2={v.lineY} class="candor-chart__threshold" />
      <text x={v.right} y={v.baselineY - 4} text-anchor="end" class="candor-chart__value">
        {props.labels.baseline}
      </text>
      <text x={v.right} y={v.lineY + 14} text-anchor="end" class="candor-chart__value">
        {props.labels.driftLine}
      </text>
      <polyline points={v.points} class="candor-chart__line" />
      {v.events.map((e) => (
        <circle key={e.key} cx={e.cx} cy={e.cy} r={6} class="candor-chart__event" />
      ))}
      <text x={v.left} y={v.labelY} class="candor-chart__value">
        {v.firstTime}
      </text>
      <text x={v.right} y={v.labelY} text-anchor="end" class="candor-chart__value">
        {v.lastTime}
      </text>
    </svg>
  );
}
