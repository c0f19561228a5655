import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../internal/canonical-json.ts";
import {
  type ConsentIssue,
  type ConsentRecord,
  createConsentManager,
  memoryStorage,
  safeParseConsentRecord,
} from "./manager.ts";

const KEY = "candor.consent";
const BROWSING = "personalization.browsing";
const YEAR_MS = 365 * 86_400_000;
const START = Date.UTC(2026, 0, 1);
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A storage holding a record made by three choices, and the record's parsed JSON to edit. */
function stored(clock = () => START) {
  const storage = memoryStorage();
  const manager = createConsentManager({ region: "DE", storage, clock, subject: "s1" });
  manager.set({ [BROWSING]: true }, ui("settings.save"));
  manager.set({ analytics: true }, ui("settings.save"));
  manager.set({ [BROWSING]: false }, ui("settings.save"));
  const text = storage.get(KEY) as string;
  return { storage, text, record: JSON.parse(text) as ConsentRecord & { events: Record<string, unknown>[] } };
}

function reload(storage: ReturnType<typeof memoryStorage>, now = START, extra: object = {}) {
  const issues: ConsentIssue[] = [];
  const manager = createConsentManager({
    region: "DE",
    storage,
    subject: "s1",
    clock: () => now,
    onError: (issue) => issues.push(issue),
    ...extra,
  });
  return { manager, issues };
}

