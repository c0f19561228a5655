/** A bar chart (inline SVG) of distinct categories per served slate, from audit entries. */
import type { AuditConsoleEntry } from "./audit-entry.ts";
import { formatMessage } from "./messages.ts";

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
  const text = formatMessage(description, {
    mean: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mean),
    slates: all.length,
  });
  const step = WIDTH / Math.max(1, slates);
  return (
    <figure class="candor-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="candor-chart__caption">
        {title}
      </figcaption>
      <svg
        class="candor-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 2}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{text}</desc>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} class="candor-chart__axis" />
        {shown.map((s, i) => {
          const h = (s.count / max) * (HEIGHT - 8);
          return (
            <rect
              key={s.slate}
              x={i * step + 1}
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
