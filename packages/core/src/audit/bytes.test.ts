import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64Url, fromHex, toBase64Url, toHex } from "./bytes.ts";

describe("byte codecs", () => {
  it("base64url agrees with Node's Buffer and round-trips (RFC 4648 §5)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
        expect(toHex(fromHex(toHex(bytes)))).toBe(toHex(bytes));
      }),
    );
  });

  it("refuses text that is not base64url or hex", () => {
    expect(() => fromBase64Url("ab+c")).toThrow(TypeError);
    expect(() => fromBase64Url("abcde")).toThrow(TypeError);
    expect(() => fromHex("abc")).toThrow(TypeError);
    expect(() => fromHex("zz")).toThrow(TypeError);
  });
});
