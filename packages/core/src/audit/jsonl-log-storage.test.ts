import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExplanationLog } from "./explanation-log.ts";
import { createLogSigner, type LogSigner } from "./log-signer.ts";
import { jsonlLogStorage, nodeBodyCipher, nodeSha256, readJsonlLog } from "./node.ts";
import { createPseudonymizer, generatePseudonymKey, type Pseudonymizer } from "./pseudonymizer.ts";
import type { LogIssue, OpenedEntry, ServedItem } from "./types.ts";
import { verifyLog } from "./verify-log.ts";

const served = (n: number, subject = "dana"): ServedItem => ({
  surface: "home",
  slateId: `slate-${Math.floor(n / 3)}`,
  rank: (n % 3) + 1,
  subject,
  jurisdiction: "US-CA",
  minor: false,
  mode: "personalized",
  item: `item-${n}`,
  provider: "seller-x",
  score: 0.5,
  contributions: [
    {
      scorer: "item-knn",
      evidence: { kind: "item", item: "viewed-1", dataCategory: "pd:BrowsingBehavior" },
      raw: 0.5,
      weight: 1,
      amount: 0.5,
      purposes: ["personalization.browsing"],
    },
  ],
  effects: [],
  explanation: { templateId: "because-you-viewed", text: "Because you viewed Lamp – “Nordlicht”" },
  dataCategories: ["pd:BrowsingBehavior"],
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

let dir: string;
let signer: LogSigner;
let pseudonymizer: Pseudonymizer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "candor-log-"));
  signer = await createLogSigner();
  pseudonymizer = createPseudonymizer({ keys: [generatePseudonymKey("k")] });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The key ring of a test log, in another directory than the log (as the CLI keeps it). */
function keysOf(path: string): string {
  return join(dir, "keys", `${path.slice(dir.length).replace(/[/\\]/g, "_")}.keys.jsonl`);
}

function open(path: string, issues: LogIssue[] = []) {
  return createExplanationLog({
    storage: jsonlLogStorage({ path, keysPath: keysOf(path) }),
    signer,
    pseudonymizer,
    hash: nodeSha256,
    cipher: nodeBodyCipher,
    schedule: null,
    onError: (issue) => issues.push(issue),
  });
}

async function verifyFile(path: string) {
  const reader = readJsonlLog(path);
  return verifyLog(reader.records(), await reader.heads(), signer.publicKey, { hash: nodeSha256 });
}

describe("jsonlLogStorage", () => {
  it("keeps the key ring in its own file, created 0600, and refuses to run without one or on the log itself", async () => {
    const path = join(dir, "perm", "log.jsonl");
    const log = open(path);
    await log.append([served(0, "gil")]);
    await log.close();
    expect((await stat(keysOf(path))).mode & 0o777).toBe(0o600);
    expect(() => jsonlLogStorage({ path } as never)).toThrow(/keysPath/);
    expect(() => jsonlLogStorage({ path, keysPath: path })).toThrow(/not be the log file/);
  });

  it("stores records, heads and commits as lines, and reopens to the same tree with readable bodies", async () => {
    const path = join(dir, "a", "log.jsonl");
    const log = open(path);
    await log.append([served(0), served(1), served(2)]);
    await log.append([served(3)]);
    const head = await log.treeHead();
    await log.close();
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    expect(lines.map((l) => Object.keys(JSON.parse(l))[0])).toEqual([
      "record",
      "record",
      "record",
      "commit",
      "record",
      "commit",
      "head",
      "commit",
    ]);
    expect(await readFile(path, "utf8")).not.toContain("Nordlicht");
    const again = open(path);
    await again.ready;
    expect(again.size).toBe(4);
    expect((await again.treeHead()).rootHash).toBe(head.rootHash);
    const entries = (await again.read(1, 3)) as OpenedEntry[];
    expect(entries.map((e) => e.entry.item)).toEqual(["item-1", "item-2"]);
    expect(entries[0]?.personal?.explanation).toBe("Because you viewed Lamp – “Nordlicht”");
    expect(await verifyFile(path)).toMatchObject({ ok: true, size: 4, signedSize: 4 });
  });

  it("a crash at any byte of the last append never costs an earlier entry", async () => {
    const path = join(dir, "crash", "log.jsonl");
    const log = open(path);
    await log.append([served(0), served(1)]);
    await log.treeHead();
    await log.close();
    const before = await readFile(path);
    const last = open(path);
    await last.append([served(2)]);
    const after = await readFile(path);
    await last.close();
    const target = join(dir, "crash", "cut.jsonl");
    for (let cut = before.length; cut < after.length; cut++) {
      await writeFile(target, after.subarray(0, cut));
      const issues: LogIssue[] = [];
      const reopened = open(target, issues);
      await reopened.ready;
      expect(reopened.size).toBe(2);
      expect(issues.map((i) => i.code)).toEqual(cut === before.length ? [] : ["truncated-tail"]);
      if (cut % 97 === 0 || cut === after.length - 1) {
        await reopened.append([served(9)]);
        await reopened.treeHead();
        await reopened.close();
        expect(await verifyFile(target)).toMatchObject({ ok: true, size: 3 });
        const reader = open(target);
        const read = (await reader.read(0)) as OpenedEntry[];
        await reader.close();
        expect(read.map((e) => e.entry.item)).toEqual(["item-0", "item-1", "item-9"]);
      } else await reopened.close();
    }
  }, 30_000);

  it("erasure rewrites the key file: bodies are unreadable after reopening and the file still verifies", async () => {
    const path = join(dir, "erase", "log.jsonl");
    const log = open(path);
    await log.append([served(0, "erin"), served(1, "finn")]);
    const receipt = await log.eraseSubject("erin");
    await log.close();
    expect(receipt.entries).toBe(1);
    const keys = (await readFile(keysOf(path), "utf8")).trim().split("\n");
    expect(keys.map((k) => Object.keys(JSON.parse(k)).sort().join())).toEqual([
      "createdAt,key,keyId,pseudonym,ref,secret",
      "entries,ref",
    ]);
    const reader = open(path);
    const entries = await reader.read(0);
    await reader.close();
    expect(entries.map((e) => e.personal === null)).toEqual([true, false]);
    expect(await verifyFile(path)).toMatchObject({ ok: true, size: 2 });
  });

  it("a changed line in the middle is an integrity failure on open and in verification", async () => {
    const path = join(dir, "tamper", "log.jsonl");
    const log = open(path);
    await log.append([served(0), served(1), served(2)]);
    await log.treeHead();
    await log.close();
    const text = await readFile(path, "utf8");
    await writeFile(path, text.replace('"item":"item-1"', '"item":"item-7"'));
    const issues: LogIssue[] = [];
    await open(path, issues).ready;
    expect(issues[0]).toMatchObject({ code: "integrity", index: 1 });
    expect(await verifyFile(path)).toMatchObject({ ok: false, index: 1 });
    await writeFile(path, text.replace(/\n\{"record":\{[^\n]*"item":"item-1"[^\n]*/, ""));
    expect(await verifyFile(path)).toMatchObject({ ok: false, index: 1 });
  });
});
