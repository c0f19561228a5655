import type { Result } from "../internal/result.ts";
import { MeasureConfigError } from "./errors.ts";
import type { ArmAssignment, Experiment } from "./types.ts";
/**
 * Checks an experiment (e.g. the shop's, from JSON) and returns it typed. Throws {@link MeasureConfigError} naming
 * the path (`"arms.1.share"`), the reason and the value: shares must be in [0, 1] and sum to 1 (within 1e-9), ids
 * unique, the key non-empty. Validate once at setup, not per request.
 */
export declare function parseExperiment(input: unknown): Experiment;
/** Like {@link parseExperiment} but returns the {@link MeasureConfigError} instead of throwing it. */
export declare function safeParseExperiment(input: unknown): Result<Experiment, MeasureConfigError>;
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
 * decided here but by {@link servingMode}. Throws {@link MeasureConfigError} for an invalid experiment (validated
 * once per options object).
 */
export declare function assignArm(subject: string, options: AssignArmOptions): ArmAssignment | null;
/** The subject's uniform draw in [0, 1): the first 53 bits of HMAC-SHA-256(key, salt ‖ 0x00 ‖ subject) / 2^53. */
export declare function armDraw(subject: string, key: string | Uint8Array, salt?: string): number;
