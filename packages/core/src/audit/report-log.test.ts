import { describe, expect, it } from "vitest";
import { queryLog } from "./query-log.ts";
import { renderReportCsv, renderReportJson, renderReportMarkdown } from "./render-report.ts";
import { reportLog } from "./report-log.ts";
import type { LogEntry, OpenedEntry, PersonalBody } from "./types.ts";

const DAY = 86_400_000;

/** A hand-built opened entry; `subject` null means its body was erased. */
function opened(
  index: number,
  entry: Partial<LogEntry> & { consent?: LogEntry["legalBasis"]["consent"] },
  subject: string | null = "aa",
  withdrawnAt: number | null = null,
): OpenedEntry {
  const { consent = "valid", ...rest } = entry;
  const personal: PersonalBody | null =
    subject === null
      ? null
      : {
          v: 1,
          subject: { pseudonym: subject.repeat(32).slice(0, 64), keyId: "k" },
          consentRecordId: "cr",
          consentStateHash: `state-${subject}`,
          withdrawnAt,
          explanation: "text",
          evidence: [],
        };
  return {
    index,
    leaf: "0".repeat(64),
    personal,
    entry: {
      v: 1,
      id: `le_${index}`,
      at: 0,
      surface: "home",
      slateId: "s",
      rank: 1,
      jurisdiction: "DE",
      minor: false,
      mode: "personalized",
      item: `item-${index}`,
      category: null,
      provider: null,
      score: 1,
      contributions: [],
      effects: [],
      templateId: "because",
      dataCategories: [],
      legalBasis: { basis: "consent", purposes: [], consent },
      versions: { model: "m", policy: "p", disclosure: "d" },
      controls: [],
      bodyDigest: "0".repeat(64),
      ...rest,
    },
  };
}

// Two slates: exposure 1 at rank 1 and 1/log2(4) = 0.5 at rank 3.
const twoSlates = [
  opened(0, { slateId: "S1", rank: 1, provider: "p1", category: "A", at: 0 }, "aa"),
  opened(1, { slateId: "S1", rank: 3, provider: "p2", category: "B", at: 0 }, "aa"),
  opened(
    2,
    {
      slateId: "S2",
      rank: 1,
      provider: "p1",
      category: "A",
      surface: "pdp",
      mode: "non_profiling",
      consent: "none",
      templateId: "popular",
      at: DAY,
    },
    "bb",
  ),
  opened(
    3,
    {
      slateId: "S2",
      rank: 3,
      provider: "p3",
      category: "A",
      surface: "pdp",
      mode: "non_profiling",
      consent: "none",
      templateId: "popular",
      at: DAY,
    },
    null,
  ),
];

