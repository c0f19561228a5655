/**
 * `candor audit export LOG --out DIR`: an evidence bundle proven against the newest signed tree head the log holds
 * (it never signs one). Two streaming passes: the first verifies the log and finds that head, the second writes
 * every entry it covers while rebuilding the tree (32 bytes a leaf, plus its inner nodes), from which each entry's
 * inclusion proof is written. Files are hashed as they are written; the manifest lists them.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { type FileHandle, mkdir, open, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  createMerkleTree,
  csvRow,
  ENTRY_CSV_COLUMNS,
  entryCsvRow,
  entryText,
  entryToJsonLine,
  fromHex,
  isServedEntry,
  type OpenedConsentEntry,
  toHex,
} from "@candor/core/audit";
import {
  CONSENT_CSV_COLUMNS,
  consentCsvRow,
  EXPORT_FILES,
  headFiles,
  manifestOf,
  nodeSha256,
  proofLine,
  spkiOf,
} from "@candor/core/audit/node";
import type { ConsentReceipt } from "@candor/core/consent/receipts";
import { type AuditSession, judge, pass } from "../audit-session.ts";
import { type CliIo, UsageError } from "../io.ts";
import { logPaths } from "../log-files.ts";

/** A file written in 1 MB chunks and hashed on the way. */
class HashedFile {
  private readonly hash = createHash("sha256");
  private parts: Buffer[] = [];
  private pending = 0;
  bytes = 0;
  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<HashedFile> {
    return new HashedFile(await open(path, "w"));
  }

  async write(content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    this.hash.update(bytes);
    this.bytes += bytes.length;
    this.parts.push(bytes);
    this.pending += bytes.length;
    if (this.pending >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.handle.write(Buffer.concat(this.parts, this.pending));
    this.parts = [];
    this.pending = 0;
  }

  async close(): Promise<{ sha256: string; bytes: number }> {
    await this.flush();
    await this.handle.close();
    return { sha256: this.hash.digest("hex"), bytes: this.bytes };
  }
}

/** Writes the bundle; returns the exit code. */
export async function exportBundle(session: AuditSession, out: string, io: CliIo): Promise<number> {
  if (resolve(out) === resolve(dirname(session.log)))
    throw new UsageError(
      "--out must be another directory than the log's: an export never writes beside the evidence",
    );
  if (!session.key) throw new UsageError("export needs the log's public key");
  const first = await pass(session, io, "verifying");
  const verdict = judge(first, session);
  if (verdict.code !== 0) {
    io.out(verdict.line);
    return verdict.code;
  }
  if (first.status !== "intact") return 2;
  const head = first.latestHead;
  if (!head) {
    io.out(
      "Unsigned tail: the log has no signed tree head, so no entry can be proven; ask the shop for one (candor audit head).",
    );
    return 1;
  }
  if (first.size > head.treeSize)
    io.err(
      `note: entries ${head.treeSize}..${first.size - 1} are after the newest signed head and are not exported`,
    );

  await mkdir(out, { recursive: true });
  const files = new Map<string, HashedFile>();
  const file = async (name: string): Promise<HashedFile> => {
    let f = files.get(name);
    if (!f) {
      f = await HashedFile.create(join(out, name));
      files.set(name, f);
    }
    return f;
  };
  const committed = await file(EXPORT_FILES.committed);
  const readable = await file(EXPORT_FILES.entries);
  const csv = await file(EXPORT_FILES.csv);
  await csv.write(`${csvRow(ENTRY_CSV_COLUMNS)}\r\n`);
  const tree = createMerkleTree({ hash: nodeSha256, capacity: head.treeSize });
  const second = await pass(session, io, "exporting", async (e) => {
    if (e.index >= head.treeSize) return;
    const text = entryText(e.entry);
    tree.append(fromHex(e.leaf));
    await committed.write(`${text}\n`);
    await readable.write(entryToJsonLine(e));
    if (isServedEntry(e)) await csv.write(`${csvRow(entryCsvRow(e))}\r\n`);
    else if (e.entry.kind === "consent") {
      const consent = await file(EXPORT_FILES.consentCsv);
      if (consent.bytes === 0) await consent.write(`${csvRow(CONSENT_CSV_COLUMNS)}\r\n`);
      await consent.write(`${csvRow(consentCsvRow(e as OpenedConsentEntry))}\r\n`);
    }
  });
  if (
    second.status !== "intact" ||
    tree.size !== head.treeSize ||
    toHex(tree.root(head.treeSize)) !== head.rootHash
  ) {
    for (const f of files.values()) await f.close();
    io.out(
      second.status === "tampered"
        ? `Tampering detected at entry ${second.index}: ${second.reason} (the log changed while it was exported)`
        : "Tampering detected: the log changed while it was exported; export again from a copy",
    );
    return 1;
  }
  const proofs = await file(EXPORT_FILES.proofs);
  for (let index = 0; index < head.treeSize; index++)
    await proofs.write(
      proofLine({
        index,
        treeSize: head.treeSize,
        leafHash: toHex(tree.leaf(index)),
        path: tree.inclusionProof(index, head.treeSize).map(toHex),
      }),
    );
  for (const [name, content] of Object.entries(
    headFiles(head, session.key.jwk, await spkiOf(session.key.key)),
  ))
    await (await file(name)).write(content);
  const receiptsFile = logPaths(session.log).receipts;
  if (existsSync(receiptsFile)) {
    const receipts = (await readFile(receiptsFile, "utf8"))
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as ConsentReceipt);
    if (receipts.length > 0)
      await (await file(EXPORT_FILES.receipts)).write(`${JSON.stringify(receipts, null, 2)}\n`);
  }
  const digests: Record<string, { sha256: string; bytes: number }> = {};
  for (const [name, f] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) digests[name] = await f.close();
  const manifest = manifestOf({
    createdAt: Date.now(),
    treeHead: head,
    publicKey: session.key.jwk,
    entries: head.treeSize,
    files: digests,
  });
  const manifestFile = await HashedFile.create(join(out, EXPORT_FILES.manifest));
  await manifestFile.write(`${JSON.stringify(manifest, null, 2)}\n`);
  await manifestFile.close();
  io.out(
    `Exported ${head.treeSize} entries with proofs at the signed tree head of size ${head.treeSize} (root ${head.rootHash.slice(0, 16)}…) to ${out}. Check the head: (cd ${out} && ${manifest.howToVerify[0]?.split("   #")[0]})`,
  );
  return 0;
}
