import { describe, expect, it } from "vitest";
import type { AuditConsoleEntry } from "./audit-entry.ts";
import { filterBubbleDays } from "./filter-bubble-view.tsx";
import { FeedWidthNote, FilterBubbleView } from "./index.ts";

interface Node {
  readonly type: unknown;
  readonly props: { readonly children?: unknown } & Record<string, unknown>;
}

/** Every element of a rendered tree (function components called), depth first. */
function elements(node: unknown): Node[] {
  if (node === null || node === undefined || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap(elements);
  const v = node as Node;
  if (typeof v.type === "function") return elements((v.type as (p: unknown) => unknown)(v.props));
  return [v, ...elements(v.props.children)];
}
function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  const v = node as Node;
  if (typeof v.type === "function") return textOf((v.type as (p: unknown) => unknown)(v.props));
  return textOf(v.props.children);
}

const DAY = 86_400_000;
const entry = (
  index: number,
  day: number,
  subject: string,
  category: string,
  provider: string,
): AuditConsoleEntry => ({
  index,
  at: Date.UTC(2026, 2, 1) + day * DAY,
  slate: `sl_${day}_${subject}`,
  subject,
  surface: "home",
  item: `p${index}`,
  rank: (index % 3) + 1,
  mode: "personalized",
  templateId: "because-viewed",
  text: "",
  purposes: [],
  consentEventId: null,
  provider,
  category,
});

describe("FilterBubbleView", () => {
  const entries = [
    entry(0, 0, "s_a", "books", "acme"),
    entry(1, 0, "s_a", "books", "acme"),
    entry(2, 0, "s_a", "games", "indie"),
    entry(3, 1, "s_a", "garden", "indie"),
    entry(4, 1, "s_a", "books", "acme"),
  ];

  it("shows per-day variety, the share outside first categories and exposure by provider", () => {
    const days = filterBubbleDays(entries);
    expect(days).toHaveLength(2);
    expect(days[1]?.outsideShare).toBeCloseTo(0.5, 12);
    const tree = <FilterBubbleView entries={entries} id="fb" messages={{ title: "Bubble" }} />;
    const text = textOf(tree);
    expect(text).toContain("Bubble");
    expect(text).toContain("Over 2 days the categories served to each shopper went from 0.92 to 1 bits");
    expect(text).toContain("on the last day 50% of what returning shoppers saw");
    const all = elements(tree);
    expect(all.filter((e) => e.type === "polyline")).toHaveLength(2);
    expect(all.filter((e) => e.type === "tr")).toHaveLength(3);
    expect(all.filter((e) => e.type === "rect").length).toBe(4);
    expect(all.filter((e) => e.type === "title").map((e) => textOf(e.props.children))).toContain(
      "Exposure by provider, per day",
    );
  });

  it("says so when the log has no served slates", () => {
    expect(textOf(<FilterBubbleView entries={[]} id="fb" />)).toContain("No served slates in the log yet");
  });
});

describe("FeedWidthNote", () => {
  const departmentOf = (item: string) => ({ a: "books", b: "games", c: "garden" })[item];
  const departments = ["books", "games", "garden", "toys"];

  it("says in plain words how many departments the recent slates covered", () => {
    const note = (
      <FeedWidthNote
        slates={[["a", "b"], ["a"]]}
        departmentOf={departmentOf}
        departments={departments}
        id="w"
        showMissing
      />
    );
    expect(textOf(note)).toBe(
      "Your recommendations cover 2 of 4 departments. Not shown lately: garden and toys.",
    );
    expect(elements(note)[0]?.props.id).toBe("w");
    expect(textOf(<FeedWidthNote slates={[]} departmentOf={departmentOf} departments={departments} />)).toBe(
      "You have not been shown any recommendations yet.",
    );
    const de = (
      <FeedWidthNote
        slates={[["c"]]}
        departmentOf={departmentOf}
        departments={departments}
        messages={{ covered: "Ihre Empfehlungen decken {covered} von {total} Abteilungen ab." }}
      />
    );
    expect(textOf(de)).toBe("Ihre Empfehlungen decken 1 von 4 Abteilungen ab.");
  });
});
