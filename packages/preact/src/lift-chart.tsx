/** A lift chart (inline SVG): each rate's treatment-vs-control lift with its confidence interval around 0 %. */
import type { RateLift } from "@candor/core/measure";
import { liftChartView } from "@candor/core/ui/models";

/** Props of {@link LiftChart}. */
export interface LiftChartProps {
  /** The rates to draw; those without a lift (an arm with no successes) are left out of the chart. */
  readonly rates: readonly RateLift[];
  /** Label of each rate metric. */
  readonly labelOf: (rate: RateLift) => string;
  readonly title: string;
  readonly description: string;
  /** Id prefix, unique on the page. */
  readonly id: string;
  /** UI language for numbers; default `"en"`. */
  readonly locale?: string;
}

/** Horizontal interval bars around a 0 % line, the estimate as a dot; the text alternative lists every interval. */
export function LiftChart({ rates, labelOf, title, description, id, locale = "en" }: LiftChartProps) {
  const v = liftChartView(rates, labelOf, description, locale);
  return (
    <svg class="candor-chart__svg" viewBox={v.viewBox} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{v.desc}</desc>
      <line x1={v.zero} x2={v.zero} y1={2} y2={v.height - 20} class="candor-chart__axis" />
      <text x={v.ticks.zero.x} y={v.height - 6} text-anchor="middle" class="candor-chart__value">
        {v.ticks.zero.text}
      </text>
      <text x={v.ticks.low.x} y={v.height - 6} text-anchor="start" class="candor-chart__value">
        {v.ticks.low.text}
      </text>
      <text x={v.ticks.high.x} y={v.height - 6} text-anchor="end" class="candor-chart__value">
        {v.ticks.high.text}
      </text>
      {v.rows.map((r) => (
        <g key={r.key}>
          <text x={0} y={r.y + 4} class="candor-chart__label">
            {r.label}
          </text>
          <line x1={r.low} x2={r.high} y1={r.y} y2={r.y} class="candor-chart__interval" />
          <line x1={r.low} x2={r.low} y1={r.y - 6} y2={r.y + 6} class="candor-chart__interval" />
          <line x1={r.high} x2={r.high} y1={r.y - 6} y2={r.y + 6} class="candor-chart__interval" />
          <circle cx={r.estimate} cy={r.y} r={5} class="candor-chart__point" />
          <text x={v.valueX} y={r.y + 4} text-anchor="end" class="candor-chart__value">
            {r.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
