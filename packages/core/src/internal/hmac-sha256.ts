/** HMAC-SHA-256 (RFC 2104, FIPS 198-1) over the shared synchronous SHA-256, for keyed arm assignment. */
import { type Sha256, sha256 } from "./sha256.ts";

const BLOCK = 64;
const encoder = new TextEncoder();

/**
 * HMAC-SHA-256 of `message` under `key` (RFC 2104): 32 bytes. Synchronous, unlike Web Crypto's `sign`, so an arm
 * can be assigned inside the synchronous request pipeline. Strings are UTF-8 encoded; keys longer than the
 * 64-byte block are hashed first. `hash` defaults to the shared plain-JavaScript SHA-256.
 */
export function hmacSha256(
  key: string | Uint8Array,
  message: string | Uint8Array,
  hash: Sha256 = sha256,
): Uint8Array {
  const rawKey = typeof key === "string" ? encoder.encode(key) : key;
  const data = typeof message === "string" ? encoder.encode(message) : message;
  const block = new Uint8Array(BLOCK);
  block.set(rawKey.length > BLOCK ? hash(rawKey) : rawKey);
  const inner = new Uint8Array(BLOCK + data.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    const byte = block[i] as number;
    inner[i] = byte ^ 0x36;
    outer[i] = byte ^ 0x5c;
  }
  inner.set(data, BLOCK);
  outer.set(hash(inner), BLOCK);
  return hash(outer);
}
