import { describe, expect, it } from "vitest";
import { topK } from "../internal/top-k.ts";
import { fitHybrid, type HybridConfig } from "../recommend/models/index.ts";
import {
  ConfigError,
  type HybridTrial,
  interactionsFromRows,
  mulberry32,
  splitByRatio,
  tuneHybrid,
} from "./index.ts";
import { aloneHybrid, bracketClimb, coordinateClimb, smallTopK } from "./tune-hybrid.ts";

/** 120 users in three taste groups over 45 items; each user rates 12 items, mostly from their group. */
function clustered(users = 120) {
  const random = mulberry32(7);
  const rows = [];
  for (let u = 0; u < users; u++) {
    const group = u % 3;
    const seen = new Set<number>();
    while (seen.size < 12) {
      const inGroup = random() < 0.85;
      const item = inGroup ? group * 15 + Math.floor(random() * 15) : Math.floor(random() * 45);
      if (seen.has(item)) continue;
      seen.add(item);
      const rating = inGroup ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3);
      rows.push({ user: `u${u}`, item: `i${item}`, rating });
    }
  }
  return splitByRatio(interactionsFromRows(rows), { seed: 1 });
}

const { train, validation } = clustered();

describe("tuneHybrid", () => {
  it("chooses EASE's λ and dropout and the blend weights on validation, deterministically", () => {
    const seen: HybridTrial[] = [];
    const result = tuneHybrid(train, validation, { onTrial: (t) => seen.push(t) });
    expect(seen).toEqual(result.trials);
    expect(result.config.ease?.weight).toBe(1);
    expect(result.config.ease?.lambda).toBeGreaterThan(0);
    expect([0, 0.5]).toContain(result.config.ratingExponent);
    for (const stage of ["ease", "itemKnn", "rp3beta", "popularity", "blend"])
      expect(result.trials.some((t) => t.stage === stage)).toBe(true);
    const same = (t: HybridTrial) => JSON.stringify(t.config) === JSON.stringify(result.config);
    const chosen = result.trials.find((t) => t.stage === "blend" && same(t));
    expect(result.validationNdcg).toBe(chosen?.ndcg10);
    // The blend starts from the primary alone and moves a weight only for a gain above 0.001.
    const alone = result.trials.find((t) => t.stage === "blend");
    expect(Object.keys(alone?.config ?? {})).toEqual(["ratingExponent", "ease"]);
    if (chosen !== alone) expect(chosen?.score).toBeGreaterThan((alone?.score ?? 0) + 0.001);
    const popularity = result.trials.find((t) => t.stage === "popularity");
    expect(result.validationNdcg).toBeGreaterThan(popularity?.ndcg10 ?? 1);
    const again = tuneHybrid(train, validation);
    expect(again.config).toEqual(result.config);
    expect(again.trials.map((t) => t.score)).toEqual(result.trials.map((t) => t.score));
  });

  it("tunes the served model by default: no ratings, EASE masked; `ratings: true` searches the exponent", () => {
    const served = tuneHybrid(train, validation);
    expect(served.config.ratingExponent).toBe(0);
    expect(served.trials.every((t) => (t.config.ratingExponent ?? 0) === 0)).toBe(true);
    const rated = tuneHybrid(train, validation, { ratings: true, components: [] });
    expect(rated.trials.some((t) => t.config.ratingExponent === 0.5)).toBe(true);
    // Unmasked tuning (floor 1) writes the floor into the neighbour components it keeps.
    const open = tuneHybrid(train, validation, {
      minSupport: 1,
      easeMaxItems: 0,
      sparseEase: false,
      components: ["itemKnn"],
    });
    expect(open.config.itemKnn?.minSupport).toBe(1);
    const sparse = tuneHybrid(train, validation, { minSupport: 1, easeMaxItems: 0, components: [] });
    expect(sparse.config.sparseEase?.minSupport).toBe(1);
    expect(() => tuneHybrid(train, validation, { minSupport: 0 })).toThrow(/minSupport/);
  });

  it("early stopping changes no figure of a trial it lets finish, nor the choice", () => {
    const large = clustered(420);
    const raced = tuneHybrid(large.train, large.validation, { components: ["rp3beta"] });
    const full = tuneHybrid(large.train, large.validation, { components: ["rp3beta"], earlyStopping: false });
    expect(raced.config).toEqual(full.config);
    expect(raced.validationNdcg).toBe(full.validationNdcg);
    const sampled = Math.max(...full.trials.map((t) => t.users));
    expect(sampled).toBeGreaterThanOrEqual(400);
    // Without early stopping every trial is scored whole: EASE's and the blend's on every sampled user, the extra
    // component's (successive halving) on half of them.
    const whole = (t: HybridTrial) => (t.stage === "rp3beta" ? Math.ceil(sampled / 2) : sampled);
    expect(full.trials.every((t) => !t.stopped && Math.abs(t.users - whole(t)) <= 1)).toBe(true);
    const key = (t: HybridTrial) => `${t.stage} ${JSON.stringify(t.config)}`;
    const scores = new Map(full.trials.map((t) => [key(t), t.score]));
    for (const t of raced.trials) {
      if (t.stopped) expect(t.users).toBeLessThan(whole(t));
      else expect(t.score).toBe(scores.get(key(t)));
    }
  });

  it("halving scores the extras' own trials on half the users; `halving: false` on all of them", () => {
    const large = clustered(420);
    const options = { components: ["itemKnn"] as const, earlyStopping: false };
    const halved = tuneHybrid(large.train, large.validation, options);
    const whole = tuneHybrid(large.train, large.validation, { ...options, halving: false });
    const users = (r: typeof whole, stage: string) =>
      r.trials.filter((t) => t.stage === stage).map((t) => t.users);
    const sampled = Math.max(...users(whole, "ease"));
    expect(users(whole, "itemKnn").every((u) => u === sampled)).toBe(true);
    expect(users(halved, "itemKnn").every((u) => u < sampled && u >= Math.floor(sampled / 2))).toBe(true);
    // EASE's search and the blend are scored whole either way: EASE's trials are the same.
    expect(halved.trials.filter((t) => t.stage === "ease")).toEqual(
      whole.trials
        .filter((t) => t.stage === "ease")
        .map((t, x) => ({ ...t, seconds: halved.trials[x]?.seconds })),
    );
    expect(users(halved, "blend").every((u) => u === sampled)).toBe(true);
  });

  it("above easeMaxItems, sparse EASE is tuned in EASE's place", () => {
    const result = tuneHybrid(train, validation, { easeMaxItems: 10, components: ["popularity"] });
    expect(result.config.ease).toBeUndefined();
    expect(result.config.sparseEase?.weight).toBe(1);
    expect(result.config.sparseEase?.lambda).toBeGreaterThan(0);
    expect(result.trials.some((t) => t.stage === "ease")).toBe(false);
    expect(result.trials.some((t) => t.stage === "sparseEase")).toBe(true);
  });

  it("tunes iALS when asked, as a blend member chosen on validation", () => {
    const result = tuneHybrid(train, validation, { components: ["ials"] });
    const trials = result.trials.filter((t) => t.stage === "ials");
    expect(trials.length).toBeGreaterThan(1);
    expect(trials.every((t) => (t.config.ials?.regularization ?? 0) > 0)).toBe(true);
    expect(result.config.ease?.weight).toBe(1);
  });

  it("without EASE, the best single component is the primary one", () => {
    const result = tuneHybrid(train, validation, {
      easeMaxItems: 0,
      sparseEase: false,
      components: ["itemKnn", "popularity"],
    });
    expect(result.config.ease).toBeUndefined();
    expect(result.config.itemKnn?.weight).toBe(1);
    expect(result.trials.some((t) => t.stage === "rp3beta")).toBe(false);
  });

  it("rejects tables with different index maps and bad options", () => {
    const other = clustered().train;
    const { validation: small } = splitByRatio(interactionsFromRows([{ user: "a", item: "b" }]), { seed: 1 });
    expect(() => tuneHybrid(train, small)).toThrow(ConfigError);
    expect(() => tuneHybrid(train, validation, { maxUsers: 0 })).toThrow(/maxUsers/);
    expect(() => tuneHybrid(other, validation, { easeMaxItems: -1 })).toThrow(/easeMaxItems/);
    expect(() => tuneHybrid(train, validation, { easeMaxItems: 20_000 })).toThrow(/easeMaxItems/);
    expect(() => tuneHybrid(train, validation, { sparseEaseNeighbours: 0 })).toThrow(/sparseEaseNeighbours/);
  });
});

