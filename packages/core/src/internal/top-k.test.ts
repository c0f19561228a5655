import { describe, expect, it } from "vitest";
import { topK } from "./top-k.ts";

describe("topK", () => {
  it("takes a predicate, asks it only about items that would enter, and limits to the first n scores", () => {
    const scores = new Float64Array([9, 8, 1, 7, 0.5, 100]);
    const asked: number[] = [];
    const exclude = (i: number) => {
      asked.push(i);
      return i === 1;
    };
    expect(Array.from(topK(scores, 2, exclude, 5))).toEqual([0, 3]);
    expect(asked).toEqual([0, 1, 2, 3]);
  });

  it("ranks NaN last and agrees between a mask and a predicate", () => {
    const scores = [Number.NaN, 2, 2, -1];
    const mask = [0, 0, 1, 0];
    expect(Array.from(topK(scores, 4))).toEqual([1, 2, 3, 0]);
    expect(Array.from(topK(scores, 4, mask))).toEqual(Array.from(topK(scores, 4, (i) => mask[i] === 1)));
  });
});
