import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import type { ConsentState } from "../consent/types.ts";
import {
  createOutcomeLog,
  indexedDbOutcomeStorage,
  type OutcomeLogIssue,
  type OutcomeStorage,
} from "./index.ts";
import { jsonlOutcomeStorage } from "./node.ts";
import { memoryOutcomeStorage } from "./outcome-storage.ts";

const T0 = Date.UTC(2026, 0, 10);

function state(subject: string, analytics: boolean): ConsentState {
  const manager = createConsentManager({ region: "DE", subject, clock: () => T0 });
  manager.set({ analytics, "personalization.browsing": true });
  return manager.getState();
}

const click = (subject: string, at = T0) => ({
  type: "click",
  subject,
  at,
  surface: "home",
  arm: "personalized",
  slate: "sl_1",
  item: "p_1",
});

/** Storage that counts its calls, to show what the log touches and when. */
function spy(inner: OutcomeStorage): OutcomeStorage & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    append(o) {
      calls.push("append");
      return inner.append(o);
    },
    readAll() {
      calls.push("readAll");
      return inner.readAll();
    },
    erase(s) {
      calls.push("erase");
      return inner.erase(s);
    },
  };
}

const adapters: [string, () => OutcomeStorage][] = [
  [
    "memory",
    (() => {
      const storage = memoryOutcomeStorage();
      return () => storage;
    })(),
  ],
  [
    "IndexedDB",
    (() => {
      const indexedDB = new IDBFactory();
      return () => indexedDbOutcomeStorage({ indexedDB });
    })(),
  ],
  [
    "JSON lines",
    (() => {
      const path = join(mkdtempSync(join(tmpdir(), "candor-outcomes-")), "outcomes.jsonl");
      return () => jsonlOutcomeStorage({ path });
    })(),
  ],
];

describe.each(adapters)("the outcome log persisted in %s", (_name, open) => {
  it("keeps admitted outcomes across logs, and erasure removes them from storage", async () => {
    const first = createOutcomeLog({ storage: open() });
    first.record(click("alice"), state("alice", true));
    first.record(click("bob"), state("bob", true));
    first.record(click("carol"), state("carol", false));
    await first.flush();
    expect(first.getState()).toMatchObject({ unsaved: 0, loaded: true });

    const second = createOutcomeLog({ storage: open() });
    expect(second.outcomes()).toEqual([]);
    await second.load();
    expect(second.outcomes().map((o) => o.subject)).toEqual(["alice", "bob"]);
    expect(second.erase("alice")).toBe(1);
    await second.flush();

    const third = createOutcomeLog({ storage: open() });
    await third.load();
    expect(third.outcomes().map((o) => o.subject)).toEqual(["bob"]);
    third.erase("bob");
    await third.flush();
  });
});

describe("outcome log storage", () => {
  it("never touches storage for a shopper without analytics, and reads it only at the first admitted outcome", async () => {
    const storage = spy(memoryOutcomeStorage());
    const log = createOutcomeLog({ storage });
    log.record(click("x"), state("x", false));
    log.record({ type: "nonsense" }, state("x", true));
    await log.flush();
    expect(storage.calls).toEqual([]);
    expect(log.getState().loaded).toBe(false);
    log.record(click("y"), state("y", true));
    await log.flush();
    expect(storage.calls).toEqual(["readAll", "append"]);
  });

  it("merges stored outcomes before those recorded while loading, and drops a subject erased meanwhile", async () => {
    const inner = memoryOutcomeStorage();
    await inner.append([click("old", T0 - 10), click("gone", T0 - 5)] as never);
    const log = createOutcomeLog({ storage: inner });
    log.record(click("new"), state("new", true));
    log.erase("gone");
    await log.flush();
    expect(log.outcomes().map((o) => o.subject)).toEqual(["old", "new"]);
    expect(
      (await inner.readAll()).map((s) => (s.ok ? (s.value as { subject: string }).subject : null)),
    ).toEqual(["old", "new"]);
  });

  it("skips and reports an unreadable stored outcome without deleting it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "candor-outcomes-"));
    const path = join(dir, "o.jsonl");
    appendFileSync(
      path,
      `${JSON.stringify(click("a"))}\nnot json\n${JSON.stringify({ ...click("b"), at: -1 })}\n`,
    );
    const issues: OutcomeLogIssue[] = [];
    const log = createOutcomeLog({ storage: jsonlOutcomeStorage({ path }), onError: (i) => issues.push(i) });
    await log.load();
    expect(log.outcomes().map((o) => o.subject)).toEqual(["a"]);
    expect(issues.map((i) => i.kind)).toEqual(["unreadable", "unreadable"]);
    expect(issues[0]).toMatchObject({ location: `${path}:2` });
    expect(log.getState().unreadable).toBe(2);
    expect(readFileSync(path, "utf8").split("\n").filter(Boolean)).toHaveLength(3);
  });

  it("keeps outcomes whose write failed in memory and writes them with the next flush", async () => {
    const inner = memoryOutcomeStorage();
    let fail = true;
    const flaky: OutcomeStorage = {
      ...inner,
      append: async (o) => {
        if (fail) throw new Error("disk full");
        await inner.append(o);
      },
    };
    const issues: OutcomeLogIssue[] = [];
    const log = createOutcomeLog({ storage: flaky, onError: (i) => issues.push(i) });
    log.record(click("a"), state("a", true));
    await log.flush();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.kind === "append-failed" && i.outcomes === 1)).toBe(true);
    expect(log.getState().unsaved).toBe(1);
    expect(log.outcomes()).toHaveLength(1);
    fail = false;
    await log.flush();
    expect(log.getState().unsaved).toBe(0);
    expect(await inner.readAll()).toHaveLength(1);
  });

  it("retries a failed load, and a failing error hook does not break recording", async () => {
    let broken = true;
    const inner = memoryOutcomeStorage();
    await inner.append([click("stored")] as never);
    const storage: OutcomeStorage = {
      ...inner,
      readAll: async () => {
        if (broken) throw new Error("blocked");
        return inner.readAll();
      },
    };
    const log = createOutcomeLog({
      storage,
      onError: () => {
        throw new Error("hook");
      },
    });
    await log.load();
    expect(log.getState().loaded).toBe(false);
    broken = false;
    await log.load();
    expect(log.outcomes().map((o) => o.subject)).toEqual(["stored"]);
  });
});
