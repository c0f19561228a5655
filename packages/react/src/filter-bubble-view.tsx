/** @jsxImportSource react */
/**
 * The audit console's "Filter bubble" view of the log: per day, how varied each subject's served categories are,
 * the share outside the categories they were first shown, and exposure by provider (inline SVG and a table).
 */
import { bubbleTexts } from "@candor/core/ui";
import type { AuditConsoleEntry } from "@candor/core/ui/models";
import { BUBBLE_COLORS, type FilterBubbleMessages, filterBubbleView } from "@candor/core/ui/models";

/** The texts of {@link FilterBubbleView}: `bubbleTexts(locale)` without the console's tab label. */
export type { FilterBubbleMessages } from "@candor/core/ui/models";

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
export { filterBubbleDays } from "@candor/core/ui/models";

/** Two inline charts and an accessible table; no hooks, so it renders anywhere. */
export function FilterBubbleView(props: FilterBubbleViewProps) {
  const own = bubbleTexts(props.locale);
  const text = { ...own, ...props.messages };
  const locale = props.locale ?? "en";
  const v = filterBubbleView(props.entries, text, { providers: props.providers, locale });
  const Heading = props.headingLevel === 2 ? "h2" : props.headingLevel === 4 ? "h4" : "h3";
  if (!v)
    return (
      <section className="candor-bubble" aria-labelledby={`${props.id}-title`} lang={own.lang} dir={own.dir}>
        <Heading id={`${props.id}-title`}>{text.title}</Heading>
        <p>{text.empty}</p>
      </section>
    );
  const { axes } = v;
  // Axis labels: the days at both ends below, the scale at the left (entropy in bits; shares 0–100 %).
  const frame = (top: string) => (
    <g className="candor-chart__labels">
      <line x1={axes.left} y1={axes.bottom} x2={axes.right} y2={axes.bottom} className="candor-chart__axis" />
      <line x1={axes.left} y1={4} x2={axes.left} y2={axes.bottom} className="candor-chart__axis" />
      <text x={axes.left - 4} y={12} textAnchor="end">
        {top}
      </text>
      <text x={axes.left - 4} y={axes.bottom} textAnchor="end">
        0
      </text>
      {axes.first !== null && (
        <text x={axes.left} y={axes.height - 4}>
          {axes.first}
        </text>
      )}
      {axes.last !== null && (
        <text x={axes.right} y={axes.height - 4} textAnchor="end">
          {axes.last}
        </text>
      )}
    </g>
  );
  return (
    <section className="candor-bubble" aria-labelledby={`${props.id}-title`} lang={own.lang} dir={own.dir}>
      <Heading id={`${props.id}-title`}>{text.title}</Heading>
      <figure className="candor-chart">
        <figcaption className="candor-chart__caption">{text.entropyChart}</figcaption>
        <svg
          className="candor-chart__svg"
          viewBox={v.viewBox}
          role="img"
          aria-labelledby={`${props.id}-entropy-title ${props.id}-summary`}
        >
          <title id={`${props.id}-entropy-title`}>{text.entropyChart}</title>
          {frame(v.entropyTop)}
          <polyline points={v.entropyPoints} fill="none" stroke={BUBBLE_COLORS[0]} strokeWidth={2} />
          <polyline
            points={v.outsidePoints}
            fill="none"
            stroke={BUBBLE_COLORS[1]}
            strokeWidth={2}
            strokeDasharray="4 3"
          />
        </svg>
        <ul className="candor-bubble__legend">
          <li>
            <span
              className="candor-bubble__swatch"
              style={{ background: BUBBLE_COLORS[0] }}
              aria-hidden="true"
            />{" "}
            {text.entropy}
          </li>
          <li>
            <span className="candor-bubble__swatch candor-bubble__swatch--dashed" aria-hidden="true" />{" "}
            {text.outside}
          </li>
        </ul>
      </figure>
      <figure className="candor-chart">
        <figcaption className="candor-chart__caption">{text.providerChart}</figcaption>
        <svg
          className="candor-chart__svg"
          viewBox={v.viewBox}
          role="img"
          aria-labelledby={`${props.id}-provider-title ${props.id}-summary`}
        >
          <title id={`${props.id}-provider-title`}>{text.providerChart}</title>
          {frame(v.percentTop)}
          {v.bars.map((bar) => (
            <rect key={bar.key} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color}>
              <title>{bar.title}</title>
            </rect>
          ))}
        </svg>
        <ul className="candor-bubble__legend">
          {v.providers.map((p) => (
            <li key={p.name}>
              <span className="candor-bubble__swatch" style={{ background: p.color }} aria-hidden="true" />{" "}
              {p.name}
            </li>
          ))}
        </ul>
      </figure>
      <p className="candor-chart__note" id={`${props.id}-summary`}>
        {v.summary}
      </p>
      <table className="candor-bubble__table">
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
          {v.rows.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.day}</th>
              <td>{d.slates}</td>
              <td>{d.entropy}</td>
              <td>{d.outside}</td>
              <td>{d.gini}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
