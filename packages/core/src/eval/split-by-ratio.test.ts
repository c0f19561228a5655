import { describe, expect, it } from "vitest";
import { ConfigError, interactionsFromRows, splitByRatio } from "./index.ts";
import { leaveLastOut } from "./leave-last-out.ts";
import { splitCounts } from "./split-by-ratio.ts";

const rows = Array.from({ length: 3 }, (_, u) =>
  Array.from({ length: [25, 3, 1][u] ?? 0 }, (_, i) => ({
    user: `u${u}`,
    item: `i${i}`,
    timestamp: 100 - i,
  })),
).flat();
const table = interactionsFromRows(rows);

describe("splitByRatio", () => {
  it("cuts per user as RecBole does, giving small users train first", () => {
    const ratios = [0.8, 0.1, 0.1] as const;
    expect(splitCounts(1, ratios)).toEqual([1, 0, 0]);
    expect(splitCounts(2, ratios)).toEqual([1, 0, 1]);
    expect(splitCounts(3, ratios)).toEqual([1, 1, 1]);
    expect(splitCounts(5, ratios)).toEqual([3, 1, 1]);
    expect(splitCounts(10, ratios)).toEqual([8, 1, 1]);
    expect(splitCounts(19, ratios)).toEqual([17, 1, 1]);
    expect(splitCounts(20, ratios)).toEqual([16, 2, 2]);
    expect(splitCounts(25, ratios)).toEqual([21, 2, 2]);
  });

  it("partitions every interaction once, per user, with the shared index maps", () => {
    const { train, validation, test } = splitByRatio(table);
    expect(train.users.length + validation.users.length + test.users.length).toBe(rows.length);
    expect(train.numItems).toBe(table.numItems);
    const count = (t: typeof train, u: number) => t.users.filter((x) => x === u).length;
    expect([count(train, 0), count(validation, 0), count(test, 0)]).toEqual([21, 2, 2]);
    expect([count(train, 1), count(validation, 1), count(test, 1)]).toEqual([1, 1, 1]);
    expect([count(train, 2), count(validation, 2), count(test, 2)]).toEqual([1, 0, 0]);
    const pairs = new Set<string>();
    for (const part of [train, validation, test]) {
      part.users.forEach((u, p) => {
        pairs.add(`${u}:${part.items[p]}`);
      });
    }
    expect(pairs.size).toBe(rows.length);
  });

  it("is deterministic for a seed and changes with it", () => {
    const a = splitByRatio(table, { seed: 7 });
    const b = splitByRatio(table, { seed: 7 });
    const c = splitByRatio(table, { seed: 8 });
    expect(Array.from(a.test.items)).toEqual(Array.from(b.test.items));
    expect(Array.from(a.test.items)).not.toEqual(Array.from(c.test.items));
  });

  it("rejects ratios that do not sum to 1", () => {
    expect(() => splitByRatio(table, { ratios: [0.8, 0.1, 0.2] })).toThrow(ConfigError);
    expect(() => splitByRatio(table, { ratios: [1.1, -0.1, 0] })).toThrow(/ratios\.1/);
  });
});

describe("leaveLastOut", () => {
  it("holds out the latest interaction as test and the one before as validation", () => {
    const { train, validation, test } = leaveLastOut(table);
    // Timestamps fall with the item number, so item i0 is each user's latest.
    expect(Array.from(test.users)).toEqual([0, 1]);
    expect(test.itemIds[test.items[0] ?? -1]).toBe("i0");
    expect(validation.itemIds[validation.items[0] ?? -1]).toBe("i1");
    expect(train.users.filter((u) => u === 2).length).toBe(1);
    const noValidation = leaveLastOut(table, { validation: false });
    expect(noValidation.validation.users.length).toBe(0);
    expect(noValidation.train.users.length).toBe(rows.length - 2);
  });

  it("keeps table order when timestamps are missing", () => {
    const untimed = interactionsFromRows([
      { user: "a", item: "x" },
      { user: "a", item: "y" },
      { user: "a", item: "z" },
    ]);
    const { validation, test } = leaveLastOut(untimed);
    expect(Array.from(test.items)).toEqual([2]);
    expect(Array.from(validation.items)).toEqual([1]);
  });
});
