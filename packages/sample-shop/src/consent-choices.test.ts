import { describe, expect, it } from "vitest";
import { consentChoices, PURPOSE_IDS } from "./consent-choices.ts";

const on = (choices: Record<string, boolean>) => Object.keys(choices).filter((k) => choices[k]);

describe("consentChoices", () => {
  it("accepts all but the special-category purpose, which needs its own explicit consent", () => {
    expect(on(consentChoices("accept-all"))).toEqual(PURPOSE_IDS.filter((p) => p !== "sensitive"));
  });

  it("rejects all, or allows browsing only", () => {
    expect(on(consentChoices("reject-all"))).toEqual([]);
    expect(on(consentChoices("browsing-only"))).toEqual(["personalization.browsing"]);
  });

  it("turns on exactly the custom purposes", () => {
    expect(on(consentChoices("custom", { custom: ["analytics", "sensitive"] }))).toEqual([
      "analytics",
      "sensitive",
    ]);
  });

  it("keeps sale/sharing and marketing off under GPC whatever the answer", () => {
    const choices = consentChoices("accept-all", { gpc: true });
    expect(choices["advertising.cross-context"]).toBe(false);
    expect(choices["marketing.email"]).toBe(false);
    expect(choices["personalization.browsing"]).toBe(true);
  });
});