describe("consent events are hash-chained evidence", () => {
  it("hashes each event as SHA-256 of its canonical JSON without the hash, links it to the one before and keeps the head", () => {
    const { record } = stored();
    const events = record.events as unknown as ConsentRecord["events"];
    expect(events).toHaveLength(3);
    events.forEach((event, i) => {
      const { hash, ...body } = event;
      expect(hash).toBe(sha256(canonicalJson(body)));
      expect(event.prev).toBe(i === 0 ? null : events[i - 1]?.hash);
    });
    expect(record.head).toBe(events.at(-1)?.hash);
    expect(record.checkpoint).toBeNull();
  });

  it("exposes the newest event with its hash as lastEvent, and lastEventId as its id", () => {
    const manager = createConsentManager({ region: "DE" });
    expect(manager.getState().lastEvent).toBeNull();
    manager.acceptAll(ui("banner.accept-all"));
    const { lastEvent, lastEventId } = manager.getState();
    expect(lastEvent).toEqual(manager.record()?.events.at(-1));
    expect(lastEvent?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lastEventId).toBe(lastEvent?.id);
  });

  it("a stored record edited to grant a purpose loads as no consent and is reported as a broken chain", () => {
    const { storage, record } = stored();
    const last = record.events.at(-1) as { purposes: Record<string, { granted: boolean }> };
    expect(last.purposes[BROWSING]?.granted).toBe(false);
    (last.purposes[BROWSING] as { granted: boolean }).granted = true;
    storage.set(KEY, JSON.stringify(record));
    const { manager, issues } = reload(storage);
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().status).toBe("none");
    expect(issues.map((i) => i.code)).toEqual(["broken-chain"]);
  });

  it("an edit that recomputes the edited event's hash is caught by the next event's link", () => {
    const { storage, record } = stored();
    const first = record.events[0] as unknown as ConsentRecord["events"][number] & { hash: string };
    const edited = {
      ...first,
      purposes: {
        ...first.purposes,
        analytics: { granted: true, dataCategories: [], source: "choice" as const },
      },
    };
    const { hash: _, ...body } = edited;
    record.events[0] = { ...edited, hash: sha256(canonicalJson(body)) };
    storage.set(KEY, JSON.stringify(record));
    const { manager, issues } = reload(storage);
    expect(manager.getState().status).toBe("none");
    expect(issues[0]).toMatchObject({ code: "broken-chain", message: expect.stringContaining("event 1") });
  });

  it.each([
    ["reordered", (events: unknown[]) => [events[1], events[0], events[2]]],
    ["missing its first event", (events: unknown[]) => events.slice(1)],
    ["missing a middle event", (events: unknown[]) => [events[0], events[2]]],
    ["missing its newest event", (events: unknown[]) => events.slice(0, 2)],
    ["holding a duplicated event", (events: unknown[]) => [...events, events[2]]],
  ])("a record whose events are %s is detected and grants nothing", (_, edit) => {
    const { storage, record } = stored();
    storage.set(KEY, JSON.stringify({ ...record, events: edit(record.events) }));
    const { manager, issues } = reload(storage);
    expect(manager.getState().status).toBe("none");
    expect(manager.can("analytics")).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["broken-chain"]);
  });

  it("a record dated a year ahead grants nothing and is reported as invalid-time", () => {
    const { storage } = stored(() => START + YEAR_MS);
    const { manager, issues } = reload(storage, START);
    expect(manager.can("analytics")).toBe(false);
    expect(manager.getState().status).toBe("none");
    expect(manager.getState().expiresAt).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["invalid-time"]);
  });

  it("allows events up to the clock skew ahead (5 minutes by default, configurable)", () => {
    const { storage } = stored(() => START + 4 * 60_000);
    expect(reload(storage, START).manager.can("analytics")).toBe(true);
    const strict = reload(storage, START, { clockSkewMs: 60_000 });
    expect(strict.manager.can("analytics")).toBe(false);
    expect(strict.issues.map((i) => i.code)).toEqual(["invalid-time"]);
  });

  it("a record whose events go back in time is detected, even with every hash recomputed", () => {
    const storage = memoryStorage();
    let now = START;
    const manager = createConsentManager({ region: "DE", storage, subject: "s1", clock: () => now });
    manager.set({ analytics: true });
    now += 1000;
    manager.set({ [BROWSING]: true });
    const record = JSON.parse(storage.get(KEY) as string) as ConsentRecord;
    const [a, b] = record.events as [ConsentRecord["events"][number], ConsentRecord["events"][number]];
    const seal = (e: object) => ({ ...e, hash: sha256(canonicalJson(e)) });
    const { hash: _a, ...aBody } = a;
    const first = seal({ ...aBody, at: START + 5000 }) as typeof a;
    const { hash: _b, ...bBody } = b;
    const second = seal({ ...bBody, prev: first.hash }) as typeof b;
    storage.set(KEY, JSON.stringify({ ...record, events: [first, second], head: second.hash }));
    const { manager: again, issues } = reload(storage, START + 10_000);
    expect(again.can("analytics")).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["invalid-time"]);
  });

  it("a record of the earlier unchained version is not honored, and says why", () => {
    const legacy = {
      header: { schema: "candor.consent-record/1", recordId: "cr_1", subject: "s1", createdAt: START },
      parties: { controller: { name: "the shop" } },
      processing: {
        notice: { id: "candor-default", version: "1", hash: "x" },
        jurisdiction: "DE",
        minor: false,
      },
      events: [],
    };
    const { manager, issues } = reload(memoryStorage({ [KEY]: JSON.stringify(legacy) }));
    expect(manager.getState().status).toBe("none");
    expect(issues[0]).toMatchObject({
      code: "invalid-record",
      message: expect.stringContaining("hash chain"),
    });
  });

  it("keeps a record it does not honor until the shopper chooses, then reports the replaced bytes", () => {
    const { storage, record } = stored();
    (record.events[0] as { at: number }).at += 1;
    const tampered = JSON.stringify(record);
    storage.set(KEY, tampered);
    const issues: ConsentIssue[] = [];
    const manager = createConsentManager({
      region: "US-CA",
      storage,
      subject: "s1",
      gpc: true,
      clock: () => START,
      onError: (issue) => issues.push(issue),
    });
    manager.noticeShown(ui("banner.shown"));
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["gpc-honored", "notified"]);
    expect(storage.get(KEY)).toBe(tampered);
    expect(issues).toEqual([expect.objectContaining({ code: "broken-chain", stored: tampered })]);
    manager.rejectAll(ui("banner.reject-all"));
    expect(issues.at(-1)).toMatchObject({ code: "record-replaced", stored: tampered });
    const replaced = storage.get(KEY) as string;
    expect(replaced).not.toBe(tampered);
    expect(safeParseConsentRecord(replaced, { now: START }).ok).toBe(true);
    expect(reload(storage).manager.getState().status).toBe("decided");
  });

  it("safeParseConsentRecord checks a record exported elsewhere, and never throws", () => {
    const { text, record } = stored();
    const parsed = safeParseConsentRecord(text, { now: START });
    expect(parsed.ok && parsed.value.head).toBe(record.head);
    expect(safeParseConsentRecord(record, { now: START }).ok).toBe(true);
    expect(safeParseConsentRecord(text, { now: START - YEAR_MS })).toMatchObject({
      ok: false,
      error: { code: "invalid-time" },
    });
    for (const junk of [undefined, null, 42, "{", "[]", { header: 1 }]) {
      expect(safeParseConsentRecord(junk).ok).toBe(false);
    }
  });
});
