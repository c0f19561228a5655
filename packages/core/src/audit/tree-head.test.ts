import { createHash, createPublicKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../internal/candor-error.ts";
import { toHex } from "./bytes.ts";
import { createLogSigner, importLogPublicKey, importLogSigner } from "./log-signer.ts";
import { signTreeHead, treeHeadSignatureInput, verifyTreeHead } from "./tree-head.ts";

const root = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

describe("signed tree heads", () => {
  it("sign the RFC 6962 §3.5 TreeHeadSignature: v1, tree_hash, uint64 timestamp, uint64 size, root", () => {
    const bytes = treeHeadSignatureInput({ treeSize: 8, timestamp: 0x0102030405, rootHash: root });
    expect(toHex(bytes)).toBe(`0001${"0000000102030405"}${"0000000000000008"}${root}`);
  });

  it("verify with the signer's public key, and fail when any field or the key changes", async () => {
    const signer = await createLogSigner();
    const head = await signTreeHead(signer, { treeSize: 8, rootHash: root, timestamp: 1_700_000_000_000 });
    expect(head.keyId).toBe(signer.keyId);
    expect(await verifyTreeHead(head, signer.publicKey)).toBe(true);
    expect(await verifyTreeHead({ ...head, treeSize: 9 }, signer.publicKey)).toBe(false);
    expect(await verifyTreeHead({ ...head, timestamp: head.timestamp + 1 }, signer.publicKey)).toBe(false);
    expect(await verifyTreeHead({ ...head, rootHash: "0".repeat(64) }, signer.publicKey)).toBe(false);
    expect(await verifyTreeHead({ ...head, signature: "AAAA" }, signer.publicKey)).toBe(false);
    const other = await createLogSigner();
    expect(await verifyTreeHead(head, other.publicKey)).toBe(false);
    expect(await verifyTreeHead(head, [other.publicKey, signer.publicKey])).toBe(true);
  });

  it("key ids are the RFC 6962 §3.2 LogID: SHA-256 of the SubjectPublicKeyInfo", async () => {
    const signer = await createLogSigner();
    const spki = createPublicKey({ key: signer.publicKey.jwk as never, format: "jwk" }).export({
      type: "spki",
      format: "der",
    });
    expect(signer.keyId).toBe(createHash("sha256").update(spki).digest("hex"));
  });

  it("a signer survives export and import as JWK, and public keys import alone", async () => {
    const signer = await createLogSigner();
    const again = await importLogSigner(await signer.exportPrivateJwk());
    expect(again.keyId).toBe(signer.keyId);
    const head = await signTreeHead(again, { treeSize: 1, rootHash: root, timestamp: 5 });
    expect(await verifyTreeHead(head, await importLogPublicKey(signer.publicKey.jwk))).toBe(true);
    await expect(importLogSigner(signer.publicKey.jwk)).rejects.toBeInstanceOf(ConfigError);
    await expect(importLogPublicKey({ kty: "OKP", crv: "Ed25519" })).rejects.toBeInstanceOf(ConfigError);
  });
});
