import { describe, expect, it } from "vitest";
import type { ConsentState } from "../consent/types.ts";
import { InputError } from "../internal/candor-error.ts";
import type { Slate } from "../serve/types.ts";
import { createBodyKeyRing } from "./body-key-ring.ts";
import { consentEventHash } from "./consent-entry.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { createLogSigner } from "./log-signer.ts";
import { memoryLogStorage } from "./memory-log-storage.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { reportLog } from "./report-log.ts";
import { servedItems } from "./served-items.ts";
import { contributionsOf } from "./split-entry.ts";
import { consentItem, noticeItem, servedItem } from "./test-fixtures.ts";
import type { OpenedConsentEntry, OpenedEntry } from "./types.ts";

async function setup() {
  const storage = memoryLogStorage();
  const log = createExplanationLog({
    storage,
    signer: await createLogSigner(),
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k1")] }),
    schedule: null,
  });
  await log.ready;
  return { log, storage };
}

describe("consent entries (contract 3)", () => {
  it("commit what the event did in the clear and seal who, which record and which event", async () => {
    const { log, storage } = await setup();
    const item = consentItem("dana", 1, "given", true);
    const appended = await log.appendConsent(item);
    expect(appended.index).toBe(0);
    const stored = JSON.stringify(storage.state.records[0]);
    for (const secret of ["dana", "cr-dana", "ce-dana-1", consentEventHash(item.event)])
      expect(stored).not.toContain(secret);
    const [opened] = (await log.read(0)) as OpenedConsentEntry[];
    expect(opened?.entry).toMatchObject({
      kind: "consent",
      at: item.event.at,
      type: "given",
      granted: { "personalization.browsing": true },
      changed: ["personalization.browsing"],
      notice: item.event.notice,
      regime: "gdpr",
      region: "DE",
      via: { kind: "ui", control: "banner.accept-all" },
    });
    expect(Object.keys(opened?.entry ?? {}).sort()).toEqual([
      "at",
      "bodyDigest",
      "changed",
      "granted",
      "id",
      "kind",
      "notice",
      "regime",
      "region",
      "type",
      "v",
      "via",
    ]);
    expect(opened?.personal).toMatchObject({
      kind: "consent",
      recordId: "cr-dana",
      eventId: "ce-dana-1",
      eventHash: consentEventHash(item.event),
      prev: null,
    });
    expect(opened?.personal?.subject.pseudonym).toMatch(/^[0-9a-f]{64}$/);
  });

  it("check a stated event hash (contract 2) and refuse one that does not match, logging nothing", async () => {
    const { log } = await setup();
    const item = consentItem("eli", 1, "given", true);
    await expect(
      log.appendConsent({ ...item, event: { ...item.event, hash: "0".repeat(64) } }),
    ).rejects.toMatchObject({ name: "InputError", path: "event.hash" });
    await expect(
      log.appendConsent({ ...item, event: { ...item.event, type: "maybe" as never } }),
    ).rejects.toBeInstanceOf(InputError);
    expect(log.size).toBe(0);
    const hashed = { ...item, event: { ...item.event, hash: consentEventHash(item.event) } };
    await log.appendConsent(hashed);
    const [opened] = (await log.read(0)) as OpenedConsentEntry[];
    expect(opened?.personal?.eventHash).toBe(hashed.event.hash);
  });

  it("a notice is committed once per content hash, with its declared purposes and categories", async () => {
    const { log } = await setup();
    const first = await log.appendNotice(noticeItem);
    const again = await log.appendNotice(noticeItem);
    expect(again).toEqual(first);
    expect(log.size).toBe(1);
    const [opened] = await log.read(0);
    expect(opened?.entry).toMatchObject({
      kind: "notice",
      notice: noticeItem.notice,
      purposes: [
        {
          id: "personalization.browsing",
          basis: "consent",
          dataCategories: ["pd:BrowsingBehavior"],
          special: false,
          saleOrSharing: false,
          directMarketing: false,
        },
      ],
    });
    expect(opened?.personal).toBeNull();
    expect(opened?.bodyState).toBe("none");
  });
});

