import { describe, expect, it } from "vitest";
import { resolveRegime } from "./index.ts";
import { SIX_MONTHS_MS, TWELVE_MONTHS_MS } from "./jurisdiction.ts";

describe("resolveRegime", () => {
  it.each(["DE", "FR", "IE", "NO", "IS", "LI", "GB", "CH", "de", " fr "])(
    "treats %s as GDPR opt-in",
    (region) => {
      const regime = resolveRegime(region);
      expect(regime).toMatchObject({ id: "gdpr", model: "opt-in", lifetimeMs: SIX_MONTHS_MS });
    },
  );

  it("treats EU subdivisions like their country", () => {
    expect(resolveRegime("ES-CT").id).toBe("gdpr");
  });

  it("treats California as CPRA opt-out with a twelve-month lifetime", () => {
    expect(resolveRegime("US-CA")).toEqual({
      id: "cpra",
      region: "US-CA",
      model: "opt-out",
      lifetimeMs: TWELVE_MONTHS_MS,
    });
  });

  it("is privacy-first opt-in elsewhere unless the shop opts a region out", () => {
    expect(resolveRegime("US-TX")).toMatchObject({ id: "opt-in", model: "opt-in" });
    expect(resolveRegime("JP")).toMatchObject({ id: "opt-in", model: "opt-in" });
    expect(resolveRegime("US-TX", { optOutRegions: ["US-TX"] })).toMatchObject({
      id: "opt-out",
      model: "opt-out",
    });
    expect(resolveRegime("US-NY", { optOutRegions: ["US"] })).toMatchObject({ model: "opt-out" });
  });

  it.each([undefined, null, "", "Germany", "X", "12", "DE_BY"])(
    "uses the strictest regime for %j",
    (region) => {
      expect(resolveRegime(region)).toMatchObject({ id: "strictest", region: null, model: "opt-in" });
    },
  );

  it("takes a configured lifetime for opt-in regimes", () => {
    expect(resolveRegime("DE", { lifetimeMs: 1000 }).lifetimeMs).toBe(1000);
  });
});
