/** A bar chart (inline SVG) of distinct categories per served slate, from audit entries. */
import { auditTexts, formatMessage } from "@candor/core/ui";
import type { AuditConsoleEntry } from "./audit-entry.ts";

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

/** Distinct categories of each slate, in log order. */
export function categoriesPerSlate(
  entries: readonly AuditConsoleEntry[],
): { slate: string; count: number }[] {
  const bySlate = new Map<string, Set<string>>();
  for (const entry of entries) {
    const set = bySlate.get(entry.slate) ?? new Set<string>();
    set.add(entry.category ?? entry.item);
    bySlate.set(entry.slate, set);
  }
  return [...bySlate].map(([slate, set]) => ({ slate, count: set.size }));
}

const WIDTH = 360;
const HEIGHT = 120;
/** Left margin for the count axis, bottom margin for the slate axis. */
const L = 22;
const BOTTOM = 16;

/** Vertical bars, one per slate (latest on the right); the text alternative gives the mean. */
export function DiversityChart({
  entries,
  title,
  description,
  id,
  slates = 40,
  locale = "en",
}: DiversityChartProps) {
  const all = categoriesPerSlate(entries);
  const shown = all.slice(-slates);
  const max = Math.max(1, ...shown.map((s) => s.count));
  const mean = all.length === 0 ? 0 : all.reduce((sum, s) => sum + s.count, 0) / all.length;
  const text = formatMessage(
    description,
    {
      mean: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mean),
      slates: all.length,
    },
    locale,
  );
  const step = (WIDTH - L) / Math.max(1, slates);
  const words = auditTexts(locale);
  return (
    <figure class="candor-chart" aria-labelledby={`${id}-caption`} lang={words.lang} dir={words.dir}>
      <figcaption id={`${id}-caption`} class="candor-chart__caption">
        {title}
      </figcaption>
      <svg
        class="candor-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + BOTTOM}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{text}</desc>
        <g class="candor-chart__labels">
          <line x1={L} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} class="candor-chart__axis" />
          <line x1={L} y1={8} x2={L} y2={HEIGHT} class="candor-chart__axis" />
          <text x={L - 4} y={14} text-anchor="end">
            {max}
          </text>
          <text x={L - 4} y={HEIGHT} text-anchor="end">
            0
          </text>
          <text x={0} y={HEIGHT + BOTTOM - 3}>
            {`↑ ${words.diversityAxisY}`}
          </text>
          <text x={WIDTH} y={HEIGHT + BOTTOM - 3} text-anchor="end">
            {words.diversityAxisX}
          </text>
        </g>
        {shown.map((s, i) => {
          const h = (s.count / max) * (HEIGHT - 8);
          return (
            <rect
              key={s.slate}
              x={L + i * step + 1}
              y={HEIGHT - h}
              width={Math.max(1, step - 2)}
              height={h}
              class="candor-chart__bar"
            />
          );
        })}
      </svg>
      <p class="candor-chart__note">{text}</p>
    </figure>
  );
}