describe("served entries (contracts 1, 3, 6)", () => {
  it("commit each contribution's purposes and redact search evidence; the query is sealed", async () => {
    const { log, storage } = await setup();
    await log.append([servedItem("fay", 1)]);
    const stored = JSON.stringify(storage.state.records[0]);
    expect(stored).not.toContain("tents for fay");
    const [opened] = (await log.read(0)) as OpenedEntry[];
    expect(opened?.entry.kind).toBe("served");
    expect(opened?.entry.contributions.map((c) => [c.evidence, c.purposes])).toEqual([
      [{ kind: "item", dataCategory: "pd:BrowsingBehavior" }, ["personalization.browsing"]],
      [{ kind: "search", dataCategory: "pd:SearchHistory" }, ["personalization.browsing"]],
      [{ kind: "global", name: "trending" }, []],
    ]);
    expect(opened?.personal?.evidence[1]).toEqual({ query: "tents for fay", event: "ev-q-fay-1" });
    const restored = contributionsOf(opened?.entry as OpenedEntry["entry"], opened?.personal ?? null);
    expect(restored[1]?.evidence).toEqual({
      kind: "search",
      dataCategory: "pd:SearchHistory",
      query: "tents for fay",
      event: "ev-q-fay-1",
    });
  });

  it("cite their consent event in the sealed body, which an auditor with the keys matches to the consent entry", async () => {
    const { log, storage } = await setup();
    await log.appendNotice(noticeItem);
    const given = consentItem("gus", 1, "given", true);
    const givenHash = consentEventHash(given.event);
    await log.appendConsent(given);
    await log.append([servedItem("gus", 2, {}, { id: given.event.id, hash: givenHash })]);
    const withdrawn = consentItem("gus", 3, "withdrawn", false, givenHash);
    await log.appendConsent(withdrawn);
    // Served on the stale grant after the withdrawal: a stale citation and a late withdrawal.
    await log.append([servedItem("gus", 4, {}, { id: given.event.id, hash: givenHash })]);
    // Cites the withdrawal itself while personalized: the cited event does not grant the purpose.
    await log.append([
      servedItem("gus", 5, {}, { id: withdrawn.event.id, hash: consentEventHash(withdrawn.event) }),
    ]);
    await log.append([servedItem("gus", 6, {}, { id: "ce-unknown", hash: "e".repeat(64) })]);
    await log.append([servedItem("gus", 7)]);
    const entries = await log.read(0);
    const report = reportLog(entries);
    // The same verdicts from the public citation tags and the key ring alone, with no served body opened.
    const ring = createBodyKeyRing(() => undefined);
    for (const item of storage.state.keys.values()) ring.load(item);
    const tagsOnly = entries.map((e) =>
      e.entry.kind === "served" ? { ...e, personal: null, bodyState: "unopened" as const } : e,
    );
    expect(reportLog(tagsOnly, { keyRing: ring }).citations).toEqual(report.citations);
    expect(reportLog(tagsOnly, { keyRing: ring }).withdrawal).toEqual(report.withdrawal);
    const tags = entries.flatMap((e) => (e.entry.kind === "served" ? [e.entry.legalBasis.citation] : []));
    expect(tags.slice(0, 4).every((t) => /^[0-9a-f]{64}$/.test(t ?? ""))).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags[4]).toBeNull();
    expect(report.citations).toEqual({
      checked: 5,
      matched: 1,
      stale: 1,
      unknown: 1,
      missing: 1,
      unhashed: 0,
      notGranted: 1,
      unverifiable: 0,
    });
    expect(report.withdrawal).toMatchObject({ withdrawals: 1, reConsents: 0, late: 1, lateEntries: 4 });
    expect(report.consentEvents).toEqual({ entries: 2, byType: { given: 1, withdrawn: 1 }, subjects: 1 });
  });

  it("report declared vs used: per purpose the notice's categories against those cited, and what was undeclared", async () => {
    const { log } = await setup();
    await log.appendNotice(noticeItem);
    await log.append([servedItem("hal", 1), servedItem("hal", 2)]);
    const report = reportLog(await log.read(0));
    expect(report.declaredVsUsed).toEqual({
      notices: [noticeItem.notice],
      purposes: [
        {
          purpose: "personalization.browsing",
          declared: ["pd:BrowsingBehavior"],
          used: [
            { dataCategory: "pd:BrowsingBehavior", contributions: 2 },
            { dataCategory: "pd:SearchHistory", contributions: 2 },
          ],
          undeclared: ["pd:SearchHistory"],
        },
      ],
      withoutPurposes: 0,
    });
  });
});

