import { describe, expect, it } from "vitest";
import { ConfigError, filterByRating, interactionsFromRows, kCore } from "./index.ts";

describe("filters", () => {
  it("keeps ratings at or above the minimum and drops emptied users and items", () => {
    const table = interactionsFromRows([
      { user: "a", item: "x", rating: 5 },
      { user: "b", item: "y", rating: 2 },
      { user: "a", item: "z", rating: 3 },
    ]);
    const kept = filterByRating(table, { min: 3 });
    expect(kept.userIds).toEqual(["a"]);
    expect(kept.itemIds).toEqual(["x", "z"]);
    expect(Array.from(kept.items)).toEqual([0, 1]);
  });

  it("k-core iterates until every user and item has k interactions", () => {
    // z has one user: dropping it leaves c with one interaction, then y and then a fall below 2 in turn.
    const table = interactionsFromRows([
      { user: "a", item: "x" },
      { user: "a", item: "y" },
      { user: "b", item: "x" },
      { user: "b", item: "w" },
      { user: "c", item: "y" },
      { user: "c", item: "z" },
      { user: "d", item: "w" },
      { user: "d", item: "x" },
    ]);
    const core = kCore(table, { k: 2 });
    expect(core.userIds).toEqual(["b", "d"]);
    expect(core.itemIds).toEqual(["x", "w"]);
    expect(core.users.length).toBe(4);
    const usersOnly = kCore(table, { k: 2, itemK: 1 });
    expect(usersOnly.users.length).toBe(8);
    expect(() => kCore(table, { k: 1.5 })).toThrow(ConfigError);
  });
});
