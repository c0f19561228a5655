import { describe, expect, it } from "vitest";
import { createDotKernel } from "./dot-kernel.ts";
import { CandorError } from "./index.ts";
import { invertSpdInPlace } from "./spd-inverse.ts";

/** A random symmetric diagonally dominant (hence SPD) n×n matrix. */
function spd(n: number, seed: number): Float64Array {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = random();
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
    a[i * n + i] = (a[i * n + i] ?? 0) + n;
  }
  return a;
}

describe("invertSpdInPlace", () => {
  it.each([1, 2, 3, 4, 5, 7, 8, 9, 13, 34, 67])(
    "inverts a %i×%i SPD matrix: A·A⁻¹ = I and A⁻¹ is symmetric",
    (n) => {
      const source = spd(n, n + 1);
      const kernel = createDotKernel(n * n);
      kernel.matrix.set(source);
      invertSpdInPlace(kernel, n);
      const inverse = kernel.matrix;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += (source[i * n + k] ?? 0) * (inverse[k * n + j] ?? 0);
          expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-12);
          expect(inverse[i * n + j]).toBe(inverse[j * n + i]);
        }
      }
    },
  );

  it("gives bit-identical results with the WebAssembly and the JavaScript kernel", () => {
    const n = 41;
    const simd = createDotKernel(n * n);
    const plain = createDotKernel(n * n, { simd: false });
    expect(plain.simd).toBe(false);
    simd.matrix.set(spd(n, 5));
    plain.matrix.set(spd(n, 5));
    invertSpdInPlace(simd, n);
    invertSpdInPlace(plain, n);
    expect(Array.from(simd.matrix)).toEqual(Array.from(plain.matrix));
  });

  it("throws a not-positive-definite CandorError naming the failing row", () => {
    const kernel = createDotKernel(9);
    kernel.matrix.set([1, 2, 0, 2, 1, 0, 0, 0, 1]);
    let caught: unknown;
    try {
      invertSpdInPlace(kernel, 3);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CandorError);
    expect(caught).toMatchObject({ code: "not-positive-definite", path: "1" });
    expect(() => invertSpdInPlace(createDotKernel(4), 2)).toThrow("pivot 0 at row 0");
  });
});
