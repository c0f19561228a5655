import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../internal/canonical-json.ts";
import { consentEventHash } from "./consent-entry.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { auditJsonlLog, readKeyRing } from "./jsonl-log-reader.ts";
import { jsonlLogStorage } from "./jsonl-log-storage.ts";
import { createLogSigner, type LogSigner } from "./log-signer.ts";
import { nodeSha256 } from "./node-crypto.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { consentItem, noticeItem, servedItem } from "./test-fixtures.ts";
import type { OpenedLogEntry, SignedTreeHead } from "./types.ts";

const dir = await mkdtemp(join(tmpdir(), "candor-reader-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
let signer: LogSigner;
let path: string;
let keysPath: string;
let lines: string[];
let firstHead: SignedTreeHead;

/** 3 appends of 4 items; heads at 4 (size 4 forced) and 12 (on close); a notice and a consent entry first. */
beforeAll(async () => {
  signer = await createLogSigner();
  path = join(dir, "log.jsonl");
  keysPath = join(dir, "keys", "ring.jsonl");
  const log = createExplanationLog({
    storage: jsonlLogStorage({ path, keysPath }),
    signer,
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")], hash: nodeSha256 }),
    hash: nodeSha256,
    schedule: null,
  });
  await log.appendNotice(noticeItem);
  const given = consentItem("joy", 0, "given", true);
  await log.appendConsent(given);
  const cite = { id: given.event.id, hash: consentEventHash(given.event) };
  await log.append([1, 2].map((n) => servedItem("joy", n, {}, cite)));
  firstHead = await log.treeHead();
  for (let s = 0; s < 2; s++)
    await log.append([0, 1, 2, 3].map((n) => servedItem(s ? "kit" : "joy", 10 + s * 4 + n)));
  await log.close();
  lines = (await readFile(path, "utf8")).split("\n");
});

async function variant(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const file = join(dir, `${name}.jsonl`);
  await writeFile(file, edit([...lines]).join("\n"));
  return file;
}

/** Changes record `i`'s score and recomputes its leaf, as a careful forger would. */
function forge(all: string[], i: number): string[] {
  return all.map((line) => {
    if (!line.includes(`,"i":${i},`)) return line;
    const record = JSON.parse(line).record;
    record.entry.score += 1;
    record.leaf = createHash("sha256")
      .update(Buffer.concat([Buffer.of(0), Buffer.from(canonicalJson(record.entry))]))
      .digest("hex");
    return JSON.stringify({ record });
  });
}

const audit = (file: string, options: Parameters<typeof auditJsonlLog>[1] = {}) =>
  auditJsonlLog(file, { publicKeys: signer.publicKey, ...options });

describe("auditJsonlLog", () => {
  it("verifies an intact log in one pass, with its heads, and hands out every entry with its body opened", async () => {
    const entries: OpenedLogEntry[] = [];
    const result = await audit(path, {
      keyRing: await readKeyRing(keysPath),
      onEntry: (e) => void entries.push(e),
    });
    expect(result).toMatchObject({
      status: "intact",
      size: 12,
      signedSize: 12,
      heads: 2,
      uncommittedRecords: 0,
    });
    expect(entries.map((e) => e.entry.kind)).toEqual(["notice", "consent", ...Array(10).fill("served")]);
    expect(entries.map((e) => e.bodyState)).toEqual(["none", ...Array(11).fill("opened")]);
    const sealed: OpenedLogEntry[] = [];
    await audit(path, { onEntry: (e) => void sealed.push(e) });
    expect(sealed.map((e) => e.bodyState)).toEqual(["none", ...Array(11).fill("sealed")]);
    expect(sealed.map((e) => e.entry)).toEqual(entries.map((e) => e.entry));
  });

  it("reads a record in another layout (parsed and re-canonicalized) and still verifies it", async () => {
    const file = await variant("reformatted", (all) =>
      all.map((line) =>
        line.includes(',"i":5,')
          ? JSON.stringify(JSON.parse(line), null, 0).replace('{"record":{', '{"record": {')
          : line,
      ),
    );
    expect(await audit(file)).toMatchObject({ status: "intact", size: 12 });
  });

  it("names a changed entry, and an entry changed with its leaf hash through the head that covers it", async () => {
    const changed = await variant("changed", (all) =>
      all.map((l) => l.replace('"item":"item-11"', '"item":"item-99"')),
    );
    expect(await audit(changed)).toMatchObject({
      status: "tampered",
      index: 5,
      reason: expect.stringMatching(/does not match its leaf/),
    });
    const forged = await variant("forged", (all) => forge(all, 6));
    expect(await audit(forged)).toMatchObject({
      status: "tampered",
      index: 4,
      reason: expect.stringMatching(/do not match tree head 1/),
    });
  });

  it("leaves entries after the last head unsigned when heads are deleted, so a verifier can refuse them", async () => {
    const noHeads = await variant("no-heads", (all) => forge(all, 6).filter((l) => !l.startsWith('{"head"')));
    expect(await audit(noHeads)).toMatchObject({ status: "intact", size: 12, signedSize: 0 });
    const lastHead = await variant("last-head", (all) => {
      const at = all.findLastIndex((l) => l.startsWith('{"head"'));
      return forge(all, 6).filter((_, n) => n !== at);
    });
    expect(await audit(lastHead)).toMatchObject({ status: "intact", signedSize: 4 });
    const lastCommit = await variant("last-commit", (all) => {
      const at = all.findLastIndex((l) => l.startsWith('{"commit"'));
      return forge(all, 6).filter((_, n) => n !== at);
    });
    expect(await audit(lastCommit)).toMatchObject({
      status: "intact",
      size: 12,
      signedSize: 4,
      uncommittedRecords: 0,
    });
    const allCommits = await variant("no-commits", (all) =>
      forge(all, 6).filter((l) => !l.startsWith('{"commit"')),
    );
    expect(await audit(allCommits)).toMatchObject({
      status: "tampered",
      index: 0,
      reason: expect.stringMatching(/commit line is missing/),
    });
  });

  it("deleted commit lines are tampering when records follow a head after the last commit", async () => {
    const file = await variant("merged", (all) => {
      const afterHead = all.findIndex((l) => l.startsWith('{"head"'));
      return all.filter((l, n) => !(n > afterHead && l.startsWith('{"commit"')));
    });
    expect(await audit(file)).toMatchObject({
      status: "tampered",
      index: 4,
      reason: expect.stringMatching(/commit line is missing/),
    });
  });

  it("checks trusted heads: consistent ones pass; a rewrite, a shorter log or deleted heads fail", async () => {
    expect(await audit(path, { trustedHeads: [firstHead] })).toMatchObject({
      status: "intact",
      trustedHeads: 1,
    });
    const rewritten = await variant("rewritten", (all) =>
      forge(all, 2).filter((l) => !l.startsWith('{"head"')),
    );
    expect(await audit(rewritten, { trustedHeads: [firstHead] })).toMatchObject({
      status: "tampered",
      index: 0,
      reason: expect.stringMatching(/do not match the trusted head of size 4/),
    });
    const lastGroup = lines.findLastIndex((l) => l.startsWith('{"commit"'));
    const previousGroup = lines.slice(0, lastGroup).findLastIndex((l) => l.startsWith('{"commit"'));
    const closing = await audit(path);
    const trusted = closing.status === "intact" ? (closing.latestHead as SignedTreeHead) : firstHead;
    const shorter = await variant("shorter", (all) => all.slice(0, previousGroup + 1));
    expect(await audit(shorter, { trustedHeads: [trusted] })).toMatchObject({
      status: "tampered",
      reason: expect.stringMatching(/a trusted head covers 12: entries were removed/),
    });
    const headless = await variant("headless", (all) => all.filter((l) => !l.startsWith('{"head"')));
    expect(await audit(headless, { trustedHeads: [trusted] })).toMatchObject({
      status: "tampered",
      index: 0,
      reason: expect.stringMatching(/signed tree heads were removed/),
    });
    expect(
      await audit(path, { trustedHeads: [{ ...trusted, signature: trusted.signature.replace(/^./, "A") }] }),
    ).toMatchObject({
      status: "unusable",
    });
  });

  it("calls a missing, empty, directory or foreign file unusable", async () => {
    const empty = join(dir, "empty.jsonl");
    await writeFile(empty, "");
    const junk = join(dir, "junk.bin");
    await writeFile(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    const csv = join(dir, "table.csv");
    await writeFile(csv, "a,b\n1,2\n");
    for (const [file, reason] of [
      [join(dir, "missing.jsonl"), /no such file/],
      [empty, /is empty/],
      [dir, /is a directory/],
      [junk, /not an explanation log/],
      [csv, /not an explanation log/],
    ] as const)
      expect(await audit(file)).toMatchObject({ status: "unusable", reason: expect.stringMatching(reason) });
    expect(await auditJsonlLog(path, {})).toMatchObject({
      status: "unusable",
      reason: "no public key to verify with",
    });
  });

  it("reads without verifying when asked, and then validates every record instead", async () => {
    const forged = await variant("unverified", (all) =>
      forge(all, 6).filter((l) => !l.startsWith('{"head"')),
    );
    expect(await auditJsonlLog(forged, { verify: false })).toMatchObject({
      status: "intact",
      verified: false,
      size: 12,
    });
    const broken = await variant("broken", (all) => all.map((l) => l.replace('"rank":1', '"rank":0')));
    expect(await auditJsonlLog(broken, { verify: false })).toMatchObject({ status: "tampered", index: 2 });
  });
});
