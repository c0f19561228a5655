import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../internal/candor-error.ts";
import { fromHex, toHex } from "./bytes.ts";
import {
  consistencyProof,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  merkleTreeHash,
  nodeHash,
  rootFromInclusionProof,
  subtreeOf,
  verifyConsistency,
  verifyInclusion,
} from "./merkle.ts";
import { createMerkleTree } from "./merkle-tree.ts";
import { sha256 } from "./sha256.ts";

/** An independent reference: RFC 6962 §2.1 written out with node:crypto and Buffers, no shared code. */
function naiveRoot(entries: readonly Uint8Array[]): string {
  const h = (...parts: Uint8Array[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
  const mth = (d: readonly Uint8Array[]): Buffer => {
    if (d.length === 0) return h();
    if (d.length === 1) return h(Uint8Array.of(0), d[0] as Uint8Array);
    let k = 1;
    while (k * 2 < d.length) k *= 2;
    return h(Uint8Array.of(1), mth(d.slice(0, k)), mth(d.slice(k)));
  };
  return mth(entries).toString("hex");
}

// The certificate-transparency reference test data (merkle_tree_test.cc, transparency-dev/merkle testonly).
const CT_DATA = [
  "",
  "00",
  "10",
  "2021",
  "3031",
  "40414243",
  "5051525354555657",
  "606162636465666768696a6b6c6d6e6f",
].map(fromHex);
const CT_ROOTS = [
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const CT_INCLUSION = [
  { index: 0, size: 1, path: [] },
  {
    index: 0,
    size: 8,
    path: [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  },
  {
    index: 5,
    size: 8,
    path: [
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  },
  { index: 2, size: 3, path: ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"] },
  {
    index: 1,
    size: 5,
    path: [
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  },
];
const CT_CONSISTENCY = [
  { first: 1, second: 1, path: [] },
  {
    first: 1,
    second: 8,
    path: [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  },
  {
    first: 6,
    second: 8,
    path: [
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  },
  {
    first: 2,
    second: 5,
    path: [
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
  },
];

const ctLeaves = CT_DATA.map((d) => leafHash(d));
const ctRoot = (n: number) => fromHex(CT_ROOTS[n] as string);

describe("RFC 6962 Merkle Tree Hash", () => {
  it("hashes leaves with 0x00 and nodes with 0x01 in front", () => {
    expect(toHex(leafHash(new Uint8Array(0)))).toBe(CT_ROOTS[1]);
    const [a, b] = ctLeaves as [Uint8Array, Uint8Array];
    expect(toHex(nodeHash(a, b))).toBe(
      createHash("sha256")
        .update(Buffer.concat([Uint8Array.of(1), a, b]))
        .digest("hex"),
    );
  });

  it("gives the certificate-transparency reference roots for every size 0..8", () => {
    expect(toHex(EMPTY_ROOT)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const tree = createMerkleTree();
    expect(toHex(tree.root())).toBe(CT_ROOTS[0]);
    for (let n = 1; n <= 8; n++) {
      tree.append(ctLeaves[n - 1] as Uint8Array);
      expect(toHex(merkleTreeHash(ctLeaves.slice(0, n)))).toBe(CT_ROOTS[n]);
      expect(naiveRoot(CT_DATA.slice(0, n))).toBe(CT_ROOTS[n]);
      expect(toHex(tree.root())).toBe(CT_ROOTS[n]);
    }
    for (let n = 0; n <= 8; n++) expect(toHex(tree.root(n))).toBe(CT_ROOTS[n]);
  });

  it("gives the reference audit paths and consistency proofs, which verify", () => {
    const tree = createMerkleTree();
    for (const leaf of ctLeaves) tree.append(leaf);
    for (const { index, size, path } of CT_INCLUSION) {
      expect(tree.inclusionProof(index, size).map(toHex)).toEqual(path);
      expect(inclusionProof(index, size, subtreeOf(ctLeaves)).map(toHex)).toEqual(path);
      expect(
        verifyInclusion(index, size, ctLeaves[index] as Uint8Array, path.map(fromHex), ctRoot(size)),
      ).toBe(true);
    }
    for (const { first, second, path } of CT_CONSISTENCY) {
      expect(tree.consistencyProof(first, second).map(toHex)).toEqual(path);
      expect(consistencyProof(first, second, subtreeOf(ctLeaves)).map(toHex)).toEqual(path);
      expect(verifyConsistency(first, second, ctRoot(first), ctRoot(second), path.map(fromHex))).toBe(true);
    }
  });
});

describe("the 7-leaf example of RFC 6962 §2.1.3", () => {
  // Leaves a..f, d6 and inner nodes g..l named as in the RFC's figure.
  const [a, b, c, d, e, f, d6] = ctLeaves.slice(0, 7) as Uint8Array[] as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const g = nodeHash(a, b);
  const h = nodeHash(c, d);
  const i = nodeHash(e, f);
  const j = d6;
  const k = nodeHash(g, h);
  const l = nodeHash(i, j);
  const root = nodeHash(k, l);
  const tree = createMerkleTree();
  for (const leaf of [a, b, c, d, e, f, d6]) tree.append(leaf);

  it("has the root of the figure", () => {
    expect(toHex(tree.root())).toBe(toHex(root));
    expect(toHex(root)).toBe(CT_ROOTS[7]);
  });

  it("gives the inclusion proofs [b, h, l], [c, g, l], [f, j, k] and [i, k] for d0, d3, d4 and d6", () => {
    expect(tree.inclusionProof(0).map(toHex)).toEqual([b, h, l].map(toHex));
    expect(tree.inclusionProof(3).map(toHex)).toEqual([c, g, l].map(toHex));
    expect(tree.inclusionProof(4).map(toHex)).toEqual([f, j, k].map(toHex));
    expect(tree.inclusionProof(6).map(toHex)).toEqual([i, k].map(toHex));
  });

  it("gives the consistency proofs [c, d, g, l], [l] and [i, j, k] from sizes 3, 4 and 6", () => {
    expect(tree.consistencyProof(3, 7).map(toHex)).toEqual([c, d, g, l].map(toHex));
    expect(tree.consistencyProof(4, 7).map(toHex)).toEqual([l].map(toHex));
    expect(tree.consistencyProof(6, 7).map(toHex)).toEqual([i, j, k].map(toHex));
    for (const m of [3, 4, 6])
      expect(verifyConsistency(m, 7, tree.root(m), root, tree.consistencyProof(m, 7))).toBe(true);
  });
});

describe("proofs over every tree shape", () => {
  const leaves = Array.from({ length: 70 }, (_, n) => leafHash(Uint8Array.of(n, n * 7)));
  const tree = createMerkleTree({ capacity: 1 });
  for (const leaf of leaves) tree.append(leaf);

  it("the incremental tree agrees with the recursive definition and the independent reference", () => {
    for (let n = 0; n <= leaves.length; n++) {
      expect(toHex(tree.root(n))).toBe(toHex(merkleTreeHash(leaves.slice(0, n))));
    }
    const data = Array.from({ length: 33 }, (_, n) => Uint8Array.of(n));
    expect(toHex(merkleTreeHash(data.map((x) => leafHash(x))))).toBe(naiveRoot(data));
  });

  it("every inclusion proof verifies and a changed leaf, index, size or path does not", () => {
    for (let n = 1; n <= leaves.length; n++) {
      const root = tree.root(n);
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusionProof(m, n);
        const leaf = leaves[m] as Uint8Array;
        expect(verifyInclusion(m, n, leaf, proof, root)).toBe(true);
        expect(verifyInclusion(m, n, leaves[(m + 1) % 70] as Uint8Array, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion((m + 1) % n, n, leaf, proof, root)).toBe(false);
        expect(verifyInclusion(m, n, leaf, [...proof, leaf], root)).toBe(false);
        if (proof.length > 0) {
          expect(verifyInclusion(m, n, leaf, proof.slice(1), root)).toBe(false);
          const bent = proof.map((p) => p.slice());
          const first = bent[0] as Uint8Array;
          first[0] = (first[0] as number) ^ 1;
          expect(verifyInclusion(m, n, leaf, bent, root)).toBe(false);
        }
      }
    }
  });

  it("every consistency proof verifies and a wrong root or bent path does not", () => {
    for (let n = 0; n <= 40; n++) {
      for (let m = 0; m <= n; m++) {
        const proof = tree.consistencyProof(m, n);
        expect(verifyConsistency(m, n, tree.root(m), tree.root(n), proof)).toBe(true);
        if (m > 0 && m < n) {
          expect(verifyConsistency(m, n, tree.root(m - 1), tree.root(n), proof)).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), tree.root(n - 1), proof)).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), tree.root(n), proof.slice(1))).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), tree.root(n), [])).toBe(false);
        }
      }
    }
    expect(verifyConsistency(4, 4, tree.root(4), tree.root(5), [])).toBe(false);
    expect(verifyConsistency(0, 8, tree.root(1), tree.root(8), [])).toBe(false);
    expect(verifyConsistency(5, 3, tree.root(5), tree.root(3), [])).toBe(false);
  });

  it("holds for random trees and random pairs of sizes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (n, x, y) => {
        const data = Array.from({ length: n }, (_, i) => sha256(Uint8Array.of(i & 255, i >> 8, n & 255)));
        const t = createMerkleTree({ capacity: 1 });
        for (const datum of data) t.append(leafHash(datum));
        const index = x % n;
        const first = y % (n + 1);
        expect(verifyInclusion(index, n, t.leaf(index), t.inclusionProof(index), t.root())).toBe(true);
        expect(verifyConsistency(first, n, t.root(first), t.root(), t.consistencyProof(first))).toBe(true);
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it("refuses proofs outside the tree", () => {
    expect(() => tree.inclusionProof(70)).toThrow(InputError);
    expect(() => tree.inclusionProof(0, 71)).toThrow(InputError);
    expect(() => tree.consistencyProof(5, 3)).toThrow(InputError);
    expect(rootFromInclusionProof(3, 3, leaves[0] as Uint8Array, [])).toBeNull();
  });

  it("truncate forgets leaves and later appends rebuild the same roots", () => {
    const t = createMerkleTree();
    for (const leaf of leaves.slice(0, 20)) t.append(leaf);
    t.truncate(13);
    expect(t.size).toBe(13);
    for (const leaf of leaves.slice(13, 30)) t.append(leaf);
    expect(toHex(t.root())).toBe(toHex(merkleTreeHash(leaves.slice(0, 30))));
  });
});
