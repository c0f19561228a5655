import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../internal/canonical-json.ts";
import { openBody, randomBytes, sealBody, webCryptoBodyCipher } from "./body-cipher.ts";
import { canonicalText } from "./canonical-text.ts";
import { nodeBodyCipher } from "./node-crypto.ts";
import { bodyDigest, contributionsOf, splitServedItem } from "./split-entry.ts";
import type { ServedItem } from "./types.ts";

const item: ServedItem = {
  surface: "pdp",
  slateId: "s",
  rank: 2,
  subject: "hana",
  jurisdiction: "GB",
  minor: true,
  mode: "personalized",
  item: "boots",
  provider: null,
  score: 0.9,
  contributions: [
    {
      scorer: "item-knn",
      evidence: { kind: "item", item: "socks", event: "ev9", dataCategory: "pd:Purchase" },
      raw: 0.6,
      weight: 1,
      amount: 0.6,
      purposes: ["personalization.purchases"],
    },
    {
      scorer: "context",
      evidence: { kind: "context", name: "hour", value: "21", dataCategory: "candor:TimeOfDay" },
      raw: 0.1,
      weight: 1,
      amount: 0.1,
      purposes: ["personalization.context"],
    },
    {
      scorer: "popularity",
      evidence: { kind: "global", name: "trending" },
      raw: 0.2,
      weight: 1,
      amount: 0.2,
      purposes: [],
    },
  ],
  effects: [{ stage: "fair", kind: "provider-fairness", amount: -1, message: "moved down for fairness" }],
  explanation: { templateId: "bought-together", text: "Goes with your socks" },
  dataCategories: ["pd:Purchase"],
  legalBasis: {
    basis: "consent",
    purposes: ["p"],
    consent: "valid",
    consentRecordId: "cr",
    consentStateHash: "h",
    consentEventId: null,
    consentEventHash: null,
    withdrawnAt: null,
  },
  versions: { model: "m", policy: "p", disclosure: "d" },
  controls: ["why-this"],
};
const resolved = {
  id: "le_1",
  at: 5,
  subject: { pseudonym: "f".repeat(64), keyId: "k" },
  salt: new Uint8Array(16).fill(7),
};

describe("splitServedItem", () => {
  it("keeps the shopper's items, events and context values in the body and restores them", () => {
    const { entry, body } = splitServedItem(item, resolved);
    expect(JSON.stringify(entry)).not.toMatch(/socks|ev9|"21"|hana|Goes with/);
    expect(body.evidence).toEqual([{ event: "ev9", item: "socks" }, { value: "21" }, null]);
    expect(contributionsOf(entry, body)).toEqual(
      item.contributions.map((c) => ({ ...c, evidence: expect.objectContaining(c.evidence) })),
    );
    expect(contributionsOf(entry, null)[0]?.evidence).toEqual({ dataCategory: "pd:Purchase", kind: "item" });
    expect(entry.bodyDigest).toBe(bodyDigest(resolved.salt, body));
  });

  it("builds entries and bodies whose JSON is already canonical", () => {
    const { entry, body } = splitServedItem(item, resolved);
    expect(JSON.stringify(entry)).toBe(canonicalJson(entry));
    expect(JSON.stringify(body)).toBe(canonicalJson(body));
  });

  it("the salt hides the body: same body, other salt, other digest", () => {
    const a = splitServedItem(item, resolved);
    const b = splitServedItem(item, { ...resolved, salt: new Uint8Array(16).fill(8) });
    expect(a.entry.bodyDigest).not.toBe(b.entry.bodyDigest);
  });
});

describe("canonicalText", () => {
  it("equals the shared canonicalJson for any JSON value, sorted or not", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalText(value)).toBe(canonicalJson(value));
        const parsed = JSON.parse(canonicalJson(value));
        expect(canonicalText(parsed)).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
    expect(canonicalText({ 10: 1, 9: 2, b: [1, { d: 1, c: 2 }], a: null })).toBe(
      canonicalJson({ 10: 1, 9: 2, b: [1, { d: 1, c: 2 }], a: null }),
    );
  });
});

describe("body ciphers", () => {
  it("Web Crypto and node:crypto AES-256-GCM seal and open each other's bodies", async () => {
    const { body } = splitServedItem(item, resolved);
    const key = randomBytes(32);
    for (const [seal, open] of [
      [webCryptoBodyCipher, nodeBodyCipher],
      [nodeBodyCipher, webCryptoBodyCipher],
    ] as const) {
      const sealed = await sealBody(seal, key, "bk_1", "le_1", resolved.salt, body);
      const opened = await openBody(open, key, "le_1", sealed);
      expect(opened).toEqual({ ok: true, body, salt: resolved.salt });
      expect(await openBody(open, key, "le_2", sealed)).toMatchObject({ ok: false });
      expect(await openBody(open, randomBytes(32), "le_1", sealed)).toMatchObject({ ok: false });
    }
  });
});

describe("entries and bodies built here are canonical as built", () => {
  it("JSON.stringify of every kind of entry and body equals its canonical JSON (keys in sorted order)", async () => {
    const { canonicalJson } = await import("../internal/canonical-json.ts");
    const { splitConsentItem, noticeEntry, consentEventHash } = await import("./consent-entry.ts");
    const { consentItem, noticeItem, servedItem } = await import("./test-fixtures.ts");
    const subject = { keyId: "k", pseudonym: "a".repeat(64) };
    const salt = new Uint8Array(16);
    const withArm = splitServedItem(servedItem("ana", 1, { arm: "control", category: null }), {
      id: "le_1",
      at: 1,
      subject,
      salt,
    });
    const plain = splitServedItem(
      servedItem("ana", 2, { effects: [{ stage: "mmr", kind: "variety", amount: 1, message: "m" }] }),
      {
        id: "le_2",
        at: 2,
        subject,
        salt,
      },
    );
    const event = consentItem("ana", 3, "withdrawn", false, "b".repeat(64));
    const consent = splitConsentItem(event, consentEventHash(event.event), { id: "le_3", subject, salt });
    const notice = noticeEntry(noticeItem, { id: "le_4", at: 4 });
    for (const value of [
      withArm.entry,
      withArm.body,
      plain.entry,
      plain.body,
      consent.entry,
      consent.body,
      notice,
    ])
      expect(JSON.stringify(value)).toBe(canonicalJson(value));
  });
});
