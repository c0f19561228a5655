/**
 * The server's own secrets, made at first start and kept in `server_secrets`: the log's signing key (so every server
 * process and every restart signs as the same log), the pseudonym key of the log and the subject-reference secret.
 */
import { randomBytes } from "node:crypto";
import {
  createLogSigner,
  generatePseudonymKey,
  importLogSigner,
  type LogSigner,
  type PseudonymKey,
} from "@candor/core/audit";
import type { Db } from "./db.ts";

/** What {@link loadSecrets} returns. */
export interface ServerSecrets {
  readonly signer: LogSigner;
  readonly pseudonymKey: PseudonymKey;
  readonly refSecret: Uint8Array;
}

async function getOrCreate(db: Db, name: string, make: () => Promise<string>, now: number): Promise<string> {
  const found = await db.query<{ value: string }>("SELECT value FROM server_secrets WHERE name = $1", [name]);
  if (found[0]) return found[0].value;
  await db.query(
    "INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
    [name, await make(), now],
  );
  const rows = await db.query<{ value: string }>("SELECT value FROM server_secrets WHERE name = $1", [name]);
  if (!rows[0]) throw new Error(`server secret "${name}" could not be stored`);
  return rows[0].value;
}

/** Loads the secrets, creating the missing ones (concurrent first starts agree: the first insert wins). */
export async function loadSecrets(db: Db, now = Date.now()): Promise<ServerSecrets> {
  const jwk = await getOrCreate(
    db,
    "log-signer",
    async () => JSON.stringify(await (await createLogSigner()).exportPrivateJwk()),
    now,
  );
  const pseudonym = await getOrCreate(
    db,
    "pseudonym-key",
    async () => JSON.stringify(generatePseudonymKey()),
    now,
  );
  const ref = await getOrCreate(db, "subject-ref", async () => randomBytes(32).toString("base64url"), now);
  return {
    signer: await importLogSigner(JSON.parse(jwk) as JsonWebKey),
    pseudonymKey: JSON.parse(pseudonym) as PseudonymKey,
    refSecret: new Uint8Array(Buffer.from(ref, "base64url")),
  };
}
