/** Readable reasons from zod issues: `zod/mini` carries no message locale, so "Invalid input" is spelled out here. */
import type * as z from "zod/mini";
import { InputError } from "./candor-error.ts";

/** The first issue of a zod error as its dotted path, a plain-English reason, and the offending value in `input`. */
export function firstIssue(
  error: z.core.$ZodError,
  input: unknown,
): { path: string; reason: string; value: unknown } {
  const issue = error.issues[0];
  if (!issue) return { path: "", reason: "invalid value", value: input };
  // An unknown key is named itself, so `regoin` reads as `regoin: unknown option`, not as a fault of its parent.
  const at =
    issue.code === "unrecognized_keys" && issue.keys[0] !== undefined
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  const path = at.map(String).join(".");
  return { path, reason: describe(issue), value: valueAt(input, at) };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "note" in issue && issue.note === "No matching discriminator"
        ? `unknown ${String(issue.path.at(-1) ?? "kind")}`
        : "matches none of the allowed shapes";
    case "invalid_format":
      return `must match the ${issue.format} format`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return issue.keys.length === 1 ? "unknown option" : `unknown options ${issue.keys.join(", ")}`;
    default:
      return "invalid value";
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What {@link parseWith} needs of a zod schema. */
interface SafeParsing<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

/**
 * Parses `input` with `schema` and returns the parsed data, or throws an {@link InputError} naming the first issue
 * (its path, a plain-English reason and the value); `what` names the input in the message.
 */
export function parseWith<T>(schema: SafeParsing<T>, input: unknown, what = "input", code?: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { path, reason, value } = firstIssue(parsed.error, input);
  throw new InputError(path, reason, value, code === undefined ? { what } : { what, code });
}
