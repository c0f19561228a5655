/** zod/mini schemas of the re-rank module's factory options, checked once at creation (unknown keys rejected). */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { parseRerankConfig } from "./rerank-config.ts";

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");
const unit = z.number().check(z.gte(0), z.lte(1));

const exposureSchema = z.strictObject({
  providerOf: z.optional(fn),
  decay: z.optional(z.number().check(z.gt(0), z.lte(1))),
  initial: z.optional(z.custom<ReadonlyMap<string, number>>((v) => v instanceof Map, "must be a Map")),
});

const stageSchema = z.strictObject({
  defaultVariety: z.optional(unit),
  // parseRerankConfig throws with its own path, which `check` prefixes with "config.".
  config: z.optional(
    z.custom((v) => {
      parseRerankConfig(v);
      return true;
    }),
  ),
  exposure: z.optional(
    z.custom(
      (v) => typeof v === "object" && v !== null && typeof (v as { record?: unknown }).record === "function",
      "must be an exposure tracker from createExposureTracker",
    ),
  ),
  isProtected: z.optional(fn),
  feedback: z.optional(z.custom((v) => v instanceof Map, "must be a Map")),
  headShare: z.optional(z.number().check(z.gt(0), z.lt(1))),
  diversity: z.optional(z.enum(["mmr", "dpp"])),
  similarity: z.optional(z.union([z.enum(["category", "tags"]), fn])),
  categoryOf: z.optional(fn),
});

function check(schema: z.ZodMiniType, input: unknown, prefix: string): void {
  let parsed: ReturnType<z.ZodMiniType["safeParse"]>;
  try {
    parsed = schema.safeParse(input ?? {});
  } catch (error) {
    // A nested config that fails its own parse names its own path.
    if (error instanceof ConfigError) {
      throw new ConfigError(`${prefix}config.${error.path}`, error.reason, error.value);
    }
    throw error;
  }
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, input);
    throw new ConfigError(`${prefix}${path}`, reason, value);
  }
}

/** Validates `createExposureTracker`'s options; throws {@link ConfigError} naming the option. */
export function checkExposureOptions(input: unknown): void {
  check(exposureSchema, input, "");
}

/** Validates `createRerankStage`'s options; throws {@link ConfigError} naming the option. */
export function checkStageOptions(input: unknown): void {
  check(stageSchema, input, "");
}
