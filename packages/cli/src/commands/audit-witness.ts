/**
 * A witness (`candor audit witness`): it keeps the last tree head it checked in its own state file, verifies the
 * log in full against that head (same root at its size, no fewer entries, signed heads up to it), and co-signs the
 * log's newest head with its own key, as sigsum and transparency-dev witnesses do. A fork, a rewrite, a truncation or
 * deleted heads since its last run are refused (exit 1) and the state is left as it was. `candor audit keygen`
 * makes a witness key. The log's files are only read.
 */
import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import {
  cosignTreeHead,
  createLogSigner,
  importLogSigner,
  safeParseWitnessState,
  spkiOf,
  toPem,
  type WitnessState,
} from "@candor/core/audit/node";
import { parseFlags } from "../args.ts";
import { judge, openSession, pass, UnusableInputError } from "../audit-session.ts";
import { type CliIo, UsageError } from "../io.ts";
import { readJsonFile, writeSecret } from "../log-files.ts";

/** Runs `candor audit witness LOG --state FILE --key FILE [--public-key FILE] [--out FILE]`. */
export async function witnessCommand(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, {
    state: "string",
    key: "string",
    "public-key": "string",
    out: "string",
  });
  if (typeof flags.state !== "string")
    throw new UsageError("--state FILE is required (the witness's own state)");
  if (typeof flags.key !== "string")
    throw new UsageError("--key FILE is required (make one with candor audit keygen)");
  let witness: Awaited<ReturnType<typeof importLogSigner>>;
  try {
    witness = await importLogSigner((await readJsonFile(flags.key, "the witness key")) as JsonWebKey);
  } catch (error) {
    throw new UnusableInputError((error as Error).message);
  }
  let state: WitnessState | null = null;
  if (existsSync(flags.state)) {
    const parsed = safeParseWitnessState(await readJsonFile(flags.state, "the witness state"));
    if (!parsed.ok)
      throw new UnusableInputError(
        `${flags.state} is not a witness state (at "${parsed.error.path}": ${parsed.error.reason})`,
      );
    state = parsed.value;
  }
  const session = await openSession(
    log,
    {
      ...(typeof flags["public-key"] === "string" ? { "public-key": flags["public-key"] } : {}),
      "allow-unsigned-tail": true,
    },
    io,
  );
  const key = session.key;
  if (!key) throw new UnusableInputError("no public key of the log");
  if (state && state.logKeyId !== key.keyId)
    throw new UnusableInputError(
      `${flags.state} witnesses the log with key ${state.logKeyId.slice(0, 16)}…, not ${key.keyId.slice(0, 16)}…`,
    );
  const result = await pass({ ...session, trustedHeads: state ? [state.head] : [] }, io, "witnessing");
  const verdict = judge(result, session);
  if (verdict.code !== 0 || result.status !== "intact") {
    io.out(`Refusing to co-sign: ${verdict.line}`);
    return verdict.code === 0 ? 1 : verdict.code;
  }
  const head = result.latestHead;
  if (!head) {
    io.out("Refusing to co-sign: the log has no signed tree head yet.");
    return 1;
  }
  if (state && head.timestamp < state.head.timestamp) {
    io.out(
      `Refusing to co-sign: the newest head is older than the one co-signed before (${state.head.timestamp}).`,
    );
    return 1;
  }
  const same = state && JSON.stringify(state.head) === JSON.stringify(head);
  const cosignature = same && state ? state.cosignature : await cosignTreeHead(witness, head, Date.now());
  const next: WitnessState = { schema: "candor.witness-state/1", logKeyId: key.keyId, head, cosignature };
  if (!same) {
    const temporary = `${flags.state}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
    await rename(temporary, flags.state);
  }
  const cosigned = `${JSON.stringify({ head, cosignatures: [cosignature] }, null, 2)}\n`;
  if (typeof flags.out === "string") await writeFile(flags.out, cosigned);
  io.out(
    `Co-signed tree head of size ${head.treeSize} (root ${head.rootHash.slice(0, 16)}…)${
      state
        ? `, consistent with the head of size ${state.head.treeSize} witnessed before`
        : " (first head witnessed)"
    }${same ? "; already co-signed" : ""}; witness key ${witness.keyId.slice(0, 16)}….`,
  );
  return 0;
}

/** Runs `candor audit keygen --out FILE`: a P-256 key (FILE, 0600) with its public key (FILE.pub.jwk.json, FILE.pub.pem). */
export async function keygenCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, { out: "string" });
  if (typeof flags.out !== "string") throw new UsageError("--out FILE is required");
  if (existsSync(flags.out)) throw new UsageError(`${flags.out} exists: a key is never overwritten`);
  const signer = await createLogSigner();
  await writeSecret(flags.out, await signer.exportPrivateJwk());
  await writeFile(`${flags.out}.pub.jwk.json`, `${JSON.stringify(signer.publicKey.jwk, null, 2)}\n`);
  await writeFile(`${flags.out}.pub.pem`, toPem(await spkiOf(signer.publicKey.key), "PUBLIC KEY"));
  io.out(
    `Wrote the private key ${flags.out} (0600) and its public key ${flags.out}.pub.jwk.json / .pub.pem (key id ${signer.keyId.slice(0, 16)}…).`,
  );
  return 0;
}
