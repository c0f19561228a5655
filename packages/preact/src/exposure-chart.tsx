/** A bar chart (inline SVG) of position-weighted exposure by provider group, from audit entries. */
import { positionWeight } from "@candor/core/audit";
import type { AuditConsoleEntry } from "./audit-entry.ts";

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

/** Position-weighted exposure 1 / log2(rank + 1) per provider group, as shares of the total. */
export function exposureByGroup(entries: readonly AuditConsoleEntry[]): [string, number][] {
  const totals = new Map<string, number>();
  let sum = 0;
  for (const entry of entries) {
    const weight = positionWeight(entry.rank);
    const group = entry.providerGroup ?? "unknown";
    totals.set(group, (totals.get(group) ?? 0) + weight);
    sum += weight;
  }
  return [...totals]
    .map(([group, total]): [string, number] => [group, sum === 0 ? 0 : total / sum])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const BAR = 28;
const LABEL = 110;
const WIDTH = 360;

/** Horizontal bars with their shares written out; the figure's text alternative lists every share. */
export function ExposureChart({ entries, title, description, id, locale = "en" }: ExposureChartProps) {
  const shares = exposureByGroup(entries);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const summary = shares.map(([group, share]) => `${group}: ${percent.format(share)}`).join(", ");
  const height = Math.max(1, shares.length) * BAR + 8;
  return (
    <figure class="candor-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="candor-chart__caption">
        {title}
      </figcaption>
      <svg
        class="candor-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`${description} ${summary}`}</desc>
        {shares.map(([group, share], i) => {
          const y = 4 + i * BAR;
          const width = Math.max(1, share * (WIDTH - LABEL - 60));
          return (
            <g key={group}>
              <text x={0} y={y + 18} class="candor-chart__label">
                {group}
              </text>
              <rect x={LABEL} y={y + 4} width={width} height={BAR - 10} class="candor-chart__bar" />
              <text x={LABEL + width + 6} y={y + 18} class="candor-chart__value">
                {percent.format(share)}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="candor-chart__note">{description}</p>
    </figure>
  );
}
