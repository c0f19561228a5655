/**
 * The audit console's "Filter bubble" view of the log: per day, how varied each subject's served categories are,
 * the share outside the categories they were first shown, and exposure by provider (inline SVG and a table).
 */
import { type BubbleDay, type BubbleLogRow, bubbleTimeline } from "@candor/core/rerank";
import { type BubbleTexts, bubbleTexts, formatMessage } from "@candor/core/ui";
import type { AuditConsoleEntry } from "./audit-entry.ts";

/** The texts of {@link FilterBubbleView}: `bubbleTexts(locale)` without the console's tab label. */
export type FilterBubbleMessages = Omit<BubbleTexts, "tab">;

/** Props of {@link FilterBubbleView}. */
export interface FilterBubbleViewProps {
  /** The audit console's entries (one per served item). */
  readonly entries: readonly AuditConsoleEntry[];
  /** Id prefix, unique on the page. */
  readonly id: string;
  readonly messages?: Partial<FilterBubbleMessages>;
  /** Providers named in the exposure chart; the rest are "(other)". Default 5. */
  readonly providers?: number;
  /** UI language for numbers and dates; default `"en"`. */
  readonly locale?: string;
  /** Level of the view's heading; default 3. */
  readonly headingLevel?: 2 | 3 | 4;
}

/** The timeline of audit-console entries (pure): `bubbleTimeline` over the entries' day buckets. */
export function filterBubbleDays(entries: readonly AuditConsoleEntry[], providers = 5): BubbleDay[] {
  const rows: BubbleLogRow[] = entries.map((e) => ({
    at: e.at,
    slate: e.slate,
    subject: e.subject || null,
    rank: e.rank,
    category: e.category ?? null,
    provider: e.provider ?? null,
  }));
  return bubbleTimeline(rows, { providers });
}

const W = 360;
const H = 140;
/** The plot's bottom; below it the day axis is labelled. */
const B = H - 20;
const L = 28;
const COLORS = ["#1f4fd1", "#c2410c", "#047857", "#7c3aed", "#b45309", "#6b7280"];

