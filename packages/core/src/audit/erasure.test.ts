import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { consentCitation, hmacSha256 } from "./body-key-ring.ts";
import { fromBase64Url, toHex, utf8 } from "./bytes.ts";
import { consentEventHash } from "./consent-entry.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { auditJsonlLog, readKeyRing } from "./jsonl-log-reader.ts";
import { jsonlLogStorage } from "./jsonl-log-storage.ts";
import { createLogSigner } from "./log-signer.ts";
import { nodeSha256 } from "./node-crypto.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { consentItem, servedItem } from "./test-fixtures.ts";
import type { OpenedLogEntry } from "./types.ts";

const dir = await mkdtemp(join(tmpdir(), "candor-erasure-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("erasure unlinks (GDPR Art. 17; issue 12 item 6)", () => {
  it("an auditor with the log after erasure and every remaining key cannot find the subject's entries; proofs stay valid", async () => {
    const path = join(dir, "shop", "log.jsonl");
    const keysPath = join(dir, "keys", "key-ring.jsonl");
    const signer = await createLogSigner();
    const pseudonymKeys = [generatePseudonymKey("k1"), generatePseudonymKey("k2")];
    const log = createExplanationLog({
      storage: jsonlLogStorage({ path, keysPath }),
      signer,
      pseudonymizer: createPseudonymizer({ keys: pseudonymKeys, hash: nodeSha256 }),
      hash: nodeSha256,
      schedule: null,
    });
    const subjects = ["ann", "bob", "cy"];
    for (const [s, subject] of subjects.entries()) {
      const given = consentItem(subject, s, "given", true);
      await log.appendConsent(given);
      await log.append([
        servedItem(subject, 10 + s, {}, { id: given.event.id, hash: consentEventHash(given.event) }),
      ]);
    }
    for (let n = 0; n < 6; n++) await log.append([servedItem(subjects[n % 3] as string, 20 + n)]);
    const before = await log.treeHead();
    const proofBefore = await log.proveInclusion(1, before.treeSize);

    // Before erasure the procedure finds ann: her lookup pseudonym → her key → her entries.
    const auditor = async () => {
      const ring = await readKeyRing(keysPath);
      const entries: OpenedLogEntry[] = [];
      const result = await auditJsonlLog(path, {
        publicKeys: signer.publicKey,
        keyRing: ring,
        onEntry: (e) => void entries.push(e),
      });
      return { ring, entries, result };
    };
    const find = async (subject: string) => {
      const { ring, entries } = await auditor();
      const pseudonymizer = createPseudonymizer({ keys: pseudonymKeys });
      const refs = (await pseudonymizer.pseudonymsOf(subject))
        .map((p) => ring.byPseudonym(p.pseudonym)?.ref)
        .filter((r): r is string => !!r);
      return entries.filter((e) => e.keyRef && refs.includes(e.keyRef)).map((e) => e.index);
    };
    expect(await find("ann")).toEqual([0, 1, 6, 9]);

    const receipts = [await log.eraseSubject("ann"), await log.eraseSubject("bob")];
    const after = await log.treeHead();
    await log.close();
    expect(receipts.map((r) => r.entries)).toEqual([4, 4]);
    expect(after.rootHash).toBe(before.rootHash);

    // Every remaining key: the key ring (cy's), both pseudonym keys and the signer. Nothing finds ann.
    expect(await find("ann")).toEqual([]);
    const { ring, entries, result } = await auditor();
    expect(result).toMatchObject({ status: "intact", size: 12 });
    expect(ring.size).toBe(1);
    const erased = entries.filter((e) => e.bodyState === "erased").map((e) => e.index);
    expect(erased).toEqual([0, 1, 2, 3, 6, 7, 9, 10]);
    expect(entries.filter((e) => e.bodyState === "opened").map((e) => e.index)).toEqual([4, 5, 8, 11]);

    const logText = await readFile(path, "utf8");
    const ringText = await readFile(keysPath, "utf8");
    const remainingSecrets = ringText
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { secret?: string })
      .filter((item) => typeof item.secret === "string")
      .map((item) => fromBase64Url(item.secret as string));
    const committed = logText
      .split("\n")
      .filter((l) => l.startsWith('{"record":'))
      .map((l) => JSON.stringify(JSON.parse(l).record.entry))
      .join("\n");
    expect(committed).not.toMatch(/\bann\b/);
    const computable = [
      ...(await createPseudonymizer({ keys: pseudonymKeys }).pseudonymsOf("ann")).map((p) => p.pseudonym),
      ...remainingSecrets.map((secret) => toHex(hmacSha256(nodeSha256, secret, utf8("ann")))),
      ...receipts.flatMap((r) => r.keyRefs),
    ];
    for (const value of computable) {
      expect(logText).not.toContain(value);
      expect(ringText).not.toContain(value);
    }
    // Citation tags of ann's entries cannot be made with any remaining secret, even knowing her consent event.
    const annEvent = consentItem("ann", 0, "given", true).event;
    const annServed = JSON.parse(logText.split("\n").find((l) => l.includes(',"i":1,')) as string).record
      .entry;
    expect(annServed.legalBasis.citation).toMatch(/^[0-9a-f]{64}$/);
    for (const secret of remainingSecrets)
      expect(
        consentCitation(nodeSha256, secret, annServed.id, annEvent.id, consentEventHash(annEvent)),
      ).not.toBe(annServed.legalBasis.citation);
    // No stored record names a key: erased bodies are bare ciphertexts, all distinct, grouped by nothing.
    const records = logText
      .split("\n")
      .filter((l) => l.startsWith('{"record":'))
      .map((l) => JSON.parse(l).record as { i: number; body: Record<string, string> });
    for (const record of records) expect(Object.keys(record.body).sort()).toEqual(["ct", "iv"]);
    const erasedBodies = records.filter((r) => erased.includes(r.i)).map((r) => r.body);
    expect(new Set(erasedBodies.map((b) => b.iv)).size).toBe(erased.length);
    expect(new Set(erasedBodies.map((b) => b.ct)).size).toBe(erased.length);

    // Proofs are unchanged.
    const reopened = createExplanationLog({
      storage: jsonlLogStorage({ path, keysPath }),
      signer,
      pseudonymizer: createPseudonymizer({ keys: pseudonymKeys }),
      hash: nodeSha256,
      schedule: null,
    });
    expect(await reopened.proveInclusion(1, before.treeSize)).toEqual(proofBefore);
    await reopened.close();
  });
});
