import type { ExplanationLog } from "@candor/core/audit";
import { expect, test } from "vitest";
import { openDatabase } from "./db.ts";
import { createLogSequencer } from "./log-sequencer.ts";

test("group commit: slates arriving during an append go in together; each caller gets its own entries; a bad one fails alone", async () => {
  const db = await openDatabase();
  const calls: number[] = [];
  let next = 0;
  const fake = {
    failure: null,
    async append(items: readonly { bad?: boolean }[]) {
      calls.push(items.length);
      await new Promise((r) => setTimeout(r, 5));
      if (items.some((i) => i.bad)) throw new Error("invalid served item");
      return items.map(() => ({ id: `e${next}`, index: next++ }));
    },
    close: async () => {},
  } as unknown as ExplanationLog;
  const log = await createLogSequencer({ db, open: async () => fake });
  try {
    expect(log.isSequencer()).toBe(true);
    const slate = (n: number, bad = false) => Array.from({ length: n }, () => ({ bad }) as never);
    const results = await Promise.allSettled([
      log.serving.append(slate(2)),
      log.serving.append(slate(3)),
      log.serving.append(slate(1, true)),
      log.serving.append(slate(4)),
    ]);
    // The first went alone; the other three waited for it and were tried as one group, which failed on the bad
    // slate, so each of them was retried alone.
    expect(calls).toEqual([2, 8, 3, 1, 4]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    const entries = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.map((e) => e.index)] : []));
    expect(entries).toEqual([
      [0, 1],
      [2, 3, 4],
      [5, 6, 7, 8],
    ]);
    calls.length = 0;
    const grouped = await Promise.all([
      log.serving.append(slate(1)),
      log.serving.append(slate(2)),
      log.serving.append(slate(3)),
    ]);
    expect(calls).toEqual([1, 5]);
    expect(grouped.map((g) => g.length)).toEqual([1, 2, 3]);
    expect(new Set(grouped.flat().map((e) => e.index)).size).toBe(6);
  } finally {
    await log.close();
    await db.close();
  }
});
