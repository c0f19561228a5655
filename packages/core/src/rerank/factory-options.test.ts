import { describe, expect, it } from "vitest";
import { ConfigError, createExposureTracker, createRerankStage } from "./index.ts";

describe("re-rank factories validate their options once, at creation", () => {
  it("rejects unknown options, naming them", () => {
    expect(() => createRerankStage({ defaultVarity: 0.5 } as never)).toThrow(/defaultVarity/);
    expect(() => createExposureTracker({ decy: 0.9 } as never)).toThrow(ConfigError);
  });

  it("rejects values out of range and names nested config paths", () => {
    expect(() => createRerankStage({ defaultVariety: 2 })).toThrow(/defaultVariety/);
    expect(() => createExposureTracker({ decay: 0 })).toThrow(/decay/);
    expect(() => createRerankStage({ config: { stages: [{ stage: "mmr", lambda: 3 }] } as never })).toThrow(
      /config\.stages\.0\.lambda/,
    );
    expect(() => createRerankStage({ exposure: {} as never })).toThrow(/exposure/);
  });

  it("describes its stages for the disclosure", () => {
    const stage = createRerankStage({ defaultVariety: 0.5 });
    expect(stage.defaultVariety).toBe(0.5);
    expect(stage.stages?.length).toBeGreaterThan(0);
  });
});
