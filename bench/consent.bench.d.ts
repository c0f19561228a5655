import { type Figure } from "./harness.ts";
/** Runs the consent benchmarks. */
export declare function consentBench(): Figure[];
