import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha256 } from "../internal/hmac-sha256.ts";
import { mulberry32 } from "../internal/mulberry32.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const fill = (byte: number, n: number) => new Uint8Array(n).fill(byte);

describe("hmacSha256", () => {
  it("matches the RFC 4231 test vectors, including keys longer than a block", () => {
    expect(hex(hmacSha256(fill(0x0b, 20), "Hi There"))).toBe(
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    );
    expect(hex(hmacSha256("Jefe", "what do ya want for nothing?"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(hex(hmacSha256(fill(0xaa, 20), fill(0xdd, 50)))).toBe(
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    );
    expect(hex(hmacSha256(fill(0xaa, 131), "Test Using Larger Than Block-Size Key - Hash Key First"))).toBe(
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    );
  });

  it("agrees with node:crypto on random keys and messages of every length around the block size", () => {
    const random = mulberry32(11);
    for (let n = 0; n < 140; n++) {
      const key = Uint8Array.from({ length: (n * 7) % 150 }, () => Math.floor(random() * 256));
      const message = Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
      expect(hex(hmacSha256(key, message))).toBe(createHmac("sha256", key).update(message).digest("hex"));
    }
  });
});
