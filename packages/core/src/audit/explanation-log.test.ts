import { describe, expect, it } from "vitest";
import { InputError, LogIntegrityError } from "../internal/candor-error.ts";
import { fromHex } from "./bytes.ts";
import { createExplanationLog, type ExplanationLogOptions } from "./explanation-log.ts";
import { createLogSigner, type LogSigner } from "./log-signer.ts";
import { type MemoryLogState, memoryLogStorage } from "./memory-log-storage.ts";
import { verifyConsistency, verifyInclusion } from "./merkle.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { verifyTreeHead } from "./tree-head.ts";
import type { LogIssue, LogRecord, OpenedEntry, ServedItem } from "./types.ts";

function item(overrides: Partial<ServedItem> = {}): ServedItem {
  return {
    surface: "home",
    slateId: "s1",
    rank: 1,
    subject: "shopper-1",
    jurisdiction: "DE",
    minor: false,
    mode: "personalized",
    item: "tent-2p",
    category: "outdoor/camping",
    provider: "seller-a",
    score: 0.75,
    contributions: [
      {
        scorer: "item-knn",
        evidence: { kind: "item", item: "sleeping-bag", event: "ev_1", dataCategory: "pd:Purchase" },
        raw: 0.5,
        weight: 1,
        amount: 0.5,
        purposes: ["personalization.purchases"],
      },
      {
        scorer: "context",
        evidence: { kind: "context", name: "device", value: "mobile", dataCategory: "pd:DeviceBased" },
        raw: 0.05,
        weight: 1,
        amount: 0.05,
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
    effects: [{ stage: "mmr", kind: "variety", amount: 1, message: "moved up for variety" }],
    explanation: { templateId: "because-you-bought", text: "Because you bought Sleeping bag" },
    dataCategories: ["pd:Purchase", "pd:DeviceBased"],
    legalBasis: {
      basis: "consent",
      purposes: ["personalization.history"],
      consent: "valid",
      consentRecordId: "cr_1",
      consentStateHash: "a".repeat(64),
      consentEventId: null,
      consentEventHash: null,
    },
    versions: { model: "m1", policy: "p1", disclosure: "d1" },
    controls: ["why-this", "not-interested"],
    ...overrides,
  };
}

function slate(slateId: string, size: number, overrides: Partial<ServedItem> = {}): ServedItem[] {
  return Array.from({ length: size }, (_, n) =>
    item({ slateId, rank: n + 1, item: `item-${slateId}-${n}`, ...overrides }),
  );
}

async function setup(extra: Partial<ExplanationLogOptions> = {}, state?: MemoryLogState, signer?: LogSigner) {
  const theSigner = signer ?? (await createLogSigner());
  const key = generatePseudonymKey("k1");
  const storage = memoryLogStorage(state);
  const issues: LogIssue[] = [];
  let now = 1_700_000_000_000;
  const log = createExplanationLog({
    storage,
    signer: theSigner,
    pseudonymizer: createPseudonymizer({ keys: [key] }),
    clock: () => now,
    schedule: null,
    onError: (issue) => issues.push(issue),
    ...extra,
  });
  await log.ready;
  return { log, storage, signer: theSigner, issues, key, tick: (ms: number) => (now += ms) };
}

describe("createExplanationLog", () => {
  it("appends one entry per served item and returns ids and indexes in order", async () => {
    const { log } = await setup();
    const first = await log.append(slate("s1", 3));
    const second = await log.append(slate("s2", 2));
    expect(first.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(second.map((e) => e.index)).toEqual([3, 4]);
    expect(new Set([...first, ...second].map((e) => e.id)).size).toBe(5);
    expect(log.size).toBe(5);
  });

  it("keeps personal data out of the committed entry and opens it from the sealed body", async () => {
    const { log, storage } = await setup();
    await log.append([item()]);
    const stored = JSON.stringify(storage.state.records[0]);
    for (const secret of ["shopper-1", "sleeping-bag", "ev_1", "mobile", "Because you bought", "cr_1"])
      expect(stored).not.toContain(secret);
    const [opened] = (await log.read(0)) as OpenedEntry[];
    expect(opened?.entry.contributions[0]?.evidence).toEqual({ kind: "item", dataCategory: "pd:Purchase" });
    expect(opened?.personal?.explanation).toBe("Because you bought Sleeping bag");
    expect(opened?.personal?.evidence[0]).toEqual({ item: "sleeping-bag", event: "ev_1" });
    expect(opened?.personal?.evidence[1]).toEqual({ value: "mobile" });
    expect(opened?.personal?.consentRecordId).toBe("cr_1");
    expect(opened?.personal?.subject.keyId).toBe("k1");
    expect(opened?.personal?.subject.pseudonym).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects an invalid served item with its position and path and logs nothing", async () => {
    const { log } = await setup();
    const bad = { ...item(), rank: 0 };
    await expect(log.append([item(), bad])).rejects.toMatchObject({
      name: "InputError",
      message: expect.stringContaining("served item 1"),
      path: "rank",
    });
    const result = await log.safeAppend([{ ...item(), mode: "sometimes" } as unknown as ServedItem]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(InputError);
    expect(log.size).toBe(0);
  });

  it("signs a head every 1,000 entries, even inside one batch", async () => {
    const { log, signer } = await setup();
    await log.append(slate("big", 2500));
    const heads = await log.heads();
    expect(heads.map((h) => h.treeSize)).toEqual([1000, 2000]);
    for (const head of heads) expect(await verifyTreeHead(head, signer.publicKey)).toBe(true);
  });

  it("signs a head once a second has passed since the last one (injectable clock)", async () => {
    const { log, tick } = await setup();
    await log.append(slate("a", 3));
    expect(await log.heads()).toEqual([]);
    tick(999);
    await log.append(slate("b", 3));
    expect(await log.heads()).toEqual([]);
    tick(1);
    await log.append(slate("c", 3));
    expect((await log.heads()).map((h) => h.treeSize)).toEqual([9]);
  });

  it("signs pending entries from the scheduler without another append", async () => {
    const timers: { run: () => void; ms: number }[] = [];
    const { log } = await setup({
      schedule: (run, ms) => {
        timers.push({ run, ms });
        return () => undefined;
      },
    });
    await log.append(slate("a", 2));
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]?.run();
    await log.heads();
    expect((await log.heads()).map((h) => h.treeSize)).toEqual([2]);
  });

  it("gives inclusion and consistency proofs that verify against signed heads", async () => {
    const { log } = await setup();
    await log.append(slate("a", 5));
    const small = await log.treeHead();
    await log.append(slate("b", 8));
    const big = await log.treeHead();
    expect([small.treeSize, big.treeSize]).toEqual([5, 13]);
    for (let i = 0; i < 13; i++) {
      const proof = await log.proveInclusion(i, 13);
      expect(
        verifyInclusion(i, 13, fromHex(proof.leafHash), proof.path.map(fromHex), fromHex(big.rootHash)),
      ).toBe(true);
    }
    const consistency = await log.proveConsistency(5, 13);
    expect(
      verifyConsistency(5, 13, fromHex(small.rootHash), fromHex(big.rootHash), consistency.path.map(fromHex)),
    ).toBe(true);
  });

  it("erasing a subject shreds its bodies, keeps others readable, and keeps every head and proof valid", async () => {
    const { log, signer } = await setup();
    await log.append(slate("a", 3, { subject: "alice" }));
    await log.append(slate("b", 2, { subject: "bob" }));
    const before = await log.treeHead();
    const proofBefore = await log.proveInclusion(1, 5);
    const receipt = await log.eraseSubject("alice");
    expect(receipt.entries).toBe(3);
    expect(receipt.keyRefs).toHaveLength(1);
    expect(JSON.stringify(receipt)).not.toContain("alice");
    const entries = (await log.read(0)) as OpenedEntry[];
    expect(entries.map((e) => e.personal === null)).toEqual([true, true, true, false, false]);
    expect(entries.map((e) => e.bodyState)).toEqual(["erased", "erased", "erased", "opened", "opened"]);
    expect(entries[3]?.personal?.explanation).toContain("Because you bought");
    const after = await log.treeHead();
    expect(after.rootHash).toBe(before.rootHash);
    expect(await verifyTreeHead(after, signer.publicKey)).toBe(true);
    const proofAfter = await log.proveInclusion(1, 5);
    expect(proofAfter).toEqual(proofBefore);
    expect(entries[1]?.leaf).toBe(proofAfter.leafHash);
  });

  it("new entries after a pseudonym key rotation use the new key and erasure finds both", async () => {
    const { log, storage, signer, key } = await setup();
    await log.append([item({ subject: "carol" })]);
    const pseudonymizer = createPseudonymizer({ keys: [key] });
    const rotated = createExplanationLog({ storage, signer, pseudonymizer, schedule: null });
    await rotated.ready;
    pseudonymizer.rotate(generatePseudonymKey("k2"));
    await rotated.append([item({ subject: "carol", slateId: "s2" })]);
    const [old, fresh] = await rotated.read(0);
    expect(old?.personal?.subject.keyId).toBe("k1");
    expect(fresh?.personal?.subject.keyId).toBe("k2");
    expect(old?.personal?.subject.pseudonym).not.toBe(fresh?.personal?.subject.pseudonym);
    const receipt = await rotated.eraseSubject("carol");
    expect(receipt.entries).toBe(2);
    expect((await rotated.read(0)).every((e) => e.personal === null)).toBe(true);
  });

  it("reopens a stored log: same size, same root, appends continue", async () => {
    const first = await setup();
    await first.log.append(slate("a", 4));
    const head = await first.log.treeHead();
    const reopened = await setup({}, first.storage.state, first.signer);
    expect(reopened.log.size).toBe(4);
    await reopened.log.append(slate("b", 1));
    const proof = await reopened.log.proveConsistency(4, 5);
    const now = await reopened.log.treeHead();
    expect(
      verifyConsistency(4, 5, fromHex(head.rootHash), fromHex(now.rootHash), proof.path.map(fromHex)),
    ).toBe(true);
    expect(reopened.issues).toEqual([]);
  });

  it("refuses to append to a stored log that was tampered with, naming the entry", async () => {
    const first = await setup();
    await first.log.append(slate("a", 4));
    await first.log.treeHead();
    const record = first.storage.state.records[2] as LogRecord;
    first.storage.state.records[2] = { ...record, entry: { ...record.entry, score: 99 } };
    const reopened = await setup({}, first.storage.state, first.signer);
    expect(reopened.issues[0]).toMatchObject({ code: "integrity", index: 2 });
    await expect(reopened.log.append([item()])).rejects.toBeInstanceOf(LogIntegrityError);
  });

  it("reports a body that does not match its digest and returns it as unreadable", async () => {
    const { log, storage, issues } = await setup();
    await log.append(slate("a", 2));
    const [a, b] = storage.state.records as LogRecord[];
    if (!a || !b) throw new Error("missing records");
    storage.state.records[0] = { ...a, body: { ...b.body } };
    const [opened] = await log.read(0, 1);
    expect(opened?.personal).toBeNull();
    expect(issues[0]?.code).toBe("unreadable-body");
  });

  it("throws ConfigError for missing options", () => {
    expect(() => createExplanationLog({} as ExplanationLogOptions)).toThrow(/storage.load/);
  });
});
