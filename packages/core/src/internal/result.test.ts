import { describe, expect, it } from "vitest";
import { ConfigError, InputError, StorageError } from "./candor-error.ts";
import { safe, safeAsync } from "./result.ts";

const parsePositive = (value: number): number => {
  if (value === 0) throw new TypeError("a bug, not bad input");
  if (value < 0) throw new ConfigError("value", "must be positive", value);
  return value;
};

describe("safe", () => {
  it("returns the value, returns an expected error, and rethrows any other", () => {
    const safeParse = safe(parsePositive, ConfigError);
    expect(safeParse(2)).toEqual({ ok: true, value: 2 });
    const failed = safeParse(-1);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error).toMatchObject({ code: "invalid-option", path: "value", value: -1 });
    expect(() => safeParse(0)).toThrow(TypeError);
  });

  it("the async variant resolves expected rejections of any listed class and rejects the rest", async () => {
    const append = async (kind: string) => {
      if (kind === "input") throw new InputError("item", "expected a string");
      if (kind === "storage") throw new StorageError("log", "append", "disk full");
      if (kind === "bug") throw new RangeError("bug");
      return kind;
    };
    const safeAppend = safeAsync(append, InputError, StorageError);
    await expect(safeAppend("ok")).resolves.toEqual({ ok: true, value: "ok" });
    await expect(safeAppend("input")).resolves.toMatchObject({ ok: false, error: { code: "invalid-input" } });
    await expect(safeAppend("storage")).resolves.toMatchObject({
      ok: false,
      error: { code: "storage-failed", message: "Explanation log storage append failed: disk full" },
    });
    await expect(safeAppend("bug")).rejects.toThrow(RangeError);
  });
});
