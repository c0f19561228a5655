import { describe, expect, it } from "vitest";
import { canonicalJson } from "../internal/canonical-json.ts";
import { toHex } from "./bytes.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { createLogSigner } from "./log-signer.ts";
import { memoryLogStorage } from "./memory-log-storage.ts";
import { leafHash } from "./merkle.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import type { LogEntry, LogRecord, ServedItem } from "./types.ts";
import { verifyLog } from "./verify-log.ts";

const served = (n: number, subject: string): ServedItem => ({
  surface: n % 2 === 0 ? "home" : "pdp",
  slateId: `slate-${Math.floor(n / 5)}`,
  rank: (n % 5) + 1,
  subject,
  jurisdiction: "FR",
  minor: false,
  mode: "personalized",
  item: `item-${n}`,
  provider: `seller-${n % 3}`,
  score: 1 / (n + 1),
  contributions: [
    {
      scorer: "popularity",
      evidence: { kind: "global", name: "bestseller" },
      raw: 1,
      weight: 1,
      amount: 1,
      purposes: [],
    },
  ],
  effects: [],
  explanation: { templateId: "popular", text: "Popular this week" },
  dataCategories: [],
  legalBasis: {
    basis: "consent",
    purposes: ["p"],
    consent: "valid",
    consentRecordId: "cr",
    consentStateHash: "h",
    consentEventId: null,
    consentEventHash: null,
  },
  versions: { model: "m", policy: "p", disclosure: "d" },
  controls: ["why-this"],
});

/** A log of 25 entries with heads at sizes 10, 20 and 25. */
async function build() {
  const signer = await createLogSigner();
  const storage = memoryLogStorage();
  const log = createExplanationLog({
    storage,
    signer,
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
    headEvery: 10,
    schedule: null,
    clock: () => 1_700_000_000_000,
  });
  for (let s = 0; s < 5; s++)
    await log.append(Array.from({ length: 5 }, (_, r) => served(s * 5 + r, s % 2 === 0 ? "ann" : "ben")));
  await log.treeHead();
  const records = storage.state.records as LogRecord[];
  const heads = storage.state.heads as unknown[];
  return { log, signer, records, heads, key: signer.publicKey };
}

/** Rewrites a record's entry and its stored leaf hash consistently, as a careful forger would. */
function forge(record: LogRecord, change: Partial<LogEntry>): LogRecord {
  const entry = { ...(record.entry as LogEntry), ...change } as LogEntry;
  return { ...record, entry, leaf: toHex(leafHash(new TextEncoder().encode(canonicalJson(entry)))) };
}

describe("verifyLog", () => {
  it("accepts an intact log, with every head", async () => {
    const { records, heads, key } = await build();
    expect(heads.map((h) => (h as { treeSize: number }).treeSize)).toEqual([10, 20, 25]);
    expect(await verifyLog(records, heads, key)).toEqual({ ok: true, size: 25, signedSize: 25, heads: 3 });
  });

  it("still accepts the log after a subject was erased", async () => {
    const { log, records, heads, key } = await build();
    await log.eraseSubject("ann");
    expect(await verifyLog(records, heads, key)).toMatchObject({ ok: true, size: 25 });
  });

  it("names a changed entry", async () => {
    const { records, heads, key } = await build();
    const tampered = [...records];
    tampered[13] = {
      ...(records[13] as LogRecord),
      entry: { ...((records[13] as LogRecord).entry as LogEntry), score: 42 },
    };
    expect(await verifyLog(tampered, heads, key)).toMatchObject({
      ok: false,
      index: 13,
      reason: expect.stringMatching(/changed/),
    });
  });

  it("names a removed entry", async () => {
    const { records, heads, key } = await build();
    const tampered = records.filter((_, i) => i !== 13);
    expect(await verifyLog(tampered, heads, key)).toMatchObject({ ok: false, index: 13 });
  });

  it("names the first of two reordered entries", async () => {
    const { records, heads, key } = await build();
    const tampered = [...records];
    [tampered[13], tampered[17]] = [records[17] as LogRecord, records[13] as LogRecord];
    expect(await verifyLog(tampered, heads, key)).toMatchObject({ ok: false, index: 13 });
  });

  it("names an inserted entry, copied or forged", async () => {
    const { records, heads, key } = await build();
    const copied = [...records.slice(0, 13), records[12] as LogRecord, ...records.slice(13)];
    expect(await verifyLog(copied, heads, key)).toMatchObject({ ok: false, index: 13 });
    const forged = [
      ...records.slice(0, 13),
      forge({ ...(records[12] as LogRecord), i: 13 }, { item: "fake", id: "le_fake" }),
      ...records.slice(13),
    ];
    expect(await verifyLog(forged, heads, key)).toMatchObject({ ok: false, index: 13 });
  });

  it("catches an entry rewritten with its leaf hash through the signed head, naming the first unproven index", async () => {
    const { records, heads, key } = await build();
    const tampered = [...records];
    tampered[13] = forge(records[13] as LogRecord, { mode: "non_profiling" });
    expect(await verifyLog(tampered, heads, key)).toMatchObject({ ok: false, index: 10, head: 1 });
  });

  it("catches entries removed from the end that a head covers", async () => {
    const { records, heads, key } = await build();
    expect(await verifyLog(records.slice(0, 22), heads, key)).toMatchObject({
      ok: false,
      index: 22,
      head: 2,
    });
  });

  it("rejects a head with a bad signature or from an unknown key", async () => {
    const { records, heads, key } = await build();
    const bent = heads.map((h, n) => (n === 1 ? { ...(h as object), timestamp: 1 } : h));
    expect(await verifyLog(records, bent, key)).toMatchObject({ ok: false, index: 10, head: 1 });
    const other = await createLogSigner();
    expect(await verifyLog(records, heads, other.publicKey)).toMatchObject({ ok: false, index: 0, head: 0 });
  });

  it("rejects a malformed record with its index", async () => {
    const { records, heads, key } = await build();
    const tampered: unknown[] = [...records];
    tampered[4] = { ...(records[4] as LogRecord), i: "4" };
    expect(await verifyLog(tampered, heads, key)).toMatchObject({ ok: false, index: 4 });
  });

  it("verifies a stream and leaves entries after the last head as unsigned", async () => {
    const { records, heads, key } = await build();
    async function* stream() {
      yield* records;
    }
    expect(await verifyLog(stream(), heads.slice(0, 2), key)).toEqual({
      ok: true,
      size: 25,
      signedSize: 20,
      heads: 2,
    });
  });
});
