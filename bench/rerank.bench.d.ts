import { type Figure } from "./harness.ts";
/** Runs the re-ranking benchmarks. */
export declare function rerankBench(): Figure[];
