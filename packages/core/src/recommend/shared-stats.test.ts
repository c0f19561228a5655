import { describe, expect, test } from "vitest";
import { createSharedStats } from "./shared-stats.ts";

describe("createSharedStats", () => {
  test("keeps each subject–item pair once, in first-seen order, and forgets a subject's pairs", () => {
    const stats = createSharedStats({ numItems: 4 });
    stats.ingest("a", 1, 1000);
    stats.ingest("a", 1, 2000);
    stats.ingest("b", 1, 1000);
    stats.ingest("a", 3, 3000);
    stats.ingest("a", 9, 3000);
    expect(stats.interactions).toBe(3);
    const data = stats.trainingData();
    expect([...data.users]).toEqual([0, 0, 1]);
    expect([...data.items]).toEqual([1, 3, 1]);
    expect([...(data.timestamps ?? [])]).toEqual([1, 3, 1]);
    expect(stats.forget("a")).toBe(true);
    expect(stats.interactions).toBe(1);
    // A forgotten subject's pairs count again when it comes back.
    stats.ingest("a", 1, 4000);
    expect(stats.interactions).toBe(2);
    expect(stats.forget("nobody")).toBe(false);
  });
});
