import { describe, expect, it, vi } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import type { ConsentState } from "../consent/types.ts";
import { safeParseOutcome } from "./admit-outcome.ts";
import { admitOutcome, createOutcomeLog, InputError, parseOutcome } from "./index.ts";

const T0 = Date.UTC(2026, 0, 10);

function state(subject: string, choice: "analytics" | "personalization-only" | "none"): ConsentState {
  const manager = createConsentManager({ region: "DE", subject, clock: () => T0 });
  if (choice === "analytics") manager.set({ analytics: true, "personalization.browsing": true });
  if (choice === "personalization-only") manager.set({ "personalization.browsing": true });
  return manager.getState();
}

const click = (subject: string, at = T0) => ({
  type: "click",
  subject,
  at,
  surface: "home",
  arm: "personalized",
  slate: "sl_1",
  item: "p_1",
});

describe("outcome events", () => {
  it("parses valid events, dropping unknown fields", () => {
    const outcome = parseOutcome({ ...click("s_1"), email: "a@b.c" });
    expect(outcome).toEqual(click("s_1"));
    expect(Object.isFrozen(outcome)).toBe(true);
    expect(parseOutcome({ ...click("s_1"), type: "purchase", revenue: 19.9 })).toMatchObject({
      revenue: 19.9,
    });
  });

  it("names the offending field of an invalid event", () => {
    const bad = (input: unknown) => {
      const result = safeParseOutcome(input);
      return result.ok ? null : result.error;
    };
    expect(bad({ ...click("s_1"), type: "purchase" })).toMatchObject({
      name: "InputError",
      path: "revenue",
    });
    expect(bad({ ...click("s_1"), type: "purchase", revenue: -1 })?.path).toBe("revenue");
    expect(bad({ ...click("s_1"), type: "purchase", revenue: Number.POSITIVE_INFINITY })?.path).toBe(
      "revenue",
    );
    expect(bad({ ...click("s_1"), at: 1.5 })?.path).toBe("at");
    expect(bad({ ...click("s_1"), subject: "" })?.path).toBe("subject");
    expect(bad({ ...click("s_1"), type: "view" })?.path).toBe("type");
    expect(() => parseOutcome({ ...click("s_1"), arm: 3 })).toThrow(InputError);
  });

  it("admits an event only when the subject's consent grants analytics", () => {
    expect(admitOutcome(click("s_1"), state("s_1", "analytics")).admitted).toBe(true);
    expect(admitOutcome(click("s_1"), state("s_1", "personalization-only"))).toMatchObject({
      admitted: false,
      reason: "not-granted",
    });
    expect(admitOutcome(click("s_1"), state("s_1", "none"))).toMatchObject({
      admitted: false,
      reason: "no-consent",
    });
    expect(admitOutcome(click("s_1"), undefined)).toMatchObject({ admitted: false, reason: "no-consent" });
    const invalid = admitOutcome({ type: "click" }, state("s_1", "analytics"));
    expect(invalid).toMatchObject({ admitted: false, reason: "invalid" });
    expect(!invalid.admitted && invalid.error).toBeInstanceOf(InputError);
  });
});

describe("createOutcomeLog", () => {
  it("a shopper without the analytics purpose contributes no outcome events", () => {
    const consents = new Map([
      ["s_yes", state("s_yes", "analytics")],
      ["s_no", state("s_no", "personalization-only")],
      ["s_undecided", state("s_undecided", "none")],
    ]);
    const onDrop = vi.fn();
    const log = createOutcomeLog({ consentOf: (subject) => consents.get(subject), onDrop });
    for (const subject of ["s_yes", "s_no", "s_undecided", "s_unknown"]) {
      for (const type of ["impression", "click", "add_to_cart"]) log.record({ ...click(subject), type });
      log.record({ ...click(subject), type: "purchase", revenue: 30 });
    }
    expect(log.outcomes()).toHaveLength(4);
    expect(new Set(log.outcomes().map((o) => o.subject))).toEqual(new Set(["s_yes"]));
    expect(log.getState().dropped).toEqual({ invalid: 0, "no-consent": 8, "not-granted": 4 });
    expect(onDrop).toHaveBeenCalledTimes(12);
    expect(JSON.stringify(onDrop.mock.calls)).not.toContain("s_no");
  });

  it("uses the consent passed to record over consentOf, and drops everything without either", () => {
    const log = createOutcomeLog();
    expect(log.record(click("s_1"))).toMatchObject({ admitted: false, reason: "no-consent" });
    expect(log.record(click("s_1"), state("s_1", "analytics")).admitted).toBe(true);
    const denying = createOutcomeLog({ consentOf: () => state("x", "analytics") });
    expect(denying.record(click("s_1"), state("s_1", "personalization-only")).admitted).toBe(false);
    const throwing = createOutcomeLog({
      consentOf: () => {
        throw new Error("storage down");
      },
    });
    expect(throwing.record(click("s_1"))).toMatchObject({ admitted: false, reason: "no-consent" });
  });

  it("erases a subject's outcomes, notifies subscribers and keeps snapshots stable", () => {
    const consent = state("s_1", "analytics");
    const log = createOutcomeLog({ initial: [click("s_2")] });
    const listener = vi.fn();
    const unsubscribe = log.subscribe(listener);
    log.record(click("s_1"), consent);
    log.record(click("s_1", T0 + 1), consent);
    const snapshot = log.getState();
    expect(log.getState()).toBe(snapshot);
    expect(snapshot.outcomes).toHaveLength(3);
    expect(log.erase("s_1")).toBe(2);
    expect(log.outcomes().map((o) => o.subject)).toEqual(["s_2"]);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    log.erase("s_2");
    expect(listener).toHaveBeenCalledTimes(3);
    expect(() => createOutcomeLog({ initial: [{ type: "click" }] })).toThrow(InputError);
  });
});
