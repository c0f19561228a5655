/**
 * In-place inverse of a dense symmetric positive-definite matrix through its Cholesky factor (LAPACK's
 * potrf + trtri + lauum), ~n³/2 multiply-adds, all as dot products of contiguous rows.
 */
import type { DotKernel } from "./dot-kernel.ts";
/**
 * Replaces the n×n row-major matrix in `kernel.matrix` (only its lower triangle and diagonal are read) by its full
 * symmetric inverse. Steps, with A = L·Lᵀ and M = L⁻¹: L into the lower triangle, Mᵀ into the upper one,
 * then A⁻¹ = Mᵀ·M into the lower one and mirrored. Throws {@link NotPositiveDefiniteError} on a non-positive pivot.
 */
export declare function invertSpdInPlace(kernel: DotKernel, n: number): void;
