import { describe, expect, it } from "vitest";
import { type Candidate, longTailSet } from "./index.ts";
import { xquad } from "./xquad.ts";

const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });

describe("long-tail xQuAD", () => {
  const popularity = new Map([
    ["hit1", 500],
    ["hit2", 300],
    ["hit3", 200],
    ["niche1", 30],
    ["niche2", 15],
    ["niche3", 5],
  ]);
  const tail = longTailSet(popularity);
  const candidates = ["hit1", "hit2", "hit3", "niche1", "niche2", "niche3"].map((id, i) =>
    candidate(id, 6 - i),
  );

  it("splits head and tail at 80% of the interactions", () => {
    expect([...tail].sort()).toEqual(["niche1", "niche2", "niche3"]);
  });

  it("brings long-tail items into the slate and says so", () => {
    const { slate } = xquad(candidates, { lambda: 0.5 }, { k: 4, items: new Map(), longTail: tail });
    // Relevance 1, .8, .6, .4, .2, 0. Slot 2 (discount .631): hit2 .5·.8·.631 = .252 < niche1 .5·.4·.631 + .25 = .376.
    // Slot 4 (discount .431, tail share 1/3): hit3 .129 + .083 = .213 > niche2 .043 + .167 = .210.
    expect(slate.map((s) => s.item)).toEqual(["hit1", "niche1", "hit2", "hit3"]);
    expect(slate[1]?.effects).toEqual([
      {
        stage: "xquad",
        kind: "long-tail",
        amount: 2,
        message: "moved up to give less-known items a fair share",
      },
    ]);
    expect(slate[2]?.effects[0]?.message).toBe("moved down to give less-known items a fair share");
    const wider = xquad(candidates, { lambda: 0.5 }, { k: 5, items: new Map(), longTail: tail });
    expect(wider.slate[4]).toMatchObject({ item: "niche2", rank: 5, effects: [] });
  });

  it("is a no-op with λ = 0 or without a long tail, and takes a predicate", () => {
    const same = ["hit1", "hit2", "hit3", "niche1"];
    expect(
      xquad(candidates, { lambda: 0 }, { k: 4, items: new Map(), longTail: tail }).slate.map((s) => s.item),
    ).toEqual(same);
    expect(xquad(candidates, { lambda: 0.9 }, { k: 4, items: new Map() }).slate.map((s) => s.item)).toEqual(
      same,
    );
    const byName = xquad(
      candidates,
      { lambda: 0.9 },
      { k: 4, items: new Map(), longTail: (id) => id.startsWith("niche") },
    );
    expect(byName.slate.filter((s) => s.item.startsWith("niche")).length).toBeGreaterThanOrEqual(2);
  });
});
