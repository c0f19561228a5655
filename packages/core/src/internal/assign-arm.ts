/** Holdout arms: deterministic, keyed assignment of subjects to arms, stable across visits, switchable per surface. */

import * as z from "zod/mini";
import type { ArmAssignment, Experiment } from "../measure/types.ts";
import { ConfigError } from "./candor-error.ts";
import { hmacSha256 } from "./hmac-sha256.ts";
import { safe } from "./result.ts";
import { firstIssue } from "./zod-issue.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const arm = z.strictObject({
  id,
  share: z.number().check(z.gte(0), z.lte(1)),
  kind: z.enum(["personalized", "control", "challenger"]),
});
const experimentSchema = z.strictObject({
  key: z.union([
    z.string().check(z.minLength(1)),
    z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length > 0, "must be a non-empty Uint8Array"),
  ]),
  arms: z.array(arm).check(
    z.minLength(1),
    z.refine((arms) => new Set(arms.map((a) => a.id)).size === arms.length, "arm ids must be unique"),
    z.refine(
      (arms) => Math.abs(arms.reduce((sum, a) => sum + a.share, 0) - 1) <= 1e-9,
      "shares must sum to 1",
    ),
  ),
  salt: z.optional(z.string().check(z.maxLength(256))),
  surfaces: z.optional(z.array(id)),
});

const assignSchema = z.extend(experimentSchema, { surface: z.optional(id) });
const validExperiments = new WeakSet<object>();
const validOptions = new WeakSet<object>();

function check(
  schema: typeof experimentSchema | typeof assignSchema,
  validated: WeakSet<object>,
  input: unknown,
): void {
  if (typeof input === "object" && input !== null && validated.has(input)) return;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, input);
    throw new ConfigError(path, reason, value);
  }
  validated.add(input as object);
}

/**
 * Checks an experiment (e.g. the shop's, from JSON) and returns it typed. Throws {@link ConfigError} naming
 * the path (`"arms.1.share"`), the reason and the value: shares must be in [0, 1] and sum to 1 (within 1e-9), ids
 * unique, the key non-empty. Validate once at setup, not per request.
 */
export function parseExperiment(input: unknown): Experiment {
  check(experimentSchema, validExperiments, input);
  return input as Experiment;
}

/** Like {@link parseExperiment} but returns the {@link ConfigError} instead of throwing it. */
export const safeParseExperiment = safe(parseExperiment, ConfigError);

/** Options of {@link assignArm}: the experiment and the surface asked about. */
export interface AssignArmOptions extends Experiment {
  /** The surface being served; when `surfaces` is set and omits it, there is no arm. Default: none (any surface). */
  readonly surface?: string;
}

/**
 * The subject's arm, or `null` when the experiment is off on `surface` (serve as usual, count nothing).
 * u = first 53 bits of HMAC-SHA-256(key, salt ‖ 0x00 ‖ subject) / 2^53 is uniform in [0, 1) and the same on every
 * visit and every surface; the arm is the first whose cumulative share exceeds u. The surface is not hashed, so a
 * subject is in one arm everywhere. A missing or empty subject gets no arm (serve as usual). Eligibility (the shopper's own non-personalized choice, consent) is not
 * decided here but by {@link servingMode}. Throws {@link ConfigError} for an invalid experiment (validated
 * once per options object).
 */
export function assignArm(subject: string, options: AssignArmOptions): ArmAssignment | null {
  check(assignSchema, validOptions, options);
  if (typeof subject !== "string" || subject === "") return null;
  const { surface, surfaces, arms } = options;
  if (surface !== undefined && surfaces && !surfaces.includes(surface)) return null;
  const salt = options.salt ?? "";
  const draw = armDraw(subject, options.key, salt);
  let chosen = arms.findLast((a) => a.share > 0) ?? arms[arms.length - 1];
  let cumulative = 0;
  for (const candidate of arms) {
    cumulative += candidate.share;
    if (draw < cumulative) {
      chosen = candidate;
      break;
    }
  }
  if (!chosen) return null;
  return { experiment: salt, arm: chosen.id, kind: chosen.kind, surface: surface ?? null, draw };
}

/** The subject's uniform draw in [0, 1): the first 53 bits of HMAC-SHA-256(key, salt ‖ 0x00 ‖ subject) / 2^53. */
export function armDraw(subject: string, key: string | Uint8Array, salt = ""): number {
  const mac = hmacSha256(key, `${salt}\u0000${subject}`);
  const high = (((mac[0] as number) << 24) | ((mac[1] as number) << 16) | ((mac[2] as number) << 8)) >>> 0;
  const top = high + (mac[3] as number);
  const low = (((mac[4] as number) << 13) | ((mac[5] as number) << 5) | ((mac[6] as number) >>> 3)) >>> 0;
  return (top * 2 ** 21 + low) / 2 ** 53;
}