describe("reportLog", () => {
  it("computes position-weighted exposure with hand-checked Gini and HHI", () => {
    const report = reportLog(twoSlates);
    const { provider, category, surface } = report.exposure;
    // Providers: p1 = 1 + 1 = 2, p2 = 0.5, p3 = 0.5; total 3.
    expect(provider.rows.map((r) => [r.key, r.exposure])).toEqual([
      ["p1", 2],
      ["p2", 0.5],
      ["p3", 0.5],
    ]);
    expect(provider.total).toBe(3);
    // HHI = (2/3)² + 2·(1/6)² = 16/36 + 2/36 = 1/2; Gini of [0.5, 0.5, 2] = (−2·0.5 + 0·0.5 + 2·2) / (3·3) = 1/3.
    expect(provider.hhi).toBeCloseTo(0.5, 12);
    expect(provider.gini).toBeCloseTo(1 / 3, 12);
    // Categories: A = 2.5, B = 0.5; HHI = (5/6)² + (1/6)² = 26/36; Gini = (−1·0.5 + 1·2.5) / (2·3) = 1/3.
    expect(category.hhi).toBeCloseTo(26 / 36, 12);
    expect(category.gini).toBeCloseTo(1 / 3, 12);
    // Surfaces: home 1.5, pdp 1.5: equal.
    expect(surface.gini).toBe(0);
    expect(surface.hhi).toBeCloseTo(0.5, 12);
  });

  it("counts slates, the non-personalized share, explanation kinds, diversity per day and erased entries", () => {
    const report = reportLog(twoSlates);
    expect(report).toMatchObject({
      entries: 4,
      slates: 2,
      from: 0,
      to: DAY,
      nonPersonalizedShare: 0.5,
      erasedEntries: 1,
    });
    expect(report.explanationKinds).toEqual([
      { templateId: "because", entries: 2, share: 0.5 },
      { templateId: "popular", entries: 2, share: 0.5 },
    ]);
    expect(
      report.diversity.map((d) => [d.start, d.slates, d.meanCategoriesPerSlate, d.meanProvidersPerSlate]),
    ).toEqual([
      [0, 1, 2, 2],
      [DAY, 1, 1, 2],
    ]);
    expect(report.personalizedWithoutConsent.slates).toBe(0);
  });

  it("finds personalized slates without a valid consent and the time from withdrawal to effect", () => {
    const entries = [
      opened(0, { slateId: "a", at: 1000 }, "zz"),
      opened(1, { slateId: "b", at: 2500 }, "zz"),
      opened(2, { slateId: "c", at: 3000, mode: "non_profiling", consent: "withdrawn" }, "zz", 2000),
      opened(3, { slateId: "d", at: 6000, mode: "non_profiling", consent: "withdrawn" }, "ww", 5000),
      opened(4, { slateId: "e", at: 7000, consent: "withdrawn" }, "vv"),
    ];
    const report = reportLog(entries);
    expect(report.personalizedWithoutConsent).toEqual({ slates: 1, slateIds: ["e"] });
    // zz withdrew at 2000 and was still served a personalized slate at 2500: 500 ms; ww at once: 0 ms.
    expect(report.withdrawal).toEqual({
      source: "bodies",
      reConsents: 0,
      withdrawals: 2,
      late: 1,
      lateEntries: 1,
      delayMs: { median: 250, max: 500 },
    });
  });

  it("renders Markdown, JSON and CSV", () => {
    const report = reportLog(twoSlates);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("## Exposure by provider");
    expect(markdown).toContain("| p1 | 2.000 | 66.7 % | 2 |");
    expect(markdown).toContain("without a valid consent: **0**");
    expect(JSON.parse(renderReportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
    const csv = renderReportCsv(report).split("\r\n");
    expect(csv[0]).toBe("section,key,metric,value");
    expect(csv).toContain("exposure_provider,,hhi,0.5");
    expect(csv).toContain("exposure_provider,p1,exposure,2");
  });
});

describe("queryLog", () => {
  it("filters by subject pseudonym, surface, time range, mode, consent and provider", () => {
    const zz = "zz".repeat(32);
    expect(queryLog(twoSlates, { surface: "pdp" }).map((e) => e.index)).toEqual([2, 3]);
    expect(queryLog(twoSlates, { mode: "personalized", provider: ["p2", "p3"] }).map((e) => e.index)).toEqual(
      [1],
    );
    expect(queryLog(twoSlates, { from: 1, to: DAY + 1 }).map((e) => e.index)).toEqual([2, 3]);
    expect(queryLog(twoSlates, { consent: "none" }).map((e) => e.index)).toEqual([2, 3]);
    expect(queryLog(twoSlates, { subject: "aa".repeat(32) }).map((e) => e.index)).toEqual([0, 1]);
    expect(queryLog(twoSlates, { subject: zz })).toEqual([]);
    expect(queryLog(twoSlates, { consentStateHash: "state-bb" }).map((e) => e.index)).toEqual([2]);
    expect(queryLog(twoSlates, {}).map((e) => e.index)).toEqual([0, 1, 2, 3]);
  });
});

describe("drift in the report", () => {
  it("says whether drift monitoring flagged anything, and lists the events", async () => {
    const { renderReport, reportLog } = await import("./node.ts");
    expect(reportLog([]).drift).toBeNull();
    expect(renderReport(reportLog([], { drift: [] }), "markdown")).toContain("No drift detected");
    const event = {
      source: "online",
      at: 0,
      metric: "ctr",
      arm: "personalized",
      baseline: 0.05,
      observed: 0.03,
      threshold: 0.1,
    };
    const text = renderReport(reportLog([], { drift: [event] }), "markdown");
    expect(text).toContain("**Drift detected 1 time(s)**");
    expect(text).toContain("| online | ctr | personalized | 0.050 | 0.030 |");
    expect(renderReport(reportLog([], { drift: [event] }), "csv")).toContain("drift");
  });
});
