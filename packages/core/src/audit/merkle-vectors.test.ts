import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromHex, toHex, utf8 } from "./bytes.ts";
import { createCompactRange } from "./compact-range.ts";
import { EMPTY_ROOT, leafHash, nodeHash, subtreeOf, verifyConsistency, verifyInclusion } from "./merkle.ts";
import { createMerkleTree } from "./merkle-tree.ts";

/**
 * The RFC 6962 test vectors of transparency-dev/merkle (Apache-2.0), as data: see the file's `source`, `commit`
 * and `licence` fields. Our verifiers also refuse hashes that are not 32 bytes, which the Go verifier does not check
 * for equal sizes; the expectation below says so rather than bending a vector.
 */
const vectors = JSON.parse(
  readFileSync(new URL("./testdata/transparency-dev-merkle-vectors.json", import.meta.url), "utf8"),
) as {
  source: string;
  licence: string;
  hasher: { emptyRoot: string; emptyLeaf: string; leafL123456: string; nodeN123N456: string };
  leafInputs: string[];
  nodeHashes: string[][];
  rootHashes: string[];
  inclusion: {
    file: string;
    leafIdx: number;
    treeSize: number;
    root: string | null;
    leafHash: string | null;
    proof: string[] | null;
    wantErr: boolean;
  }[];
  consistency: {
    file: string;
    size1: number;
    size2: number;
    root1: string | null;
    root2: string | null;
    proof: string[] | null;
    wantErr: boolean;
  }[];
};

const bytes = (hex: string | null) => fromHex(hex ?? "");
const all32 = (...hashes: (string | null)[]) => hashes.every((h) => h !== null && h.length === 64);

describe("transparency-dev/merkle test vectors", () => {
  it("names its source and licence", () => {
    expect(vectors.source).toBe("https://github.com/transparency-dev/merkle");
    expect(vectors.licence).toMatch(/^Apache-2\.0/);
    expect(vectors.inclusion.length).toBeGreaterThan(90);
    expect(vectors.consistency.length).toBeGreaterThan(90);
  });

  it("hashes the empty tree, leaves and nodes as the reference hasher does", () => {
    expect(toHex(EMPTY_ROOT)).toBe(vectors.hasher.emptyRoot);
    expect(toHex(leafHash(new Uint8Array(0)))).toBe(vectors.hasher.emptyLeaf);
    expect(toHex(leafHash(utf8("L123456")))).toBe(vectors.hasher.leafL123456);
    expect(toHex(nodeHash(utf8("N123"), utf8("N456")))).toBe(vectors.hasher.nodeN123N456);
  });

  it("gives every reference root and complete-subtree node hash, with the tree, the compact range and the recursion", () => {
    const leaves = vectors.leafInputs.map((hex) => leafHash(fromHex(hex)));
    const tree = createMerkleTree();
    const range = createCompactRange();
    const subtree = subtreeOf(leaves);
    expect(toHex(range.root())).toBe(vectors.rootHashes[0]);
    for (const [n, leaf] of leaves.entries()) {
      tree.append(leaf);
      range.append(leaf);
      expect(toHex(tree.root())).toBe(vectors.rootHashes[n + 1]);
      expect(toHex(range.root())).toBe(vectors.rootHashes[n + 1]);
      expect(toHex(subtree(0, n + 1))).toBe(vectors.rootHashes[n + 1]);
    }
    for (const [level, hashes] of vectors.nodeHashes.entries())
      for (const [index, hash] of hashes.entries())
        expect(toHex(tree.subtreeHash(index << level, (index + 1) << level))).toBe(hash);
  });

  it("accepts exactly the inclusion proofs the reference accepts", () => {
    for (const v of vectors.inclusion) {
      const ok = verifyInclusion(
        v.leafIdx,
        v.treeSize,
        bytes(v.leafHash),
        (v.proof ?? []).map(bytes),
        bytes(v.root),
      );
      expect({ file: v.file, ok }).toEqual({ file: v.file, ok: !v.wantErr && all32(v.root, v.leafHash) });
    }
  });

  it("accepts exactly the consistency proofs the reference accepts (32-byte hashes required)", () => {
    for (const v of vectors.consistency) {
      const ok = verifyConsistency(
        v.size1,
        v.size2,
        bytes(v.root1),
        bytes(v.root2),
        (v.proof ?? []).map(bytes),
      );
      expect({ file: v.file, ok }).toEqual({ file: v.file, ok: !v.wantErr && all32(v.root1, v.root2) });
    }
  });

  it("generates the happy-path proofs of the vectors from the reference leaves", () => {
    const tree = createMerkleTree();
    for (const hex of vectors.leafInputs) tree.append(leafHash(fromHex(hex)));
    for (const v of vectors.inclusion.filter((x) => x.file.endsWith("happy-path.json")))
      expect(tree.inclusionProof(v.leafIdx, v.treeSize).map(toHex)).toEqual(v.proof ?? []);
    for (const v of vectors.consistency.filter((x) => x.file.endsWith("happy-path.json")))
      expect(tree.consistencyProof(v.size1, v.size2).map(toHex)).toEqual(v.proof ?? []);
  });
});
