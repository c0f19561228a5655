/** A lift chart (inline SVG): each rate's treatment-vs-control lift with its confidence interval around 0 %. */
import type { RateLift } from "@candor/core/measure";

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

const ROW = 30;
const LABEL = 150;
const WIDTH = 420;
const PAD = 56;

/** Horizontal interval bars around a 0 % line, the estimate as a dot; the text alternative lists every interval. */
export function LiftChart({ rates, labelOf, title, description, id, locale = "en" }: LiftChartProps) {
  const drawn = rates.flatMap((r) => (r.lift ? [{ rate: r, lift: r.lift }] : []));
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const extent = Math.max(0.1, ...drawn.flatMap(({ lift }) => [Math.abs(lift.low), Math.abs(lift.high)]));
  const plot = WIDTH - LABEL - PAD;
  const x = (value: number) => LABEL + plot / 2 + (value / extent) * (plot / 2);
  const height = Math.max(1, drawn.length) * ROW + 24;
  const summary = drawn
    .map(
      ({ rate, lift }) =>
        `${labelOf(rate)}: ${percent.format(lift.estimate)} (${percent.format(lift.low)} – ${percent.format(lift.high)})`,
    )
    .join("; ");
  return (
    <svg
      class="candor-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{`${description} ${summary}`}</desc>
      <line x1={x(0)} x2={x(0)} y1={2} y2={height - 20} class="candor-chart__axis" />
      <text x={x(0)} y={height - 6} text-anchor="middle" class="candor-chart__value">
        {percent.format(0)}
      </text>
      <text x={x(-extent)} y={height - 6} text-anchor="start" class="candor-chart__value">
        {percent.format(-extent)}
      </text>
      <text x={x(extent)} y={height - 6} text-anchor="end" class="candor-chart__value">
        {percent.format(extent)}
      </text>
      {drawn.map(({ rate, lift }, i) => {
        const y = 4 + i * ROW + ROW / 2;
        return (
          <g key={rate.metric}>
            <text x={0} y={y + 4} class="candor-chart__label">
              {labelOf(rate)}
            </text>
            <line x1={x(lift.low)} x2={x(lift.high)} y1={y} y2={y} class="candor-chart__interval" />
            <line x1={x(lift.low)} x2={x(lift.low)} y1={y - 6} y2={y + 6} class="candor-chart__interval" />
            <line x1={x(lift.high)} x2={x(lift.high)} y1={y - 6} y2={y + 6} class="candor-chart__interval" />
            <circle cx={x(lift.estimate)} cy={y} r={5} class="candor-chart__point" />
            <text x={WIDTH - PAD + 50} y={y + 4} text-anchor="end" class="candor-chart__value">
              {percent.format(lift.estimate)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
