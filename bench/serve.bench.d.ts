import { type Figure } from "./harness.ts";
/** Runs the serving benchmarks. */
export declare function serveBench(): Promise<Figure[]>;
