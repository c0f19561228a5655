/**
 * The log's signing key: ECDSA P-256 with SHA-256 through Web Crypto (browsers and Node 20; RFC 6962 §2.1.4 allows
 * ECDSA NIST P-256). The key id is the RFC 6962 §3.2 LogID: SHA-256 of the public key's SubjectPublicKeyInfo.
 */
import { ConfigError } from "../internal/candor-error.ts";
import { toHex } from "./bytes.ts";
import { sha256 } from "./sha256.ts";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

/** A public key that verifies tree heads, with its key id and JWK (RFC 7517). */
export interface LogPublicKey {
  readonly keyId: string;
  readonly key: CryptoKey;
  readonly jwk: JsonWebKey;
}

/** Signs tree heads. */
export interface LogSigner {
  readonly keyId: string;
  readonly publicKey: LogPublicKey;
  /** ECDSA P-256/SHA-256 signature of `data`, IEEE P1363 (r ‖ s). */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /** The private key as a JWK, to store it (only for signers created here or imported as extractable). */
  exportPrivateJwk(): Promise<JsonWebKey>;
}

/** Generates a new P-256 signing key (extractable, so it can be exported and stored). */
export async function createLogSigner(): Promise<LogSigner> {
  const pair = await globalThis.crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"]);
  return signerOf(
    pair.privateKey,
    await importLogPublicKey(await globalThis.crypto.subtle.exportKey("jwk", pair.publicKey)),
  );
}

/** Imports a signer from a private P-256 JWK; throws {@link ConfigError} for anything else. */
export async function importLogSigner(privateJwk: JsonWebKey): Promise<LogSigner> {
  if (privateJwk?.kty !== "EC" || privateJwk.crv !== "P-256" || typeof privateJwk.d !== "string")
    throw new ConfigError("privateJwk", "must be a private EC P-256 JWK");
  const x = String(privateJwk.x);
  const y = String(privateJwk.y);
  let key: CryptoKey;
  try {
    const jwk: JsonWebKey = { kty: "EC", crv: "P-256", x, y, d: privateJwk.d };
    key = await globalThis.crypto.subtle.importKey("jwk", jwk, ALGORITHM, true, ["sign"]);
  } catch (error) {
    throw new ConfigError("privateJwk", `not a usable P-256 key (${String(error)})`);
  }
  return signerOf(key, await importLogPublicKey({ kty: "EC", crv: "P-256", x, y }));
}

/** Imports a public P-256 JWK to verify tree heads; throws {@link ConfigError} for anything else. */
export async function importLogPublicKey(jwk: JsonWebKey): Promise<LogPublicKey> {
  if (jwk?.kty !== "EC" || jwk.crv !== "P-256") throw new ConfigError("publicJwk", "must be an EC P-256 JWK");
  const publicJwk: JsonWebKey = { kty: "EC", crv: "P-256", x: jwk.x as string, y: jwk.y as string };
  let key: CryptoKey;
  try {
    key = await globalThis.crypto.subtle.importKey("jwk", publicJwk, ALGORITHM, true, ["verify"]);
  } catch (error) {
    throw new ConfigError("publicJwk", `not a usable P-256 key (${String(error)})`);
  }
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey("spki", key));
  return { keyId: toHex(sha256(spki)), key, jwk: publicJwk };
}

function signerOf(privateKey: CryptoKey, publicKey: LogPublicKey): LogSigner {
  return {
    keyId: publicKey.keyId,
    publicKey,
    async sign(data) {
      return new Uint8Array(
        await globalThis.crypto.subtle.sign(SIGN, privateKey, data.slice().buffer as ArrayBuffer),
      );
    },
    async exportPrivateJwk() {
      const { kty, crv, x, y, d } = await globalThis.crypto.subtle.exportKey("jwk", privateKey);
      return { kty, crv, x, y, d } as JsonWebKey;
    },
  };
}

/** Whether `signature` (IEEE P1363) is a valid ECDSA P-256/SHA-256 signature of `data` under `publicKey`. */
export async function verifySignature(
  publicKey: LogPublicKey,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await globalThis.crypto.subtle.verify(
      SIGN,
      publicKey.key,
      signature.slice().buffer as ArrayBuffer,
      data.slice().buffer as ArrayBuffer,
    );
  } catch {
    return false;
  }
}