describe("coordinateClimb", () => {
  const bowl = (p: { a: number; b: number }) => -((p.a - 2) ** 2) - (p.b - 7) ** 2;

  it("steps along each ladder while the objective improves", () => {
    const calls: string[] = [];
    const result = coordinateClimb({ a: 0, b: 0 }, { a: 5, b: 10 }, (p) => {
      calls.push(`${p.a},${p.b}`);
      return bowl(p);
    });
    expect(result).toEqual({ point: { a: 2, b: 7 }, score: -0 });
    expect(new Set(calls).size).toBe(calls.length);
  });

  it("with first improvement, reaches the same peak with fewer evaluations along a run", () => {
    let plain = 0;
    let first = 0;
    const both = coordinateClimb({ a: 0, b: 0 }, { a: 5, b: 10 }, (p) => {
      plain++;
      return bowl(p);
    });
    const one = coordinateClimb(
      { a: 0, b: 0 },
      { a: 5, b: 10 },
      (p) => {
        first++;
        return bowl(p);
      },
      { firstImprovement: true },
    );
    expect(one).toEqual(both);
    expect(first).toBeLessThanOrEqual(plain);
    // Going down a ladder: after one step down, the next try is further down.
    const tried: number[] = [];
    const down = coordinateClimb(
      { w: 8 },
      { w: 10 },
      (p) => {
        tried.push(p.w);
        return -Math.abs(p.w - 3);
      },
      { firstImprovement: true },
    );
    expect(down.point).toEqual({ w: 3 });
    expect(tried).toEqual([8, 9, 7, 6, 5, 4, 3, 2]);
  });

  it("with a line scan and a minimum gain, keeps the start unless a move clearly helps", () => {
    const flat = (p: { w: number }) => (p.w === 3 ? 0.0005 : 0);
    expect(coordinateClimb({ w: 0 }, { w: 5 }, flat, { scan: true, minGain: 0.001 }).point).toEqual({ w: 0 });
    expect(coordinateClimb({ w: 0 }, { w: 5 }, flat, { scan: true }).point).toEqual({ w: 3 });
  });
});

