/**
 * An explanation log on disk. Public files sit beside the log: `LOG` (JSON lines, append-only), `LOG.pub.jwk.json`
 * and `LOG.pub.pem` (the tree-head public key), `LOG.lock` (while a writer has it open), `LOG.receipts.jsonl` and
 * `LOG.drift.json` (written by `candor simulate`). The shop's secrets live apart, in a key directory (0700, files
 * 0600) that a copy of the log's folder never contains: `signer.jwk.json`, `pseudonym-keys.json` and
 * `key-ring.jsonl`. Its default is `$CANDOR_KEYS_DIR/<log id>`, else `$XDG_CONFIG_HOME/candor/keys/<log id>`, else
 * `~/.config/candor/keys/<log id>`, where the log id is the start of the public key's id.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { BodyKeyRing } from "@candor/core/audit";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  type ExplanationLog,
  fromPem,
  generatePseudonymKey,
  importLogPublicKey,
  importLogSigner,
  jsonlLogStorage,
  type LogPublicKey,
  type LogSigner,
  nodeBodyCipher,
  nodeSha256,
  type Pseudonymizer,
  type PseudonymKey,
  readKeyRing,
  spkiOf,
  toPem,
} from "@candor/core/audit/node";

/** Paths of a log's public sidecar files. */
export function logPaths(log: string) {
  return {
    publicKey: `${log}.pub.jwk.json`,
    publicKeyPem: `${log}.pub.pem`,
    lock: `${log}.lock`,
    receipts: `${log}.receipts.jsonl`,
    drift: `${log}.drift.json`,
  };
}

/** Secrets that earlier versions kept beside the log: refused, with how to move them. */
function legacyPaths(log: string) {
  return {
    signer: `${log}.signer.jwk.json`,
    pseudonymKeys: `${log}.pseudonym-keys.json`,
    ring: `${log}.keys.jsonl`,
  };
}

/** The files of a key directory. */
export function keyFiles(dir: string) {
  return {
    signer: join(dir, "signer.jwk.json"),
    pseudonymKeys: join(dir, "pseudonym-keys.json"),
    ring: join(dir, "key-ring.jsonl"),
  };
}

/** The default key directory of the log whose public key has `keyId`. */
export function defaultKeyDir(keyId: string): string {
  const base =
    process.env.CANDOR_KEYS_DIR ??
    join(process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "candor", "keys");
  return join(base, keyId.slice(0, 32));
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}