/** Two inline charts and an accessible table; no hooks, so it renders anywhere. */
export function FilterBubbleView(props: FilterBubbleViewProps) {
  const own = bubbleTexts(props.locale);
  const text = { ...own, ...props.messages };
  const days = filterBubbleDays(props.entries, props.providers ?? 5);
  const locale = props.locale ?? "en";
  const Heading = props.headingLevel === 2 ? "h2" : props.headingLevel === 4 ? "h4" : "h3";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  if (days.length === 0)
    return (
      <section class="candor-bubble" aria-labelledby={`${props.id}-title`} lang={own.lang} dir={own.dir}>
        <Heading id={`${props.id}-title`}>{text.title}</Heading>
        <p>{text.empty}</p>
      </section>
    );
  const first = days.find((d) => d.subjectEntropy !== null)?.subjectEntropy ?? 0;
  const last = [...days].reverse().find((d) => d.subjectEntropy !== null)?.subjectEntropy ?? 0;
  const outsideLast = [...days].reverse().find((d) => d.outsideShare !== null)?.outsideShare ?? 0;
  const summary = formatMessage(
    text.summary,
    {
      days: days.length,
      first: number.format(first),
      last: number.format(last),
      outside: percent.format(outsideLast),
    },
    locale,
  );
  const maxEntropy = Math.max(1, ...days.map((d) => d.subjectEntropy ?? 0));
  const x = (i: number) => (days.length > 1 ? (i / (days.length - 1)) * (W - L - 8) + L + 4 : (W + L) / 2);
  const line = (value: (d: BubbleDay) => number | null, scale: number) =>
    days
      .map((d, i) => [i, value(d)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null)
      .map(([i, v]) => `${x(i).toFixed(1)},${(B - (v / scale) * (B - 8)).toFixed(1)}`)
      .join(" ");
  const providerNames = [...new Set(days.flatMap((d) => d.providers.map((p) => p.provider)))];
  const step = (W - L) / days.length;
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  // Axis labels: the days at both ends below, the scale at the left (entropy in bits; shares 0–100 %).
  const axes = (top: string) => (
    <g class="candor-chart__labels">
      <line x1={L} y1={B} x2={W} y2={B} class="candor-chart__axis" />
      <line x1={L} y1={4} x2={L} y2={B} class="candor-chart__axis" />
      <text x={L - 4} y={12} text-anchor="end">
        {top}
      </text>
      <text x={L - 4} y={B} text-anchor="end">
        0
      </text>
      {firstDay && (
        <text x={L} y={H - 4}>
          {date.format(firstDay.start)}
        </text>
      )}
      {lastDay && days.length > 1 && (
        <text x={W} y={H - 4} text-anchor="end">
          {date.format(lastDay.start)}
        </text>
      )}
    </g>
  );
  return (
    <section class="candor-bubble" aria-labelledby={`${props.id}-title`} lang={own.lang} dir={own.dir}>
      <Heading id={`${props.id}-title`}>{text.title}</Heading>
      <figure class="candor-chart">
        <figcaption class="candor-chart__caption">{text.entropyChart}</figcaption>
        <svg
          class="candor-chart__svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${props.id}-entropy-title ${props.id}-summary`}
        >
          <title id={`${props.id}-entropy-title`}>{text.entropyChart}</title>
          {axes(number.format(maxEntropy))}
          <polyline
            points={line((d) => d.subjectEntropy, maxEntropy)}
            fill="none"
            stroke={COLORS[0]}
            stroke-width={2}
          />
          <polyline
            points={line((d) => d.outsideShare, 1)}
            fill="none"
            stroke={COLORS[1]}
            stroke-width={2}
            stroke-dasharray="4 3"
          />
        </svg>
        <ul class="candor-bubble__legend">
          <li>
            <span class="candor-bubble__swatch" style={{ background: COLORS[0] }} aria-hidden="true" />{" "}
            {text.entropy}
          </li>
          <li>
            <span class="candor-bubble__swatch candor-bubble__swatch--dashed" aria-hidden="true" />{" "}
            {text.outside}
          </li>
        </ul>
      </figure>
      <figure class="candor-chart">
        <figcaption class="candor-chart__caption">{text.providerChart}</figcaption>
        <svg
          class="candor-chart__svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${props.id}-provider-title ${props.id}-summary`}
        >
          <title id={`${props.id}-provider-title`}>{text.providerChart}</title>
          {axes(percent.format(1))}
          {days.map((d, i) => {
            let y = B;
            return d.providers.map((p) => {
              const h = p.share * (B - 4);
              y -= h;
              const color = COLORS[providerNames.indexOf(p.provider) % COLORS.length];
              return (
                <rect
                  key={`${d.start}-${p.provider}`}
                  x={L + i * step + 1}
                  y={y}
                  width={Math.max(1, step - 2)}
                  height={h}
                  fill={color}
                >
                  <title>{`${date.format(d.start)} ${p.provider}: ${percent.format(p.share)}`}</title>
                </rect>
              );
            });
          })}
        </svg>
        <ul class="candor-bubble__legend">
          {providerNames.map((p, i) => (
            <li key={p}>
              <span
                class="candor-bubble__swatch"
                style={{ background: COLORS[i % COLORS.length] }}
                aria-hidden="true"
              />{" "}
              {p}
            </li>
          ))}
        </ul>
      </figure>
      <p class="candor-chart__note" id={`${props.id}-summary`}>
        {summary}
      </p>
      <table class="candor-bubble__table">
        <thead>
          <tr>
            <th scope="col">{text.day}</th>
            <th scope="col">{text.slates}</th>
            <th scope="col">{text.entropy}</th>
            <th scope="col">{text.outside}</th>
            <th scope="col">{text.providerGini}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.start}>
              <th scope="row">{date.format(d.start)}</th>
              <td>{d.slates}</td>
              <td>{d.subjectEntropy === null ? "–" : number.format(d.subjectEntropy)}</td>
              <td>{d.outsideShare === null ? "–" : percent.format(d.outsideShare)}</td>
              <td>{number.format(d.providerGini)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
