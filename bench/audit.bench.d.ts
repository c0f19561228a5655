import { type Figure } from "./harness.ts";
/** Runs the explanation-log benchmarks. */
export declare function auditBench(): Promise<Figure[]>;
