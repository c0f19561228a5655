/**
 * The inner kernel of the dense SPD inverse: eight dot products (four rows × two rows) in one pass.
 * A WebAssembly SIMD version (assembled below, about 5× faster) runs where WebAssembly is available; a JavaScript
 * version with the same summation order, so bit-identical results, runs elsewhere.
 */
/** Four-by-two dot products over rows of one square matrix buffer (internal). */
export interface DotKernel {
    /** The matrix buffer the offsets index. */
    readonly matrix: Float64Array;
    /** Result of the last call: `out[2a + b] = Σ_{k<len} matrix[x_a + k] · matrix[y_b + k]`. */
    readonly out: Float64Array;
    /** Computes the eight dot products; offsets are element indexes into `matrix`. */
    dot4x2(x0: number, x1: number, x2: number, x3: number, y0: number, y1: number, len: number): void;
    /** Whether the WebAssembly kernel runs. */
    readonly simd: boolean;
}
/**
 * Allocates a zeroed buffer of `size` doubles with a kernel over it: in WebAssembly memory when possible, else a
 * plain `Float64Array`. Pass `simd: false` to force the JavaScript kernel.
 */
export declare function createDotKernel(size: number, options?: {
    simd?: boolean;
}): DotKernel;
