/** A bar chart (inline SVG) of distinct categories per served slate, from audit entries. */
import { auditTexts } from "@candor/core/ui";
import { diversityChartView } from "@candor/core/ui/models";
import type { AuditConsoleEntry } from "./audit-entry.ts";

/** Distinct categories of each slate, in log order. */
export { categoriesPerSlate } from "@candor/core/ui/models";

/** Props of {@link DiversityChart}. */
export interface DiversityChartProps {
  readonly entries: readonly AuditConsoleEntry[];
  readonly title: string;
  /** A message with `{mean}` and `{slates}`. */
  readonly description: string;
  /** Id prefix, unique on the page. */
  readonly id: string;
  /** How many of the latest slates to draw; default 40. */
  readonly slates?: number;
  /** UI language for numbers; default `"en"`. */
  readonly locale?: string;
}

/** Vertical bars, one per slate (latest on the right); the text alternative gives the mean. */
export function DiversityChart({
  entries,
  title,
  description,
  id,
  slates = 40,
  locale = "en",
}: DiversityChartProps) {
  const view = diversityChartView(entries, description, slates, locale);
  const { axes } = view;
  const words = auditTexts(locale);
  return (
    <figure class="candor-chart" aria-labelledby={`${id}-caption`} lang={words.lang} dir={words.dir}>
      <figcaption id={`${id}-caption`} class="candor-chart__caption">
        {title}
      </figcaption>
      <svg
        class="candor-chart__svg"
        viewBox={view.viewBox}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{view.text}</desc>
        <g class="candor-chart__labels">
          <line x1={axes.left} y1={axes.bottom} x2={axes.right} y2={axes.bottom} class="candor-chart__axis" />
          <line x1={axes.left} y1={8} x2={axes.left} y2={axes.bottom} class="candor-chart__axis" />
          <text x={axes.left - 4} y={14} text-anchor="end">
            {axes.max}
          </text>
          <text x={axes.left - 4} y={axes.bottom} text-anchor="end">
            0
          </text>
          <text x={0} y={axes.labelY}>
            {`↑ ${words.diversityAxisY}`}
          </text>
          <text x={axes.right} y={axes.labelY} text-anchor="end">
            {words.diversityAxisX}
          </text>
        </g>
        {view.bars.map((bar) => (
          <rect
            key={bar.slate}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            class="candor-chart__bar"
          />
        ))}
      </svg>
      <p class="candor-chart__note">{view.text}</p>
    </figure>
  );
}
