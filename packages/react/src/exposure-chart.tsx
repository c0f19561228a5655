/** @jsxImportSource react */
/** A bar chart (inline SVG) of position-weighted exposure by provider group, from audit entries. */

import type { AuditConsoleEntry } from "@candor/core/ui/models";
import { exposureChartView } from "@candor/core/ui/models";

/** Position-weighted exposure 1 / log2(rank + 1) per provider group, as shares of the total. */
export { exposureByGroup } from "@candor/core/ui/models";

/** Props of {@link ExposureChart}. */
export interface ExposureChartProps {
  readonly entries: readonly AuditConsoleEntry[];
  readonly title: string;
  readonly description: string;
  /** Id prefix, unique on the page. */
  readonly id: string;
  /** UI language for numbers; default `"en"`. */
  readonly locale?: string;
}

/** Horizontal bars with their shares written out; the figure's text alternative lists every share. */
export function ExposureChart({ entries, title, description, id, locale = "en" }: ExposureChartProps) {
  const view = exposureChartView(entries, description, locale);
  return (
    <figure className="candor-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="candor-chart__caption">
        {title}
      </figcaption>
      <svg
        className="candor-chart__svg"
        viewBox={view.viewBox}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{view.desc}</desc>
        {view.bars.map((bar) => (
          <g key={bar.group}>
            <text x={0} y={bar.textY} className="candor-chart__label">
              {bar.group}
            </text>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="candor-chart__bar" />
            <text x={bar.valueX} y={bar.textY} className="candor-chart__value">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
      <p className="candor-chart__note">{description}</p>
    </figure>
  );
}
