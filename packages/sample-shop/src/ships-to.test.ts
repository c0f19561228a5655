import { describe, expect, it } from "vitest";
import { isEuRegion, shipsTo } from "./ships-to.ts";

describe("shipsTo", () => {
  it("ships items without regions everywhere", () => {
    expect(shipsTo({}, "US-TX")).toBe(true);
  });

  it("lets EU cover member states, a country cover its states, and a code cover itself only", () => {
    expect(shipsTo({ regions: ["EU"] }, "DE")).toBe(true);
    expect(shipsTo({ regions: ["EU"] }, "US-CA")).toBe(false);
    expect(shipsTo({ regions: ["US"] }, "US-CA")).toBe(true);
    expect(shipsTo({ regions: ["US-CA"] }, "US-TX")).toBe(false);
    expect(shipsTo({ regions: ["FR"] }, "FR")).toBe(true);
    expect(shipsTo({ regions: [] }, "FR")).toBe(false);
  });
});

describe("isEuRegion", () => {
  it("knows EU member states and not others", () => {
    expect(["DE", "FR", "ES", "NL", "IT", "EU"].every(isEuRegion)).toBe(true);
    expect(["GB", "CH", "US", "US-CA"].some(isEuRegion)).toBe(false);
  });
});
