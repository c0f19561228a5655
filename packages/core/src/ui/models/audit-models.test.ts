import { describe, expect, it, vi } from "vitest";
import { auditTexts } from "../registry.ts";
import type { AuditTexts } from "../texts.ts";
import {
  type AuditConsoleEntry,
  auditConsoleView,
  createAuditConsoleModel,
  diversityChartView,
  exposureChartView,
  filterBubbleView,
  tabKeyTarget,
} from "./index.ts";

const measureTexts = {
  tabLog: "Log",
  tabMeasurement: "Measurement",
  loading: "Loading",
  failed: "x {message}",
};
const bubbleTexts = { tab: "Filter bubble" };
const texts: AuditTexts = {
  ...auditTexts("en"),
  tampered: "Tampering detected at entry {index}.",
  noEntries: "None match",
  pageOf: "Page {page} of {pages}",
};

const entry = (index: number): AuditConsoleEntry => ({
  index,
  at: Date.UTC(2026, 2, 1) + index * 3_600_000,
  slate: `sl_${Math.floor(index / 2)}`,
  subject: index % 2 ? "s_bob" : "s_alice",
  surface: index % 3 ? "home" : "pdp",
  item: `p${index}`,
  rank: (index % 2) + 1,
  mode: index % 2 ? "non_profiling" : "personalized",
  templateId: "because-viewed",
  text: `Because you viewed ${index}`,
  purposes: [],
  consentEventId: null,
  providerGroup: index % 2 ? "large" : "independent",
  provider: `seller-${index % 3}`,
  category: `c${index % 4}`,
});
const entries = Array.from({ length: 30 }, (_, i) => entry(i));

describe("audit console model", () => {
  it("pages newest first, filters back to the first page, and marks the first bad entry after verifying", async () => {
    const verify = vi.fn(async () => ({ ok: false as const, size: 30, firstBadIndex: 29, reason: "hash" }));
    const model = createAuditConsoleModel(() => ({ verify }));
    const view = () =>
      auditConsoleView({
        model,
        state: model.store.getState(),
        entries,
        maxRows: 10,
        hasMeasurement: false,
        texts,
        measureTexts,
        bubbleTexts,
        locale: "en",
      });
    expect(view().rows[0]?.entry.index).toBe(29);
    expect(view().pager?.text).toBe("Page 1 of 3");
    view().pager?.next?.();
    expect(view().rows[0]?.entry.index).toBe(19);
    model.setFilter("subject", "s_bob");
    expect(model.store.getState().page).toBe(0);
    expect(view().selected.every((e) => e.subject === "s_bob")).toBe(true);
    await model.verify();
    expect(view().verify).toEqual({
      kind: "bad",
      strong: "Tampering detected at entry 29.",
      detail: " hash",
    });
    expect(view().rows[0]).toMatchObject({ key: 29, bad: true });
    model.setFilter("search", "nothing like this");
    expect(view().empty).toBe("None match");
  });

  it("loads measurement data once, only when its tab opens", async () => {
    const data = { report: {}, drift: { checks: [], events: [] } } as never;
    const loadMeasurement = vi.fn(async () => data);
    const model = createAuditConsoleModel(() => ({
      verify: async () => ({ ok: true as const, size: 0 }),
      loadMeasurement,
    }));
    model.loadMeasurement();
    expect(loadMeasurement).not.toHaveBeenCalled();
    model.selectTab("measurement");
    model.loadMeasurement();
    model.loadMeasurement();
    expect(loadMeasurement).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(model.store.getState().measured.kind).toBe("done"));
    const view = auditConsoleView({
      model,
      state: model.store.getState(),
      entries,
      hasMeasurement: true,
      texts,
      measureTexts,
      bubbleTexts,
      locale: "en",
    });
    expect(view.tabs.map((t) => t.key)).toEqual(["log", "bubble", "measurement"]);
    expect(view.measurement).toBe(data);
    model.selectTab("nonsense");
    expect(model.store.getState().tab).toBe("log");
  });

  it("moves through tabs with arrows, Home and End, wrapping around", () => {
    expect(tabKeyTarget(3, 2, "ArrowRight")).toBe(0);
    expect(tabKeyTarget(3, 0, "ArrowLeft")).toBe(2);
    expect(tabKeyTarget(3, 1, "Home")).toBe(0);
    expect(tabKeyTarget(3, 1, "End")).toBe(2);
    expect(tabKeyTarget(3, 1, "a")).toBe(-1);
  });
});

describe("audit chart models", () => {
  it("draws one exposure bar per provider group and one diversity bar per slate", () => {
    const exposure = exposureChartView(entries, "Exposure.", "en");
    expect(exposure.bars.map((b) => b.group).sort()).toEqual(["independent", "large"]);
    expect(exposure.desc).toMatch(/^Exposure\. (independent|large): /);
    const diversity = diversityChartView(entries, "Mean {mean} over {slates}.", 40, "en");
    expect(diversity.bars).toHaveLength(15);
    expect(diversity.text).toBe("Mean 2 over 15.");
  });

  it("has no bubble view for an empty log and one table row per day otherwise", () => {
    const bubble = {
      title: "Bubble",
      summary: "{days} days",
      entropyChart: "",
      providerChart: "",
      day: "",
      slates: "",
      entropy: "",
      outside: "",
      providerGini: "",
      empty: "Empty",
    };
    expect(filterBubbleView([], bubble, { locale: "en" })).toBeNull();
    const view = filterBubbleView(entries, bubble, { locale: "en" });
    expect(view?.rows).toHaveLength(2);
    expect(view?.summary).toBe("2 days");
  });
});
