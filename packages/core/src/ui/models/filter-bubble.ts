/** The audit console's "Filter bubble" view as data: per day, variety, outside share and exposure by provider. */
import { type BubbleDay, type BubbleLogRow, bubbleTimeline } from "../../rerank/bubble-timeline.ts";
import { formatMessage } from "../format.ts";
import type { BubbleTexts } from "../texts.ts";
import type { AuditConsoleEntry } from "./audit-entry.ts";

/** The texts of the Filter bubble view: `bubbleTexts(locale)` without the console's tab label. */
export type FilterBubbleMessages = Omit<BubbleTexts, "tab">;

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
/** Line and provider colours, in order. */
export const BUBBLE_COLORS: readonly string[] = [
  "#1f4fd1",
  "#c2410c",
  "#047857",
  "#7c3aed",
  "#b45309",
  "#6b7280",
];

/** The two charts' frame: the plot's corners and the axis labels. */
export interface BubbleAxes {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly height: number;
  readonly first: string | null;
  /** The last day's label, `null` with one day. */
  readonly last: string | null;
}

/** What a binding renders; `null` days means the log is empty. */
export interface FilterBubbleView {
  readonly viewBox: string;
  readonly axes: BubbleAxes;
  readonly summary: string;
  readonly entropyTop: string;
  readonly percentTop: string;
  readonly entropyPoints: string;
  readonly outsidePoints: string;
  readonly bars: readonly {
    readonly key: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly color: string;
    readonly title: string;
  }[];
  readonly providers: readonly { readonly name: string; readonly color: string }[];
  readonly rows: readonly {
    readonly key: number;
    readonly day: string;
    readonly slates: number;
    readonly entropy: string;
    readonly outside: string;
    readonly gini: string;
  }[];
}

/** The view of the entries' timeline, or `null` when there is no day to show. */
export function filterBubbleView(
  entries: readonly AuditConsoleEntry[],
  texts: FilterBubbleMessages,
  options: { readonly providers?: number | undefined; readonly locale: string },
): FilterBubbleView | null {
  const days = filterBubbleDays(entries, options.providers ?? 5);
  if (days.length === 0) return null;
  const { locale } = options;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const first = days.find((d) => d.subjectEntropy !== null)?.subjectEntropy ?? 0;
  const last = [...days].reverse().find((d) => d.subjectEntropy !== null)?.subjectEntropy ?? 0;
  const outsideLast = [...days].reverse().find((d) => d.outsideShare !== null)?.outsideShare ?? 0;
  const maxEntropy = Math.max(1, ...days.map((d) => d.subjectEntropy ?? 0));
  const x = (i: number) => (days.length > 1 ? (i / (days.length - 1)) * (W - L - 8) + L + 4 : (W + L) / 2);
  const line = (value: (d: BubbleDay) => number | null, scale: number) =>
    days
      .map((d, i) => [i, value(d)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null)
      .map(([i, v]) => `${x(i).toFixed(1)},${(B - (v / scale) * (B - 8)).toFixed(1)}`)
      .join(" ");
  const providerNames = [...new Set(days.flatMap((d) => d.providers.map((p) => p.provider)))];
  const color = (i: number) => BUBBLE_COLORS[i % BUBBLE_COLORS.length] ?? "#6b7280";
  const step = (W - L) / days.length;
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  return {
    viewBox: `0 0 ${W} ${H}`,
    axes: {
      left: L,
      right: W,
      bottom: B,
      height: H,
      first: firstDay ? date.format(firstDay.start) : null,
      last: lastDay && days.length > 1 ? date.format(lastDay.start) : null,
    },
    summary: formatMessage(
      texts.summary,
      {
        days: days.length,
        first: number.format(first),
        last: number.format(last),
        outside: percent.format(outsideLast),
      },
      locale,
    ),
    entropyTop: number.format(maxEntropy),
    percentTop: percent.format(1),
    entropyPoints: line((d) => d.subjectEntropy, maxEntropy),
    outsidePoints: line((d) => d.outsideShare, 1),
    bars: days.flatMap((d, i) => {
      let y = B;
      return d.providers.map((p) => {
        const h = p.share * (B - 4);
        y -= h;
        return {
          key: `${d.start}-${p.provider}`,
          x: L + i * step + 1,
          y,
          width: Math.max(1, step - 2),
          height: h,
          color: color(providerNames.indexOf(p.provider)),
          title: `${date.format(d.start)} ${p.provider}: ${percent.format(p.share)}`,
        };
      });
    }),
    providers: providerNames.map((name, i) => ({ name, color: color(i) })),
    rows: days.map((d) => ({
      key: d.start,
      day: date.format(d.start),
      slates: d.slates,
      entropy: d.subjectEntropy === null ? "–" : number.format(d.subjectEntropy),
      outside: d.outsideShare === null ? "–" : percent.format(d.outsideShare),
      gini: number.format(d.providerGini),
    })),
  };
}
