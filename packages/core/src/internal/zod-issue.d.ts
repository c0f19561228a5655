/** Readable reasons from zod issues: `zod/mini` carries no message locale, so "Invalid input" is spelled out here. */
import type * as z from "zod/mini";
/** The first issue of a zod error as its dotted path, a plain-English reason, and the offending value in `input`. */
export declare function firstIssue(error: z.core.$ZodError, input: unknown): {
    path: string;
    reason: string;
    value: unknown;
};
