import { type Figure } from "./harness.ts";
/** Runs the vault benchmarks. */
export declare function vaultBench(): Promise<Figure[]>;