describe("servedItems cites the consent event", () => {
  const slate = {
    id: "s",
    at: 1,
    surface: "home",
    subject: "ivy",
    mode: "personalized",
    decision: { reason: "personalized" },
    items: [{ item: "a", rank: 1, score: 1, contributions: [], effects: [] }],
    filtered: 0,
    versions: { model: "m", rules: "r" },
    arm: null,
  } as unknown as Slate;
  const base = {
    status: "decided",
    subject: "ivy",
    recordId: "cr",
    regime: { id: "gdpr", region: "DE", model: "opt-in", lifetimeMs: 1 },
    minor: false,
    notice: { id: "n", version: "1", hash: "h" },
    granted: {},
    pending: [],
    lastEventId: "ce-1",
    decidedAt: 1,
    expiresAt: null,
    gpc: { detected: false, honored: false },
  } as unknown as ConsentState;
  const event = consentItem("ivy", 1, "given", true).event;

  it("from ConsentState.lastEvent, with its hash or one computed as the log computes it", () => {
    const withHash = { ...base, lastEvent: { ...event, hash: "d".repeat(64) } } as ConsentState;
    expect(
      servedItems(slate, [], { consent: withHash, disclosureVersion: "d" })[0]?.legalBasis,
    ).toMatchObject({
      consentEventId: event.id,
      consentEventHash: "d".repeat(64),
    });
    const withoutHash = { ...base, lastEvent: event } as ConsentState;
    expect(
      servedItems(slate, [], { consent: withoutHash, disclosureVersion: "d" })[0]?.legalBasis,
    ).toMatchObject({
      consentEventId: event.id,
      consentEventHash: consentEventHash(event),
    });
  });

  it("from an explicit context field, or only the id when the state has no event", () => {
    const explicit = servedItems(slate, [], {
      consent: base,
      disclosureVersion: "d",
      consentEvent: { id: "x", hash: "f".repeat(64) },
    });
    expect(explicit[0]?.legalBasis).toMatchObject({ consentEventId: "x", consentEventHash: "f".repeat(64) });
    expect(servedItems(slate, [], { consent: base, disclosureVersion: "d" })[0]?.legalBasis).toMatchObject({
      consentEventId: "ce-1",
      consentEventHash: null,
    });
  });
});

describe("with the consent module's own records (contract 2)", () => {
  it("commits every event of a real record, its hash as the record computed it, and servedItems cites the event in force", async () => {
    const { createConsentManager } = await import("../consent/manager.ts");
    const manager = createConsentManager({ region: "DE" });
    const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;
    manager.acceptAll(ui("banner.accept-all"));
    manager.withdraw("personalization.browsing", ui("settings.withdraw"));
    manager.acceptAll(ui("settings.accept-all"));
    const record = manager.record();
    const events = record?.events ?? [];
    expect(events.length).toBe(3);
    const { log } = await setup();
    for (const event of events) {
      expect(consentEventHash(event)).toBe(event.hash);
      await log.appendConsent({ subject: "zoe", recordId: record?.header.recordId ?? "", event });
    }
    const opened = (await log.read(0)) as OpenedConsentEntry[];
    expect(opened.map((e) => [e.entry.type, e.personal?.eventHash, e.personal?.prev])).toEqual(
      events.map((e) => [e.type, e.hash, e.prev]),
    );
    const state = manager.getState();
    const slate = {
      id: "s",
      at: 1,
      surface: "home",
      subject: state.subject,
      mode: "personalized",
      decision: { reason: "personalized" },
      items: [{ item: "a", rank: 1, score: 1, contributions: [], effects: [] }],
      filtered: 0,
      versions: { model: "m", rules: "r", disclosure: "d" },
      arm: null,
    } as unknown as Slate;
    expect(servedItems(slate, [], { consent: state, disclosureVersion: "d" })[0]?.legalBasis).toMatchObject({
      consentEventId: events.at(-1)?.id,
      consentEventHash: events.at(-1)?.hash,
    });
  });
});
