/**
 * Synchronous SHA-256 (FIPS 180-4) over bytes, for Merkle hashing and content hashes in browsers and Node.
 * Web Crypto's `digest` is asynchronous and costs ~14 µs per call even when batched; a Merkle tree needs one
 * hash per leaf and one per node, so the log hashes synchronously. Node can inject `node:crypto` instead.
 */

/** A synchronous SHA-256: 32 bytes of digest for `data`. */
export type Sha256 = (data: Uint8Array) => Uint8Array;

/** The round constants K and the initial hash H0: the first 32 bits of the fractional parts of the cube roots and
 * square roots of the first 64 and 8 primes (FIPS 180-4 §4.2.2, §5.3.3), computed once instead of listed (375 B gzip
 * less in every bundle that hashes). Each scaled fraction lies at least 0.0055 from an integer, so an engine's `cbrt`
 * error (an ulp, 1.5e-5 after scaling) cannot change a constant; the FIPS test vectors check them all. */
const K = new Int32Array(64);
const H0 = new Int32Array(8);
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (i < 8) H0[i] = ((Math.sqrt(n) % 1) * 2 ** 32) | 0;
  K[i++] = ((Math.cbrt(n) % 1) * 2 ** 32) | 0;
}

const w = new Int32Array(64);
const state = new Int32Array(8);
const tail = new Uint8Array(128);

function compress(data: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] =
      ((data[j] as number) << 24) |
      ((data[j + 1] as number) << 16) |
      ((data[j + 2] as number) << 8) |
      (data[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15] as number;
    const b = w[i - 2] as number;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** SHA-256 of `data` (FIPS 180-4), computed synchronously in plain JavaScript. */
export const sha256: Sha256 = (data) => {
  state.set(H0);
  const full = data.length - (data.length % 64);
  for (let offset = 0; offset < full; offset += 64) compress(data, offset);
  const rest = data.length - full;
  tail.fill(0);
  tail.set(data.subarray(full));
  tail[rest] = 0x80;
  const blocks = rest < 56 ? 1 : 2;
  const bits = data.length * 8;
  const end = blocks * 64;
  const high = Math.floor(bits / 0x100000000);
  tail[end - 8] = high >>> 24;
  tail[end - 7] = high >>> 16;
  tail[end - 6] = high >>> 8;
  tail[end - 5] = high;
  tail[end - 4] = bits >>> 24;
  tail[end - 3] = bits >>> 16;
  tail[end - 2] = bits >>> 8;
  tail[end - 1] = bits;
  compress(tail, 0);
  if (blocks === 2) compress(tail, 64);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = state[i] as number;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = v >>> 16;
    out[i * 4 + 2] = v >>> 8;
    out[i * 4 + 3] = v;
  }
  return out;
};

const encoder = new TextEncoder();

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  let hex = "";
  for (const byte of sha256(encoder.encode(text))) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
