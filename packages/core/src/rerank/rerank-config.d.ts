import type { Result } from "../internal/result.ts";
import type { AmortizeExposureOptions } from "./amortize-exposure.ts";
import type { CalibrateOptions } from "./calibrate.ts";
import type { DppOptions } from "./dpp.ts";
import { RerankConfigError } from "./errors.ts";
import type { ExploreOptions } from "./explore.ts";
import type { FairTopKOptions } from "./fair-top-k.ts";
import type { MmrOptions } from "./mmr.ts";
import type { XquadOptions } from "./xquad.ts";
/** One stage of a pipeline: its name and that stage's options. */
export type RerankStageConfig = ({
    readonly stage: "calibration";
} & CalibrateOptions) | ({
    readonly stage: "mmr";
} & MmrOptions) | ({
    readonly stage: "dpp";
} & DppOptions) | ({
    readonly stage: "xquad";
} & XquadOptions) | ({
    readonly stage: "fair";
} & FairTopKOptions) | ({
    readonly stage: "exposure";
} & AmortizeExposureOptions) | ({
    readonly stage: "exploration";
} & ExploreOptions);
/** The stage names. */
export type RerankStageName = RerankStageConfig["stage"];
/** A re-rank pipeline: stages run in the listed order, each on the previous one's order. No stages: input order. */
export interface RerankConfig {
    readonly stages: readonly RerankStageConfig[];
}
/**
 * Checks a pipeline config (e.g. the shop's, from JSON) and returns it typed. Throws {@link RerankConfigError}
 * naming the path (`"stages.1.lambda"`), the reason and the value. Validate once at setup, not per request.
 */
export declare function parseRerankConfig(input: unknown): RerankConfig;
/** Like {@link parseRerankConfig} but returns the {@link RerankConfigError} instead of throwing it. */
export declare function safeParseRerankConfig(input: unknown): Result<RerankConfig, RerankConfigError>;
