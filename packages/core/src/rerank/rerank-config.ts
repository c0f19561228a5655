/** The re-rank pipeline config: which stages run, in which order, with which strengths; validated with zod/mini. */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import type { AmortizeExposureOptions } from "./amortize-exposure.ts";
import type { CalibrateOptions } from "./calibrate.ts";
import type { DppOptions } from "./dpp.ts";
import type { ExploreOptions } from "./explore.ts";
import type { FairTopKOptions } from "./fair-top-k.ts";
import type { MmrOptions } from "./mmr.ts";
import type { XquadOptions } from "./xquad.ts";

/** One stage of a pipeline: its name and that stage's options. */
export type RerankStageConfig =
  | ({ readonly stage: "calibration" } & CalibrateOptions)
  | ({ readonly stage: "mmr" } & MmrOptions)
  | ({ readonly stage: "dpp" } & DppOptions)
  | ({ readonly stage: "xquad" } & XquadOptions)
  | ({ readonly stage: "fair" } & FairTopKOptions)
  | ({ readonly stage: "exposure" } & AmortizeExposureOptions)
  | ({ readonly stage: "exploration" } & ExploreOptions);

/** The stage names. */
export type RerankStageName = RerankStageConfig["stage"];

/** A re-rank pipeline: stages run in the listed order, each on the previous one's order. No stages: input order. */
export interface RerankConfig {
  readonly stages: readonly RerankStageConfig[];
}

const unit = z.number().check(z.gte(0), z.lte(1));
const belowOne = z.number().check(z.gte(0), z.lt(1));
const openUnit = z.number().check(z.gt(0), z.lt(1));
const messages = z.optional(
  z.strictObject({ up: z.optional(z.string()), down: z.optional(z.string()), added: z.optional(z.string()) }),
);
const similarity = z.optional(
  z.union([
    z.enum(["category", "tags"]),
    z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function"),
  ]),
);

const stageSchema = z.discriminatedUnion("stage", [
  z.strictObject({
    stage: z.literal("calibration"),
    lambda: z.optional(unit),
    alpha: z.optional(z.number().check(z.gt(0), z.lte(1))),
    messages,
  }),
  z.strictObject({ stage: z.literal("mmr"), lambda: z.optional(unit), similarity, messages }),
  z.strictObject({
    stage: z.literal("dpp"),
    theta: z.optional(unit),
    window: z.optional(z.int().check(z.gte(1))),
    similarity,
    offDiagonal: z.optional(belowOne),
    messages,
  }),
  z.strictObject({
    stage: z.literal("xquad"),
    lambda: z.optional(unit),
    tailWeight: z.optional(unit),
    messages,
  }),
  z.strictObject({
    stage: z.literal("fair"),
    p: z.optional(belowOne),
    alpha: z.optional(openUnit),
    adjust: z.optional(z.boolean()),
    messages,
  }),
  z.strictObject({ stage: z.literal("exposure"), strength: z.optional(unit), messages }),
  z.strictObject({
    stage: z.literal("exploration"),
    share: z.optional(z.number().check(z.gte(0), z.lte(0.5))),
    after: z.optional(z.int().check(z.gte(0))),
    prior: z.optional(
      z
        .strictObject({ clicks: z.number().check(z.gte(0)), impressions: z.number().check(z.gte(0)) })
        .check(z.refine((c) => c.clicks <= c.impressions, "clicks must not exceed impressions")),
    ),
    messages,
  }),
]);

const configSchema = z.strictObject({ stages: z.array(stageSchema) });

/**
 * Checks a pipeline config (e.g. the shop's, from JSON) and returns it typed. Throws {@link ConfigError}
 * naming the path (`"stages.1.lambda"`), the reason and the value. Validate once at setup, not per request.
 */
export function parseRerankConfig(input: unknown): RerankConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, input);
    throw new ConfigError(path, reason, value);
  }
  return input as RerankConfig;
}

/** Like {@link parseRerankConfig} but returns the {@link ConfigError} instead of throwing it. */
export const safeParseRerankConfig = safe(parseRerankConfig, ConfigError);
