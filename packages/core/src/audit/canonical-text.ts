/**
 * Canonical JSON text for hashing, fast: when every object's keys are already in sorted order (as the log builds
 * them, and as they come back from a file it wrote), `JSON.stringify` is canonical and three times faster; any
 * other value goes through the shared `canonicalJson`. Both give the same text for the same JSON data.
 */
import { canonicalJson } from "../internal/canonical-json.ts";

/** `canonicalJson(value)`, taking the fast path for plain JSON data whose keys are sorted at every level. */
export function canonicalText(value: unknown): string {
  return isSortedJson(value) ? JSON.stringify(value) : canonicalJson(value);
}

function isSortedJson(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return true;
    case "object":
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === undefined || !isSortedJson(item)) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous = "";
  let first = true;
  for (const key in value) {
    if (!first && !(previous < key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || !isSortedJson(item)) return false;
    previous = key;
    first = false;
  }
  return true;
}
