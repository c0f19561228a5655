/**
 * Small validation combinators and the purpose check. Hand-written instead of zod/mini, which would be more than the
 * whole consent module's own code in a shopper's bundle (8 kB of 18 kB gzip); `schemas.ts` wraps `purposeCheck` for
 * zod users. Each check returns the path and reason of the first problem, or `undefined`.
 */
/** The dotted path of the first problem found and why, e.g. `["via.kind", "must be one of ui, api"]`. */
export type Problem = readonly [path: string, reason: string];
/** A check returns the first problem with a value, or `undefined` when it is valid. */
export type Check = (value: unknown) => Problem | undefined;
export declare const isObject: (value: unknown) => value is Record<string, unknown>;
export declare const is: (test: (value: unknown) => boolean, reason: string) => Check;
/** A string of `min`–`max` characters matching `pattern`. */
export declare const str: (max?: number, pattern?: RegExp, min?: number) => Check;
export declare const bool: Check;
export declare const num: (test: (n: number) => boolean, reason: string) => Check;
export declare const fn: Check;
export declare const oneOf: (...values: readonly string[]) => Check;
export declare const nullable: (check: Check) => Check;
export declare const or: (a: Check, b: Check) => Check;
export declare const and: (a: Check, b: Check) => Check;
export declare const arr: (item: Check, min?: number) => Check;
/** A plain object whose keys pass `key` and whose values pass `value`. */
export declare const rec: (key: Check, value: Check) => Check;
/** A plain object with exactly these keys (a trailing `?` marks an optional one); unknown keys are refused. */
export declare const obj: (shape: Readonly<Record<string, Check>>) => Check;
export declare const any: Check;
/** Ids, controls, versions: 1–128 characters without control characters. */
export declare const label: Check;
export declare const hex: Check;
export declare const time: Check;
export declare const text: Check;
/** A purpose definition as a shop may supply it; unknown keys are refused (a misspelled flag would be dropped). */
export declare const purposeCheck: Check;
