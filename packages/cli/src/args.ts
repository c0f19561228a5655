/** A small, strict argument parser over node:util's parseArgs: unknown flags and missing values are usage errors. */
import { parseArgs } from "node:util";
import { UsageError } from "./io.ts";

/** Flag definitions: name → kind. */
export type FlagSpec = Readonly<Record<string, "string" | "boolean">>;

/** Parses `argv` against `spec`; returns string/boolean flags and positionals. */
export function parseFlags(
  argv: readonly string[],
  spec: FlagSpec,
): { flags: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }])),
      allowPositionals: true,
      strict: true,
    });
    return { flags: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^.*?: /, "") : String(error));
  }
}

/** A flag as a number, or the default; anything else is a usage error naming the flag. */
export function numberFlag(
  flags: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
  check: (n: number) => boolean = Number.isFinite,
): number {
  const value = flags[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || value.trim() === "" || !check(n)) {
    throw new UsageError(`--${name} must be a valid number, got "${String(value)}"`);
  }
  return n;
}
