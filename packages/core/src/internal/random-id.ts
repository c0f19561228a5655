/** Random identifiers from Web Crypto (browsers and Node 20). */

/** A random 128-bit id as 32 hex digits, optionally prefixed (`"cr_…"`). */
export function randomId(prefix = ""): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let hex = prefix;
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
