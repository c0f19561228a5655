import { describe, expect, it } from "vitest";
import { consoleEntriesToCsv, filterEntries } from "./audit-console.tsx";
import { categoriesPerSlate } from "./diversity-chart.tsx";
import { exposureByGroup } from "./exposure-chart.tsx";
import type { AuditConsoleEntry } from "./index.ts";

const entry = (index: number, patch: Partial<AuditConsoleEntry> = {}): AuditConsoleEntry => ({
  index,
  at: 1_800_000_000_000 + index,
  slate: `sl_${Math.floor(index / 2)}`,
  subject: index < 2 ? "s_alice" : "s_bob",
  surface: index < 2 ? "home" : "pdp-similar",
  item: `p${index}`,
  rank: (index % 2) + 1,
  mode: index < 2 ? "personalized" : "non_profiling",
  templateId: "because-viewed",
  text: `Because you viewed item ${index}`,
  purposes: ["personalization.browsing"],
  consentEventId: "ce_1",
  providerGroup: index % 2 === 0 ? "large" : "independent",
  category: index < 3 ? "outdoor/camping" : "books/fiction",
  ...patch,
});

const entries = [0, 1, 2, 3].map((i) => entry(i));
const none = { surface: "", mode: "", subject: "", search: "" };

describe("audit console reports", () => {
  it("filters by surface, mode, subject prefix and free text", () => {
    expect(filterEntries(entries, { ...none, surface: "home" }).map((e) => e.index)).toEqual([0, 1]);
    expect(filterEntries(entries, { ...none, mode: "non_profiling" }).map((e) => e.index)).toEqual([2, 3]);
    expect(filterEntries(entries, { ...none, subject: "s_b" }).map((e) => e.index)).toEqual([2, 3]);
    expect(filterEntries(entries, { ...none, search: "ITEM 3" }).map((e) => e.index)).toEqual([3]);
  });

  it("weights exposure by position, 1 / log2(rank + 1), as shares that add up to 1", () => {
    const shares = Object.fromEntries(exposureByGroup(entries));
    const top = 1;
    const second = 1 / Math.log2(3);
    expect(shares.large).toBeCloseTo(top / (top + second), 12);
    expect(shares.independent).toBeCloseTo(second / (top + second), 12);
  });

  it("counts distinct categories per slate, in log order", () => {
    expect(categoriesPerSlate(entries)).toEqual([
      { slate: "sl_0", count: 1 },
      { slate: "sl_1", count: 2 },
    ]);
  });

  it("writes CSV with a header and RFC 4180 quoting", () => {
    const csv = consoleEntriesToCsv([entry(0, { text: 'Said "hi", then left' })]);
    const [header, line] = csv.trimEnd().split("\r\n");
    expect(header?.split(",")).toContain("consentEventId");
    expect(line).toContain('"Said ""hi"", then left"');
    expect(line).toContain(",personalization.browsing,");
  });
});
