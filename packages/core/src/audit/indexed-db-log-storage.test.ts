import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createExplanationLog } from "./explanation-log.ts";
import { indexedDbLogStorage } from "./indexed-db-log-storage.ts";
import { createLogSigner } from "./log-signer.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import type { LogRecord, OpenedEntry, ServedItem } from "./types.ts";
import { verifyLog } from "./verify-log.ts";

const served = (n: number, subject: string): ServedItem => ({
  surface: "home",
  slateId: `s${n}`,
  rank: 1,
  subject,
  jurisdiction: "IT",
  minor: false,
  mode: "personalized",
  item: `item-${n}`,
  provider: "p",
  score: 1,
  contributions: [],
  effects: [],
  explanation: { templateId: "t", text: `for ${subject}` },
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
  controls: [],
});

describe("indexedDbLogStorage", () => {
  it("stores, reopens, erases and verifies like the other adapters", async () => {
    const factory = new IDBFactory();
    const storage = () => indexedDbLogStorage({ indexedDB: factory, IDBKeyRange, pageSize: 2 });
    const signer = await createLogSigner();
    const pseudonymizer = createPseudonymizer({ keys: [generatePseudonymKey("k")] });
    const options = { signer, pseudonymizer, schedule: null };
    const log = createExplanationLog({ storage: storage(), ...options });
    await log.append([served(0, "ida"), served(1, "jon")]);
    await log.append([served(2, "ida")]);
    const head = await log.treeHead();
    await log.eraseSubject("ida");
    await log.close();

    const reopened = createExplanationLog({ storage: storage(), ...options });
    await reopened.ready;
    expect(reopened.size).toBe(3);
    expect((await reopened.treeHead()).rootHash).toBe(head.rootHash);
    const entries = (await reopened.read(0)) as OpenedEntry[];
    expect(entries.map((e) => e.personal?.explanation ?? null)).toEqual([null, "for jon", null]);
    const raw = storage();
    const records: unknown[] = [];
    for await (const item of raw.load(() => undefined)) if (item.kind === "record") records.push(item.value);
    expect((records as LogRecord[]).map((r) => r.i)).toEqual([0, 1, 2]);
    expect(await verifyLog(records, await reopened.heads(), signer.publicKey)).toMatchObject({
      ok: true,
      size: 3,
    });
  });
});
