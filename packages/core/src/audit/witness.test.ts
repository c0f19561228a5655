import { createVerify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromBase64Url } from "./bytes.ts";
import { derToP1363, fromPem, p1363ToDer, signatureDer, spkiOf, toPem } from "./der.ts";
import { createLogSigner } from "./log-signer.ts";
import { signTreeHead, treeHeadSignatureInput } from "./tree-head.ts";
import {
  cosignatureInput,
  cosignTreeHead,
  safeParseWitnessState,
  trustedHeadOf,
  verifyCosignature,
} from "./witness.ts";

describe("DER signatures and PEM keys (for openssl)", () => {
  it("turn a tree head's P1363 signature into DER that node:crypto (OpenSSL) verifies against the PEM key", async () => {
    const signer = await createLogSigner();
    const head = await signTreeHead(signer, {
      treeSize: 7,
      rootHash: "ab".repeat(32),
      timestamp: 1_700_000_000_000,
    });
    const pem = toPem(await spkiOf(signer.publicKey.key), "PUBLIC KEY");
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    const der = signatureDer(head.signature);
    const ok = createVerify("sha256").update(treeHeadSignatureInput(head)).verify(pem, Buffer.from(der));
    expect(ok).toBe(true);
    expect(derToP1363(der)).toEqual(fromBase64Url(head.signature));
    expect(fromPem(pem, "PUBLIC KEY")).toEqual(await spkiOf(signer.publicKey.key));
  });

  it("encodes r and s minimally, with a zero byte where the high bit is set, and refuses malformed DER", () => {
    const sig = new Uint8Array(64);
    sig[0] = 0x80;
    sig[63] = 1;
    const der = p1363ToDer(sig);
    expect(Array.from(der.subarray(0, 4))).toEqual([0x30, der.length - 2, 0x02, 33]);
    expect(derToP1363(der)).toEqual(sig);
    expect(derToP1363(der.subarray(0, der.length - 1))).toBeNull();
    expect(() => p1363ToDer(new Uint8Array(63))).toThrow(RangeError);
  });
});

describe("witness co-signatures", () => {
  it("sign the head with the witness's own key; another head, time or key does not verify", async () => {
    const log = await createLogSigner();
    const witness = await createLogSigner();
    const head = await signTreeHead(log, { treeSize: 3, rootHash: "cd".repeat(32), timestamp: 5 });
    const cosignature = await cosignTreeHead(witness, head, 99);
    expect(cosignature).toMatchObject({
      schema: "candor.witness-cosignature/1",
      witnessKeyId: witness.keyId,
      timestamp: 99,
    });
    expect(await verifyCosignature(cosignature, head, witness.publicKey)).toBe(true);
    expect(await verifyCosignature(cosignature, { ...head, treeSize: 4 }, witness.publicKey)).toBe(false);
    expect(await verifyCosignature({ ...cosignature, timestamp: 100 }, head, witness.publicKey)).toBe(false);
    expect(await verifyCosignature(cosignature, head, log.publicKey)).toBe(false);
    expect(cosignatureInput(head, 99).length).toBe(29 + 32 + 8 + 50);
    const state = { schema: "candor.witness-state/1", logKeyId: log.keyId, head, cosignature };
    expect(safeParseWitnessState(state)).toMatchObject({ ok: true });
    expect(safeParseWitnessState({ ...state, head: { ...head, rootHash: "x" } })).toMatchObject({
      ok: false,
      error: { path: "head.rootHash" },
    });
    expect(trustedHeadOf(state)).toBe(head);
    expect(trustedHeadOf(head)).toBe(head);
  });
});
