/**
 * In-place inverse of a dense symmetric positive-definite matrix through its Cholesky factor (LAPACK's
 * potrf + trtri + lauum), ~n³/2 multiply-adds, all as dot products of contiguous rows.
 */
import { CandorError } from "../../internal/candor-error.ts";
import type { DotKernel } from "./dot-kernel.ts";

/**
 * Replaces the n×n row-major matrix in `kernel.matrix` (only its lower triangle and diagonal are read) by its full
 * symmetric inverse. Steps, with A = L·Lᵀ and M = L⁻¹: L into the lower triangle, Mᵀ into the upper one,
 * then A⁻¹ = Mᵀ·M into the lower one and mirrored. Throws a `CandorError` with code `"not-positive-definite"` (`path` the row) on a non-positive pivot.
 */
export function invertSpdInPlace(kernel: DotKernel, n: number): void {
  const diagonal = new Float64Array(n);
  cholesky(kernel, n);
  for (let i = 0; i < n; i++) diagonal[i] = kernel.matrix[i * n + i] ?? 0;
  invertFactor(kernel, n, diagonal);
  multiplyFactor(kernel, n, diagonal);
}

/** Lower Cholesky factor L in place: L[i][j] = (A[i][j] − Σ_{k<j} L[i][k]·L[j][k]) / L[j][j]. */
function cholesky(kernel: DotKernel, n: number): void {
  const a = kernel.matrix;
  const out = kernel.out;
  const scalarRow = (i: number, from: number) => {
    const ri = i * n;
    for (let j = from; j <= i; j++) {
      const rj = j * n;
      let s = a[ri + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (a[ri + k] ?? 0) * (a[rj + k] ?? 0);
      if (j < i) a[ri + j] = s / (a[rj + j] ?? 1);
      else if (s > 0) a[ri + i] = Math.sqrt(s);
      else
        throw new CandorError(
          "not-positive-definite",
          String(i),
          `Matrix is not positive definite: pivot ${s} at row ${i}`,
        );
    }
  };
  let i0 = 0;
  for (; i0 + 4 <= n; i0 += 4) {
    const r0 = i0 * n;
    let j = 0;
    for (; j + 2 <= i0; j += 2) {
      const p = j * n;
      const q = p + n;
      kernel.dot4x2(r0, r0 + n, r0 + 2 * n, r0 + 3 * n, p, q, j);
      const ljj = a[p + j] ?? 1;
      const lqq = a[q + j + 1] ?? 1;
      const lqj = a[q + j] ?? 0;
      for (let r = 0; r < 4; r++) {
        const ri = r0 + r * n;
        const v = ((a[ri + j] ?? 0) - (out[2 * r] ?? 0)) / ljj;
        a[ri + j] = v;
        a[ri + j + 1] = ((a[ri + j + 1] ?? 0) - (out[2 * r + 1] ?? 0) - v * lqj) / lqq;
      }
    }
    for (let i = i0; i < i0 + 4; i++) scalarRow(i, j);
  }
  for (let i = i0; i < n; i++) scalarRow(i, 0);
}

/**
 * Mᵀ = (L⁻¹)ᵀ into the upper triangle and diagonal: Mᵀ[j][j] = 1 / L[j][j] and, for i > j,
 * Mᵀ[j][i] = −(Σ_{k=j}^{i−1} L[i][k]·Mᵀ[j][k]) / L[i][i]. Rows of Mᵀ are independent; each is filled left to right.
 */
function invertFactor(kernel: DotKernel, n: number, diagonal: Float64Array): void {
  const a = kernel.matrix;
  const out = kernel.out;
  for (let i = 0; i < n; i++) a[i * n + i] = 1 / (diagonal[i] ?? 1);
  const scalar = (j: number, i: number) => {
    const ri = i * n;
    const rj = j * n;
    let s = 0;
    for (let k = j; k < i; k++) s += (a[ri + k] ?? 0) * (a[rj + k] ?? 0);
    a[rj + i] = -s / (diagonal[i] ?? 1);
  };
  let j0 = 0;
  for (; j0 + 1 < n; j0 += 2) {
    const p = j0 * n;
    const q = p + n;
    scalar(j0, j0 + 1);
    let i0 = j0 + 2;
    for (; i0 + 4 <= n; i0 += 4) {
      const r0 = i0 * n;
      const from = j0 + 1;
      kernel.dot4x2(
        r0 + from,
        r0 + n + from,
        r0 + 2 * n + from,
        r0 + 3 * n + from,
        p + from,
        q + from,
        i0 - from,
      );
      for (let r = 0; r < 4; r++) {
        const i = i0 + r;
        const ri = i * n;
        let s0 = (out[2 * r] ?? 0) + (a[ri + j0] ?? 0) * (a[p + j0] ?? 0);
        let s1 = out[2 * r + 1] ?? 0;
        for (let k = i0; k < i; k++) {
          s0 += (a[ri + k] ?? 0) * (a[p + k] ?? 0);
          s1 += (a[ri + k] ?? 0) * (a[q + k] ?? 0);
        }
        a[p + i] = -s0 / (diagonal[i] ?? 1);
        a[q + i] = -s1 / (diagonal[i] ?? 1);
      }
    }
    for (let i = i0; i < n; i++) {
      scalar(j0, i);
      scalar(j0 + 1, i);
    }
  }
}

/**
 * A⁻¹ = Mᵀ·M: P[i][j] = Σ_{k≥i} Mᵀ[i][k]·Mᵀ[j][k] for i ≥ j, written into the lower triangle (L is no longer
 * needed), the diagonal kept aside until Mᵀ is used up; then mirrored into the upper triangle.
 */
function multiplyFactor(kernel: DotKernel, n: number, diagonal: Float64Array): void {
  const a = kernel.matrix;
  const out = kernel.out;
  const dot = (i: number, j: number) => {
    const ri = i * n;
    const rj = j * n;
    let s = 0;
    for (let k = i; k < n; k++) s += (a[ri + k] ?? 0) * (a[rj + k] ?? 0);
    return s;
  };
  const scalarRow = (i: number, from: number) => {
    for (let j = from; j < i; j++) a[i * n + j] = dot(i, j);
    diagonal[i] = dot(i, i);
  };
  let i0 = 0;
  for (; i0 + 4 <= n; i0 += 4) {
    const from = i0 + 3;
    const r0 = i0 * n + from;
    let j0 = 0;
    for (; j0 + 2 <= i0; j0 += 2) {
      const p = j0 * n;
      const q = p + n;
      kernel.dot4x2(r0, r0 + n, r0 + 2 * n, r0 + 3 * n, p + from, q + from, n - from);
      for (let r = 0; r < 4; r++) {
        const i = i0 + r;
        const ri = i * n;
        let s0 = out[2 * r] ?? 0;
        let s1 = out[2 * r + 1] ?? 0;
        for (let k = i; k < from; k++) {
          s0 += (a[ri + k] ?? 0) * (a[p + k] ?? 0);
          s1 += (a[ri + k] ?? 0) * (a[q + k] ?? 0);
        }
        a[ri + j0] = s0;
        a[ri + j0 + 1] = s1;
      }
    }
    for (let i = i0; i < i0 + 4; i++) scalarRow(i, j0);
  }
  for (let i = i0; i < n; i++) scalarRow(i, 0);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    a[ri + i] = diagonal[i] ?? 0;
    for (let j = 0; j < i; j++) a[j * n + i] = a[ri + j] ?? 0;
  }
}
