/** A small seeded pseudo-random generator for reproducible splits and searches. */
/**
 * Returns mulberry32 (Tommy Ettinger's 32-bit generator): a function yielding numbers in [0, 1) from a 32-bit seed.
 * Same seed, same sequence on every platform.
 */
export declare function mulberry32(seed: number): () => number;
