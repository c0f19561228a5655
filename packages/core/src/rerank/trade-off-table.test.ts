import { describe, expect, it } from "vitest";
import { alignItemCategories, interactionsFromRows } from "../eval/index.ts";
import { selectInteractions } from "../eval/interactions.ts";
import { formatTradeOffTable, tradeOffTable } from "./index.ts";

describe("trade-off table", () => {
  // Two users, four items; the last interaction of each user is held out.
  const all = interactionsFromRows([
    { user: "u1", item: "a" },
    { user: "u1", item: "b" },
    { user: "u1", item: "c" },
    { user: "u2", item: "a" },
    { user: "u2", item: "d" },
  ]);
  const train = selectInteractions(all, [1, 1, 0, 1, 0]);
  const test = selectInteractions(all, [0, 0, 1, 0, 1]);
  const categories = alignItemCategories(
    [
      { id: "a", title: "", categories: ["x"] },
      { id: "b", title: "", categories: ["x"] },
      { id: "c", title: "", categories: ["y"] },
      { id: "d", title: "", categories: ["y"] },
    ],
    all.itemIds,
  );

  it("scores each run and relates it to the first", () => {
    const base = new Map([
      [0, Int32Array.from([3])],
      [1, Int32Array.from([1])],
    ]);
    const varied = new Map([
      [0, Int32Array.from([2])],
      [1, Int32Array.from([3])],
    ]);
    const rows = tradeOffTable(
      [
        { label: "none", recommendations: base },
        { label: "0.5", recommendations: varied },
      ],
      { test, train, categories, k: 1 },
    );
    expect(rows.map((r) => r.label)).toEqual(["none", "0.5"]);
    expect(rows[0]?.ndcg).toBe(0);
    expect(rows[1]?.ndcg).toBe(1);
    expect(rows[0]?.coverage).toBe(0.5);
    expect(rows[1]?.coverage).toBe(0.5);
    expect(rows[1]?.relative.coverage).toBe(1);
    expect([rows[0]?.outsideShare, rows[1]?.outsideShare]).toEqual([0.5, 1]);
    expect(Number.isNaN(rows[1]?.relative.ndcg)).toBe(true);
    const text = formatTradeOffTable(rows, 1);
    expect(text.split("\n")).toHaveLength(4);
    expect(text).toContain("| 0.5 | 1.0000 |");
  });
});
