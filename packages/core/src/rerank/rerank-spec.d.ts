import { type RerankConfig } from "./rerank-config.ts";
import { type VarietyOptions } from "./variety-config.ts";
/**
 * Parses `"none"` (no stages), `"default"` (the shop's default variety), `"variety=0.75"` or `"0.75"` (a variety
 * level), or a comma-separated stage list with each stage's main strength, run in the order written:
 * `"calibration=0.2,mmr=0.95,xquad=0.25"` (calibration λ, mmr λ, dpp θ, xquad λ, fair p, exposure β, exploration
 * share; a bare name keeps the stage's default). Throws {@link RerankConfigError} naming the part that is wrong.
 */
export declare function parseRerankSpec(spec: string, options?: VarietyOptions): RerankConfig;
