/**
 * Signatures and keys in the encodings plain tools read: an ECDSA signature as a DER `Ecdsa-Sig-Value`
 * (RFC 3279 §2.2.3), which `openssl dgst -verify` expects, from the IEEE P1363 `r ‖ s` that Web Crypto produces
 * (and back), and a SubjectPublicKeyInfo as PEM (RFC 7468 §13).
 */
import { fromBase64Url, toBase64Url } from "./bytes.ts";

function derInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const value = bytes.subarray(start);
  const pad = (value[0] as number) & 0x80 ? 1 : 0;
  const out = new Uint8Array(2 + pad + value.length);
  out[0] = 0x02;
  out[1] = pad + value.length;
  out.set(value, 2 + pad);
  return out;
}

/** A P-256 signature `r ‖ s` (64 bytes) as DER; throws `RangeError` for another length. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  if (signature.length !== 64) throw new RangeError("a P-256 signature in IEEE P1363 form has 64 bytes");
  const r = derInteger(signature.subarray(0, 32));
  const s = derInteger(signature.subarray(32));
  const out = new Uint8Array(2 + r.length + s.length);
  out[0] = 0x30;
  out[1] = r.length + s.length;
  out.set(r, 2);
  out.set(s, 2 + r.length);
  return out;
}

/** A DER `Ecdsa-Sig-Value` of a P-256 signature as `r ‖ s`, or `null` when it is not one. */
export function derToP1363(der: Uint8Array): Uint8Array | null {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const out = new Uint8Array(64);
  let at = 2;
  for (const half of [0, 32]) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1] as number;
    const value = der.subarray(at + 2, at + 2 + length);
    if (value.length !== length || length === 0 || length > 33) return null;
    const trimmed = length === 33 ? (value[0] === 0 ? value.subarray(1) : null) : value;
    if (!trimmed) return null;
    out.set(trimmed, half + 32 - trimmed.length);
    at += 2 + length;
  }
  return at === der.length ? out : null;
}

/** A tree head's base64url P1363 signature as DER bytes. */
export function signatureDer(signature: string): Uint8Array {
  return p1363ToDer(fromBase64Url(signature));
}

/** DER bytes as a PEM block with `label` (e.g. `"PUBLIC KEY"`), 64 characters a line. */
export function toPem(der: Uint8Array, label: string): string {
  const base64 = toBase64Url(der).replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  return `-----BEGIN ${label}-----\n${padded.match(/.{1,64}/g)?.join("\n") ?? ""}\n-----END ${label}-----\n`;
}

/** The DER bytes of the first PEM block with `label`, or `null`. */
export function fromPem(pem: string, label: string): Uint8Array | null {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem);
  if (!match) return null;
  try {
    return fromBase64Url(
      (match[1] as string).replace(/\s+/g, "").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    );
  } catch {
    return null;
  }
}

/** The SubjectPublicKeyInfo (DER) of a P-256 public key from Web Crypto. */
export async function spkiOf(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey("spki", key));
}
