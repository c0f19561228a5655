import { describe, expect, it } from "vitest";
import { ConfigError } from "../internal/candor-error.ts";
import { sampleLog } from "./sample-log.ts";
import type { LogEntry, OpenedEntry } from "./types.ts";

function opened(index: number, surface: string, mode: LogEntry["mode"], slateId = `s${index}`): OpenedEntry {
  return {
    index,
    leaf: "0".repeat(64),
    personal: null,
    entry: {
      v: 1,
      id: `le_${index}`,
      at: index,
      surface,
      slateId,
      rank: 1,
      jurisdiction: null,
      minor: false,
      mode,
      item: `i${index}`,
      category: null,
      provider: null,
      score: 0,
      contributions: [],
      effects: [],
      templateId: "t",
      dataCategories: [],
      legalBasis: { basis: null, purposes: [], consent: "none" },
      versions: { model: "m", policy: "p", disclosure: "d" },
      controls: [],
      bodyDigest: "0".repeat(64),
    },
  };
}

// 10 home/personalized, 6 pdp/non_profiling, 4 home/non_profiling.
const population = [
  ...Array.from({ length: 10 }, (_, i) => opened(i, "home", "personalized")),
  ...Array.from({ length: 6 }, (_, i) => opened(10 + i, "pdp", "non_profiling")),
  ...Array.from({ length: 4 }, (_, i) => opened(16 + i, "home", "non_profiling")),
];

describe("sampleLog", () => {
  it("is reproducible: same seed, same sample, whatever the input order", () => {
    const a = sampleLog(population, { n: 7, seed: 42, stratify: ["surface", "mode"] });
    const b = sampleLog([...population].reverse(), { n: 7, seed: 42, stratify: ["surface", "mode"] });
    expect(a.entries.map((e) => e.index)).toEqual(b.entries.map((e) => e.index));
    expect(a.rationale).toEqual(b.rationale);
    const others = [1, 2, 3].map((seed) =>
      sampleLog(population, { n: 7, seed })
        .entries.map((e) => e.index)
        .join(),
    );
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it("allocates in proportion to stratum size by largest remainder", () => {
    // Exact quotas for n = 5: home/non_profiling 1.0, home/personalized 2.5, pdp/non_profiling 1.5 → 1, 3, 1.
    const { entries, rationale } = sampleLog(population, { n: 5, seed: 7, stratify: ["surface", "mode"] });
    expect(rationale.strata).toEqual([
      { values: { surface: "home", mode: "non_profiling" }, population: 4, sampled: 1 },
      { values: { surface: "home", mode: "personalized" }, population: 10, sampled: 3 },
      { values: { surface: "pdp", mode: "non_profiling" }, population: 6, sampled: 1 },
    ]);
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((e) => e.index)).size).toBe(5);
    expect(rationale.text).toContain("surface × mode");
    expect(rationale.text).toContain("seeded 7");
  });

  it("takes everything when n exceeds the population, and samples whole slates", () => {
    expect(sampleLog(population, { n: 100, seed: 1 }).entries).toHaveLength(20);
    const slates = [
      opened(0, "home", "personalized", "A"),
      opened(1, "home", "personalized", "A"),
      opened(2, "pdp", "personalized", "B"),
    ];
    const { entries, rationale } = sampleLog(slates, { n: 1, seed: 3, unit: "slate" });
    expect(rationale.population).toBe(2);
    expect(new Set(entries.map((e) => e.entry.slateId)).size).toBe(1);
    expect(entries.length === 2 || entries[0]?.entry.slateId === "B").toBe(true);
  });

  it("rejects a bad n, seed or field", () => {
    expect(() => sampleLog(population, { n: -1, seed: 1 })).toThrow(ConfigError);
    expect(() => sampleLog(population, { n: 1, seed: 0.5 })).toThrow(ConfigError);
    expect(() => sampleLog(population, { n: 1, seed: 1, stratify: ["colour" as "mode"] })).toThrow(
      /stratify.0/,
    );
  });
});
