/**
 * An explanation log on disk: `LOG` (JSON lines, append-only) with its sidecars — `LOG.keys.jsonl` (body keys, for
 * erasure), `LOG.pub.jwk.json` (the tree-head public key auditors verify with), `LOG.signer.jwk.json` and
 * `LOG.pseudonym-keys.json` (secrets of the shop, needed to append and to look up a subject).
 */
import { existsSync } from "node:fs";
import { chmod, readFile, writeFile } from "node:fs/promises";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  type ExplanationLog,
  generatePseudonymKey,
  importLogPublicKey,
  importLogSigner,
  type LogPublicKey,
  logRecordSchema,
  type OpenedEntry,
  type Pseudonymizer,
  type PseudonymKey,
} from "@candor/core/audit";
import { jsonlLogStorage, nodeBodyCipher, nodeSha256, readJsonlLog } from "@candor/core/audit/node";

/** Paths of a log's sidecar files. */
export function logPaths(log: string) {
  return {
    publicKey: `${log}.pub.jwk.json`,
    signer: `${log}.signer.jwk.json`,
    pseudonymKeys: `${log}.pseudonym-keys.json`,
    receipts: `${log}.receipts.jsonl`,
  };
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}

async function writeSecret(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
}

/** Opens (or creates, with new keys) a log for appending. */
export async function openLogForWriting(
  log: string,
  onIssue: (message: string) => void,
): Promise<{ log: ExplanationLog; pseudonymizer: Pseudonymizer }> {
  const paths = logPaths(log);
  let signer: Awaited<ReturnType<typeof createLogSigner>>;
  let keys: PseudonymKey[];
  if (existsSync(paths.signer) && existsSync(paths.pseudonymKeys)) {
    signer = await importLogSigner((await readJson(paths.signer)) as JsonWebKey);
    keys = (await readJson(paths.pseudonymKeys)) as PseudonymKey[];
  } else {
    signer = await createLogSigner();
    keys = [generatePseudonymKey()];
    await writeSecret(paths.signer, await signer.exportPrivateJwk());
    await writeSecret(paths.pseudonymKeys, keys);
    await writeFile(paths.publicKey, `${JSON.stringify(signer.publicKey.jwk, null, 2)}\n`);
  }
  const pseudonymizer = createPseudonymizer({ keys });
  const opened = createExplanationLog({
    storage: jsonlLogStorage({ path: log }),
    signer,
    pseudonymizer,
    hash: nodeSha256,
    cipher: nodeBodyCipher,
    schedule: null,
    onError: (issue) => onIssue(`${issue.code}: ${issue.message}`),
  });
  await opened.ready;
  return { log: opened, pseudonymizer };
}

/** The public key to verify with: `--public-key FILE`, else `LOG.pub.jwk.json`. */
export async function publicKeyOf(log: string, file?: string): Promise<LogPublicKey> {
  const path = file ?? logPaths(log).publicKey;
  if (!existsSync(path)) throw new Error(`no public key: ${path} does not exist (pass --public-key FILE)`);
  return importLogPublicKey((await readJson(path)) as JsonWebKey);
}

/**
 * Every entry of a log. With the shop's keys beside it, personal bodies are opened (so subjects can be looked up);
 * without them, entries come with `personal: null` — everything an auditor needs for reports and verification.
 */
export async function readEntries(
  log: string,
  onIssue: (message: string) => void,
): Promise<{ entries: OpenedEntry[]; pseudonymizer: Pseudonymizer | null }> {
  if (!existsSync(log)) throw new Error(`cannot read ${log}: no such file`);
  const paths = logPaths(log);
  if (existsSync(paths.signer) && existsSync(paths.pseudonymKeys)) {
    const { log: opened, pseudonymizer } = await openLogForWriting(log, onIssue);
    const entries = opened.size > 0 ? await opened.read(0, opened.size) : [];
    await opened.close();
    return { entries: [...entries], pseudonymizer };
  }
  const entries: OpenedEntry[] = [];
  for await (const value of readJsonlLog(log, (issue) =>
    onIssue(`${issue.code}: ${issue.message}`),
  ).records()) {
    const parsed = logRecordSchema.safeParse(value);
    if (!parsed.success) continue;
    entries.push({
      index: parsed.data.i,
      leaf: parsed.data.leaf,
      entry: parsed.data.entry,
      personal: null,
    } as OpenedEntry);
  }
  return { entries, pseudonymizer: null };
}