async function writeSecret(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** Reads a P-256 public key from a JWK file or a PEM (SubjectPublicKeyInfo) file. */
export async function readPublicKey(file: string): Promise<LogPublicKey> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(
      `cannot read the public key ${file} (${(error as { code?: string }).code ?? String(error)})`,
    );
  }
  const der = fromPem(text, "PUBLIC KEY");
  try {
    if (der) {
      const key = await globalThis.crypto.subtle.importKey(
        "spki",
        der.slice().buffer as ArrayBuffer,
        { name: "ECDSA", namedCurve: "P-256" },
        true,
        ["verify"],
      );
      return importLogPublicKey(await globalThis.crypto.subtle.exportKey("jwk", key));
    }
    return await importLogPublicKey(JSON.parse(text) as JsonWebKey);
  } catch (error) {
    throw new Error(
      `${file} is not a P-256 public key (a JWK or a PEM "PUBLIC KEY"): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Writes a public key beside the log as JWK and PEM (public, not secret). */
async function writePublicKey(log: string, key: LogPublicKey): Promise<void> {
  const paths = logPaths(log);
  await writeFile(paths.publicKey, `${JSON.stringify(key.jwk, null, 2)}\n`);
  await writeFile(paths.publicKeyPem, toPem(await spkiOf(key.key), "PUBLIC KEY"));
}

/** The key directory of a log: `explicit`, else the default for the public key beside the log. */
export async function keyDirOf(log: string, explicit?: string): Promise<string> {
  if (explicit) return explicit;
  const file = logPaths(log).publicKey;
  if (!existsSync(file)) throw new Error(`no log at ${log}: ${file} does not exist`);
  return defaultKeyDir((await readPublicKey(file)).keyId);
}

/** What a writer opened. */
export interface WritableLog {
  readonly log: ExplanationLog;
  readonly pseudonymizer: Pseudonymizer;
  readonly signer: LogSigner;
  /** Where the secrets are. */
  readonly keyDir: string;
}

/**
 * Opens a log for appending (the shop's side): takes its lock, loads its signer and pseudonym keys from the key
 * directory, and checks it. With `create`, a log that does not exist yet gets new keys. Rejects when the log is
 * locked by another writer, fails its check, or keeps secrets beside it (as earlier versions did).
 */
export async function openLogForWriting(
  log: string,
  onIssue: (message: string) => void,
  options: { readonly keys?: string; readonly create?: boolean } = {},
): Promise<WritableLog> {
  const legacy = legacyPaths(log);
  const found = Object.values(legacy).filter((p) => existsSync(p));
  if (found.length > 0) {
    const dir =
      options.keys ?? (existsSync(logPaths(log).publicKey) ? await keyDirOf(log) : "a key directory");
    const files = keyFiles(dir);
    throw new Error(
      `${found.join(", ")}: secrets beside the log would travel with every copy of it. Move them to the key directory (chmod 700): ` +
        `mv ${legacy.signer} ${files.signer}; mv ${legacy.pseudonymKeys} ${files.pseudonymKeys}; mv ${legacy.ring} ${files.ring}`,
    );
  }
  const paths = logPaths(log);
  let signer: LogSigner;
  let keys: PseudonymKey[];
  let dir: string;
  if (existsSync(paths.publicKey)) {
    dir = await keyDirOf(log, options.keys);
    const files = keyFiles(dir);
    if (!existsSync(files.signer) || !existsSync(files.pseudonymKeys))
      throw new Error(`the shop's keys of ${log} are not in ${dir} (pass --keys DIR)`);
    signer = await importLogSigner((await readJson(files.signer)) as JsonWebKey);
    keys = (await readJson(files.pseudonymKeys)) as PseudonymKey[];
    const published = await readPublicKey(paths.publicKey);
    if (published.keyId !== signer.keyId)
      throw new Error(`the signer in ${dir} does not match ${paths.publicKey}: wrong key directory?`);
  } else {
    if (!options.create) throw new Error(`no log at ${log}: ${paths.publicKey} does not exist`);
    signer = await createLogSigner();
    keys = [generatePseudonymKey()];
    dir = options.keys ?? defaultKeyDir(signer.keyId);
    const files = keyFiles(dir);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    await writeSecret(files.signer, await signer.exportPrivateJwk());
    await writeSecret(files.pseudonymKeys, keys);
    await mkdir(dirname(log), { recursive: true });
    await writePublicKey(log, signer.publicKey);
  }
  const pseudonymizer = createPseudonymizer({ keys, hash: nodeSha256 });
  const opened = createExplanationLog({
    storage: jsonlLogStorage({ path: log, keysPath: keyFiles(dir).ring }),
    signer,
    pseudonymizer,
    hash: nodeSha256,
    cipher: nodeBodyCipher,
    schedule: null,
    onError: (issue) => onIssue(`${issue.code}: ${issue.message}`),
  });
  await opened.ready;
  if (opened.failure) {
    await opened.close().catch(() => undefined);
    throw opened.failure;
  }
  return { log: opened, pseudonymizer, signer, keyDir: dir };
}

/** Removes a log, its public sidecars and its key files (for `candor simulate`, which replaces its output); a writer's lock stays. */
export async function removeLog(log: string, keys?: string): Promise<void> {
  if (existsSync(logPaths(log).publicKey)) {
    const dir = await keyDirOf(log, keys).catch(() => null);
    if (dir) for (const file of Object.values(keyFiles(dir))) await rm(file, { force: true });
  }
  const { lock: _held, ...sidecars } = logPaths(log);
  for (const path of [log, ...Object.values(sidecars), ...Object.values(legacyPaths(log))])
    await rm(path, { force: true });
}

/** The public key an auditor verifies with: `--public-key FILE`, else the one beside the log (said so). */
export async function publicKeyFor(
  log: string,
  file: string | undefined,
): Promise<{ key: LogPublicKey; source: string; besideLog: boolean }> {
  if (file) return { key: await readPublicKey(file), source: file, besideLog: false };
  const beside = logPaths(log).publicKey;
  if (!existsSync(beside))
    throw new Error(`no public key: ${beside} does not exist (pass --public-key FILE)`);
  return { key: await readPublicKey(beside), source: beside, besideLog: true };
}

/** The shop's keys as an auditor is given them (read-only): the key ring and, if present, the pseudonym keys. */
export async function readAuditorKeys(
  dir: string,
  onIssue: (message: string) => void,
): Promise<{ ring: BodyKeyRing; pseudonymizer: Pseudonymizer | null }> {
  const files = keyFiles(dir);
  if (!existsSync(files.ring)) throw new Error(`no key ring in ${dir} (${files.ring} does not exist)`);
  const ring = await readKeyRing(files.ring, (issue) => onIssue(`${issue.code}: ${issue.message}`));
  const pseudonymizer = existsSync(files.pseudonymKeys)
    ? createPseudonymizer({ keys: (await readJson(files.pseudonymKeys)) as PseudonymKey[], hash: nodeSha256 })
    : null;
  return { ring, pseudonymizer };
}

/** Reads a JSON file for a command, with its name in the error. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  try {
    return await readJson(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(
      `cannot read ${what} ${path}: ${code === "ENOENT" ? "no such file" : (code ?? (error as Error).message)}`,
    );
  }
}

/** Writes a file only this user can read. */
export { writeSecret };