describe("bracketClimb", () => {
  it("brackets the first ladder in double steps, then tries the single step on the parabola's side", () => {
    const tried: string[] = [];
    const result = bracketClimb({ l: 8, d: 3 }, { l: 17, d: 6 }, (p, current) => {
      tried.push(`${p.l},${p.d}<${current.l},${current.d}`);
      return -((p.l - 3) ** 2) - (p.d - 4) ** 2;
    });
    expect(result).toEqual({ point: { l: 3, d: 4 }, score: -0 });
    // Up first (worse), then down while better; 2 ties 4, so the bracket is 2..6 and its peak is left of 4.
    expect(tried).toEqual([
      "8,3<8,3",
      "10,3<8,3",
      "6,3<8,3",
      "4,3<6,3",
      "2,3<4,3",
      "3,3<4,3",
      "3,4<3,3",
      "3,5<3,4",
    ]);
  });

  it("skips the single step when the peak is nearer the best point, and never goes down after going up", () => {
    const tried: number[] = [];
    const symmetric = bracketClimb({ l: 8 }, { l: 17 }, (p) => {
      tried.push(p.l);
      return -Math.abs(p.l - 8);
    });
    expect(symmetric.point).toEqual({ l: 8 });
    expect(tried).toEqual([8, 10, 6]);
    tried.length = 0;
    const rising = bracketClimb({ l: 8 }, { l: 17 }, (p) => {
      tried.push(p.l);
      return -Math.abs(p.l - 16.4);
    });
    // 10, 12, 14, 16 improve; the ladder ends at 16, whose only bracket side is below: the single step 15 loses.
    expect(rising.point).toEqual({ l: 16 });
    expect(tried).toEqual([8, 10, 12, 14, 16, 15]);
    expect(bracketClimb({ l: 0 }, { l: 1 }, () => 1)).toEqual({ point: { l: 0 }, score: 1 });
  });
});

describe("aloneHybrid", () => {
  it("equals the hybrid fitHybrid fits for one component alone, global scale included", () => {
    const pairs = {
      numUsers: train.numUsers,
      numItems: train.numItems,
      users: train.users,
      items: train.items,
    };
    const configs: HybridConfig[] = [
      { ratingExponent: 0, ease: { weight: 1, lambda: 20, dropout: 0.5 } },
      { ratingExponent: 0, itemKnn: { weight: 1, k: 10, shrink: 5 } },
      { ratingExponent: 0, rp3beta: { weight: 1, alpha: 1, beta: 0.5, k: 10 } },
    ];
    for (const config of configs) {
      const fitted = fitHybrid(pairs, config);
      const rebuilt = aloneHybrid(pairs, config, {
        ...(fitted.ease ? { ease: fitted.ease } : {}),
        ...(fitted.itemKnn ? { itemKnn: fitted.itemKnn } : {}),
        ...(fitted.rp3beta ? { rp3beta: fitted.rp3beta } : {}),
      });
      expect(rebuilt).toEqual(fitted);
    }
  });
});

describe("smallTopK", () => {
  it("ranks as topK: best first, ties to the lower index, NaN last, excluded items skipped", () => {
    const random = mulberry32(3);
    const top = smallTopK(20);
    for (let round = 0; round < 50; round++) {
      const n = 5 + Math.floor(random() * 60);
      const scores = Float64Array.from({ length: n }, () => {
        const r = random();
        if (r < 0.05) return Number.NaN;
        if (r < 0.1) return Number.NEGATIVE_INFINITY;
        return Math.floor(random() * 8) / 4 - 0.5;
      });
      const exclude = Uint8Array.from({ length: n }, () => (random() < 0.2 ? 1 : 0));
      expect(Array.from(top.of(scores, exclude))).toEqual(Array.from(topK(scores, 20, exclude)));
      expect(Array.from(top.of(scores))).toEqual(Array.from(topK(scores, 20)));
    }
    expect(() => smallTopK(0)).toThrow(/k/);
  });
});
