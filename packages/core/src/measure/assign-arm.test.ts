import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseExperiment, safeParseExperiment } from "../internal/assign-arm.ts";
import { type AssignArmOptions, assignArm, ConfigError } from "./index.ts";

const experiment = {
  key: "test-key-0123456789abcdef",
  salt: "exp-1",
  arms: [
    { id: "personalized", share: 0.9, kind: "personalized" },
    { id: "holdout", share: 0.05, kind: "control" },
    { id: "challenger", share: 0.05, kind: "challenger" },
  ],
} as const satisfies AssignArmOptions;

const errorOf = (input: unknown) => {
  const result = safeParseExperiment(input);
  return result.ok ? null : result.error;
};

describe("assignArm", () => {
  it("gives a subject the same arm on every visit and every surface", () => {
    for (let i = 0; i < 200; i++) {
      const first = assignArm(`s_${i}`, experiment);
      expect(assignArm(`s_${i}`, { ...experiment })).toEqual(first);
      expect(assignArm(`s_${i}`, { ...experiment, surface: "pdp" })?.arm).toBe(first?.arm);
      expect(assignArm(`s_${i}`, { ...experiment, surface: "home" })?.draw).toBe(first?.draw);
    }
  });

  it("draws u from the first 53 bits of HMAC-SHA-256(key, salt ‖ 0x00 ‖ subject)", () => {
    const mac = createHmac("sha256", experiment.key).update("exp-1\u0000s_42").digest();
    const expected = (mac.readUInt32BE(0) * 2 ** 21 + (mac.readUInt32BE(4) >>> 11)) / 2 ** 53;
    expect(assignArm("s_42", experiment)?.draw).toBe(expected);
  });

  it("splits subjects by the configured shares (90 / 5 / 5 within 4 standard errors)", () => {
    const n = 20_000;
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const arm = assignArm(`subject-${i}`, experiment)?.arm ?? "none";
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    for (const arm of experiment.arms) {
      const se = Math.sqrt((arm.share * (1 - arm.share)) / n);
      expect(Math.abs((counts.get(arm.id) ?? 0) / n - arm.share)).toBeLessThan(4 * se);
    }
  });

  it("reshuffles with a new salt or key, and never picks a zero-share arm", () => {
    let moved = 0;
    for (let i = 0; i < 500; i++) {
      const a = assignArm(`s_${i}`, experiment)?.draw ?? 0;
      const b = assignArm(`s_${i}`, { ...experiment, salt: "exp-2" })?.draw ?? 0;
      const c = assignArm(`s_${i}`, { ...experiment, key: "another-key" })?.draw ?? 0;
      if (a !== b && a !== c) moved++;
    }
    expect(moved).toBe(500);
    const lopsided = {
      key: "k",
      arms: [
        { id: "never", share: 0, kind: "challenger" },
        { id: "all", share: 1, kind: "personalized" },
      ],
    } as const;
    for (let i = 0; i < 300; i++) expect(assignArm(`s_${i}`, lopsided)?.arm).toBe("all");
  });

  it("gives no arm to a missing subject", () => {
    expect(assignArm("", experiment)).toBeNull();
    expect(assignArm(undefined as unknown as string, experiment)).toBeNull();
  });

  it("gives no arm on a surface the experiment is switched off for", () => {
    const onHome = { ...experiment, surfaces: ["home"] };
    expect(assignArm("s_1", { ...onHome, surface: "home" })).not.toBeNull();
    expect(assignArm("s_1", { ...onHome, surface: "pdp" })).toBeNull();
    expect(assignArm("s_1", { ...onHome, surface: "home" })?.surface).toBe("home");
    expect(assignArm("s_1", onHome)?.surface).toBeNull();
  });

  it("rejects invalid experiments with the path and reason", () => {
    const arms = experiment.arms;
    expect(errorOf({ ...experiment, arms: [{ ...arms[0], share: 0.8 }, arms[1], arms[2]] })).toMatchObject({
      name: "ConfigError",
      path: "arms",
      reason: "shares must sum to 1",
    });
    expect(errorOf({ ...experiment, arms: [arms[0], { ...arms[1], share: -0.05 }, arms[2]] })?.path).toBe(
      "arms.1.share",
    );
    expect(
      errorOf({ ...experiment, arms: [arms[0], { ...arms[1], id: "personalized" }, arms[2]] })?.reason,
    ).toBe("arm ids must be unique");
    expect(errorOf({ ...experiment, arms: [{ ...arms[0], kind: "other" }] })?.path).toBe("arms.0.kind");
    expect(errorOf({ ...experiment, key: "" })?.path).toBe("key");
    expect(errorOf({ ...experiment, arms: [] })?.path).toBe("arms");
    expect(errorOf({ ...experiment, extra: 1 })?.path).toBe("extra");
    expect(() => assignArm("s", { ...experiment, key: new Uint8Array(0) })).toThrow(ConfigError);
    expect(parseExperiment(experiment)).toBe(experiment);
  });
});
