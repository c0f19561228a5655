import { describe, expect, it } from "vitest";
import { LogIntegrityError } from "../internal/candor-error.ts";
import { fromBase64Url, fromHex, toHex } from "./bytes.ts";
import { derToP1363, spkiOf } from "./der.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { exportManifest } from "./export-manifest.ts";
import { createLogSigner } from "./log-signer.ts";
import { memoryLogStorage } from "./memory-log-storage.ts";
import { leafHash, verifyInclusion } from "./merkle.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { sha256 } from "./sha256.ts";
import { entryLeafHash } from "./split-entry.ts";
import { treeHeadSignatureInput, verifyTreeHead } from "./tree-head.ts";
import type { LogEntry, ServedItem } from "./types.ts";

const served = (n: number): ServedItem => ({
  surface: "home",
  slateId: "s",
  rank: n + 1,
  subject: "gus",
  jurisdiction: "NL",
  minor: false,
  mode: "non_profiling",
  item: `item-${n}`,
  provider: "p",
  score: 1,
  contributions: [],
  effects: [],
  explanation: { templateId: "popular", text: '=HYPERLINK("x")' },
  dataCategories: [],
  legalBasis: {
    basis: null,
    purposes: [],
    consent: "none",
    consentRecordId: null,
    consentStateHash: null,
    consentEventId: null,
    consentEventHash: null,
  },
  versions: { model: "m", policy: "p", disclosure: "d" },
  controls: [],
});

describe("exportManifest", () => {
  it("packs entries, CSV and receipts with a manifest whose proofs, head and digests check out", async () => {
    const signer = await createLogSigner();
    const log = createExplanationLog({
      storage: memoryLogStorage(),
      signer,
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
      schedule: null,
    });
    await log.append([0, 1, 2, 3, 4].map(served));
    const treeHead = await log.treeHead();
    const entries = (await log.read(0)).filter((e) => e.index % 2 === 0);
    const proofs = await Promise.all(entries.map((e) => log.proveInclusion(e.index, treeHead.treeSize)));
    const { manifest, files } = exportManifest({
      entries,
      treeHead,
      proofs,
      publicKey: signer.publicKey.jwk,
      publicKeySpki: await spkiOf(signer.publicKey.key),
      receipts: [],
      createdAt: 1,
    });
    expect(Object.keys(files).sort()).toEqual([
      "committed.jsonl",
      "entries.csv",
      "entries.jsonl",
      "manifest.json",
      "proofs.jsonl",
      "public-key.der",
      "public-key.jwk.json",
      "public-key.pem",
      "tree-head.json",
      "tree-head.sig.der",
      "tree-head.tbs",
    ]);
    expect(JSON.parse(files["manifest.json"] as string)).toEqual(JSON.parse(JSON.stringify(manifest)));
    expect(manifest.entrySchemaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.howToVerify[0]).toMatch(
      /^openssl dgst -sha256 -verify public-key\.pem -signature tree-head\.sig\.der tree-head\.tbs/,
    );
    for (const [name, digest] of Object.entries(manifest.files)) {
      const content = files[name] as string | Uint8Array;
      expect(digest.sha256).toBe(
        toHex(sha256(typeof content === "string" ? new TextEncoder().encode(content) : content)),
      );
    }
    expect(await verifyTreeHead(manifest.treeHead, signer.publicKey)).toBe(true);
    expect(files["tree-head.tbs"]).toEqual(treeHeadSignatureInput(treeHead));
    expect(derToP1363(files["tree-head.sig.der"] as Uint8Array)).toEqual(fromBase64Url(treeHead.signature));
    expect(toHex(sha256(files["public-key.der"] as Uint8Array))).toBe(treeHead.keyId);
    const committed = (files["committed.jsonl"] as string).trimEnd().split("\n");
    const proofLines = (files["proofs.jsonl"] as string)
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { index: number; leaf: string; path: string[] });
    const lines = (files["entries.jsonl"] as string)
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { index: number; leaf: string; entry: LogEntry });
    expect(lines.map((l) => l.index)).toEqual([0, 2, 4]);
    for (const [n, line] of lines.entries()) {
      const text = committed[n] as string;
      expect(toHex(leafHash(new TextEncoder().encode(text)))).toBe(line.leaf);
      expect(JSON.parse(text)).toEqual(line.entry);
      expect(toHex(entryLeafHash(line.entry))).toBe(line.leaf);
      const proof = proofLines[n];
      expect(proof?.leaf).toBe(line.leaf);
      expect(
        proof &&
          verifyInclusion(
            line.index,
            treeHead.treeSize,
            fromHex(line.leaf),
            proof.path.map(fromHex),
            fromHex(treeHead.rootHash),
          ),
      ).toBe(true);
    }
    const csv = files["entries.csv"] as string;
    expect(csv.split("\r\n")[0]).toMatch(/^index,id,time,surface,slate_id,rank,mode/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("refuses an entry whose proof is missing or does not lead to the head", async () => {
    const signer = await createLogSigner();
    const log = createExplanationLog({
      storage: memoryLogStorage(),
      signer,
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
      schedule: null,
    });
    await log.append([0, 1, 2].map(served));
    const treeHead = await log.treeHead();
    const entries = await log.read(0);
    const proofs = await Promise.all(entries.map((e) => log.proveInclusion(e.index)));
    const input = { entries, treeHead, publicKey: signer.publicKey.jwk, createdAt: 1 };
    expect(() => exportManifest({ ...input, proofs: proofs.slice(1) })).toThrow(LogIntegrityError);
    const bent = proofs.map((p, i) => (i === 1 ? { ...p, path: [...p.path].reverse() } : p));
    expect(() => exportManifest({ ...input, proofs: bent })).toThrow(/does not lead/);
  });
});
