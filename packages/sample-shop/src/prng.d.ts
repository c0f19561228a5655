/** A small, fast, seeded pseudo-random number generator for hot loops, and seed derivation. */
/** A source of uniform numbers in [0, 1). */
export type Random = () => number;
/**
 * Mulberry32: a 32-bit seeded generator returning uniform numbers in [0, 1), period 2^32.
 * Not cryptographic; use it for simulation only. The seed is taken modulo 2^32.
 */
export declare function mulberry32(seed: number): Random;
/**
 * Derives an independent 32-bit seed from a seed and a label (FNV-1a over the label, then a murmur3
 * finalizer), so each part of a run gets its own stream: `deriveSeed(42, "catalog")`.
 */
export declare function deriveSeed(seed: number, label: string): number;
