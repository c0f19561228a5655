import { describe, expect, it } from "vitest";
import { ConfigError, concatInteractions, groupByUser, interactionsFromRows } from "./index.ts";
import { selectInteractions } from "./interactions.ts";

const table = interactionsFromRows([
  { user: "u1", item: "a", rating: 5, timestamp: 10 },
  { user: "u2", item: "b" },
  { user: "u1", item: "c", rating: 2 },
  { user: "u3", item: "a", rating: 4 },
]);

describe("Interactions", () => {
  it("assigns dense indexes and defaults rating 1 and timestamp NaN", () => {
    expect(table.userIds).toEqual(["u1", "u2", "u3"]);
    expect(table.itemIds).toEqual(["a", "b", "c"]);
    expect(Array.from(table.ratings)).toEqual([5, 1, 2, 4]);
    expect(table.timestamps[0]).toBe(10);
    expect(Number.isNaN(table.timestamps[1])).toBe(true);
  });

  it("selects rows keeping the index maps, or compacts and renumbers them", () => {
    const kept = selectInteractions(table, [1, 0, 1, 0]);
    expect(kept.numUsers).toBe(3);
    expect(Array.from(kept.items)).toEqual([0, 2]);
    const compact = selectInteractions(table, [0, 1, 1, 0], { compact: true });
    expect(compact.userIds).toEqual(["u1", "u2"]);
    expect(compact.itemIds).toEqual(["b", "c"]);
    expect(Array.from(compact.users)).toEqual([1, 0]);
    expect(Array.from(compact.items)).toEqual([0, 1]);
    expect(() => selectInteractions(table, [1])).toThrow(ConfigError);
  });

  it("concatenates parts that share index maps and refuses others", () => {
    const both = concatInteractions([
      selectInteractions(table, [1, 0, 0, 0]),
      selectInteractions(table, [0, 0, 0, 1]),
    ]);
    expect(Array.from(both.users)).toEqual([0, 2]);
    const other = selectInteractions(table, [1, 0, 0, 0], { compact: true });
    expect(() => concatInteractions([table, other])).toThrow(ConfigError);
  });

  it("groups interactions by user in table order", () => {
    const groups = groupByUser(table);
    expect(Array.from(groups.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(groups.positions)).toEqual([0, 2, 1, 3]);
    expect(Array.from(groups.items)).toEqual([0, 2, 1, 0]);
  });
});
