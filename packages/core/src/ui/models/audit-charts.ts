/** The audit console's charts as data: exposure by provider group and categories per slate, with their geometry. */
import { positionWeight } from "../../internal/position-weight.ts";
import { formatMessage } from "../format.ts";
import type { AuditConsoleEntry } from "./audit-entry.ts";

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

const BAR = 28;
const LABEL = 110;
const WIDTH = 360;

/** The exposure chart: horizontal bars with their shares written out. */
export interface ExposureChartView {
  readonly viewBox: string;
  /** The text alternative: the description and every share. */
  readonly desc: string;
  readonly bars: readonly {
    readonly group: string;
    /** Baseline of the label and value texts. */
    readonly textY: number;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly valueX: number;
    readonly value: string;
  }[];
}

/** The exposure chart of the entries. */
export function exposureChartView(
  entries: readonly AuditConsoleEntry[],
  description: string,
  locale: string,
): ExposureChartView {
  const shares = exposureByGroup(entries);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const summary = shares.map(([group, share]) => `${group}: ${percent.format(share)}`).join(", ");
  const height = Math.max(1, shares.length) * BAR + 8;
  return {
    viewBox: `0 0 ${WIDTH} ${height}`,
    desc: `${description} ${summary}`,
    bars: shares.map(([group, share], i) => {
      const y = 4 + i * BAR;
      const width = Math.max(1, share * (WIDTH - LABEL - 60));
      return {
        group,
        textY: y + 18,
        x: LABEL,
        y: y + 4,
        width,
        height: BAR - 10,
        valueX: LABEL + width + 6,
        value: percent.format(share),
      };
    }),
  };
}

const D_WIDTH = 360;
const D_HEIGHT = 120;
/** Left margin for the count axis, bottom margin for the slate axis. */
const D_LEFT = 22;
const D_BOTTOM = 16;

/** The diversity chart: one bar per slate (latest on the right) and its axes. */
export interface DiversityChartView {
  readonly viewBox: string;
  /** The description with the mean and the number of slates filled in. */
  readonly text: string;
  readonly axes: {
    readonly left: number;
    readonly right: number;
    readonly bottom: number;
    readonly max: number;
    readonly labelY: number;
  };
  readonly bars: readonly {
    readonly slate: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  }[];
}

/** The diversity chart of the latest `slates` slates; `description` has `{mean}` and `{slates}`. */
export function diversityChartView(
  entries: readonly AuditConsoleEntry[],
  description: string,
  slates: number,
  locale: string,
): DiversityChartView {
  const all = categoriesPerSlate(entries);
  const shown = all.slice(-slates);
  const max = Math.max(1, ...shown.map((s) => s.count));
  const mean = all.length === 0 ? 0 : all.reduce((sum, s) => sum + s.count, 0) / all.length;
  const step = (D_WIDTH - D_LEFT) / Math.max(1, slates);
  return {
    viewBox: `0 0 ${D_WIDTH} ${D_HEIGHT + D_BOTTOM}`,
    text: formatMessage(
      description,
      {
        mean: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mean),
        slates: all.length,
      },
      locale,
    ),
    axes: { left: D_LEFT, right: D_WIDTH, bottom: D_HEIGHT, max, labelY: D_HEIGHT + D_BOTTOM - 3 },
    bars: shown.map((s, i) => {
      const h = (s.count / max) * (D_HEIGHT - 8);
      return {
        slate: s.slate,
        x: D_LEFT + i * step + 1,
        y: D_HEIGHT - h,
        width: Math.max(1, step - 2),
        height: h,
      };
    }),
  };
}
