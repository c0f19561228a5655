import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../internal/candor-error.ts";
import { fromBase64Url } from "./bytes.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";

describe("createPseudonymizer", () => {
  it("is HMAC-SHA-256 of the subject under the current key (RFC 2104), with the key id", async () => {
    const key = generatePseudonymKey("k1");
    const p = createPseudonymizer({ keys: [key] });
    const expected = createHmac("sha256", fromBase64Url(key.secret)).update("shopper-42").digest("hex");
    expect(await p.pseudonymize("shopper-42")).toEqual({ pseudonym: expected, keyId: "k1" });
    expect(await p.pseudonymize("shopper-42")).toEqual({ pseudonym: expected, keyId: "k1" });
  });

  it("is HMAC-SHA-256 for long secrets too (hashed first, RFC 2104 §2), through a synchronous hash", async () => {
    const long = { id: "k", secret: Buffer.alloc(100, 7).toString("base64url") };
    const p = createPseudonymizer({ keys: [long] });
    const expected = createHmac("sha256", Buffer.alloc(100, 7)).update("s").digest("hex");
    expect((await p.pseudonymize("s")).pseudonym).toBe(expected);
  });

  it("rotates: new pseudonyms use the new key, and every key's pseudonym stays computable", async () => {
    const p = createPseudonymizer({ keys: [generatePseudonymKey("k1")], cacheSize: 2 });
    const before = await p.pseudonymize("s");
    p.rotate(generatePseudonymKey("k2"));
    const after = await p.pseudonymize("s");
    expect(after.keyId).toBe("k2");
    expect(after.pseudonym).not.toBe(before.pseudonym);
    expect(await p.pseudonymsOf("s")).toEqual([before, after]);
    expect(p.keyIds).toEqual(["k1", "k2"]);
  });

  it("refuses an empty ring, a short secret and a duplicate id", () => {
    expect(() => createPseudonymizer({ keys: [] })).toThrow(ConfigError);
    expect(() => createPseudonymizer({ keys: [{ id: "k", secret: "c2hvcnQ" }] })).toThrow(/keys.0.secret/);
    const key = generatePseudonymKey("k");
    expect(() => createPseudonymizer({ keys: [key, key] })).toThrow(/duplicate/);
  });
});
