import { describe, expect, it } from "vitest";
import { SIX_MONTHS_MS } from "../consent/jurisdiction.ts";
import { createConsentManager } from "../consent/manager.ts";
import { createPolicy, decide } from "./index.ts";

const T0 = Date.UTC(2026, 0, 1);

function clock() {
  let now = T0;
  const fn = () => now;
  fn.advance = (ms: number) => {
    now += ms;
  };
  return fn;
}

const recommend = { purpose: "recommend", surface: "home" } as const;

describe("decide", () => {
  it("is non-profiling before any choice, denying every category as not decided (deny by default)", () => {
    const decision = decide(createConsentManager({ region: "DE" }).getState(), recommend);
    expect(decision).toMatchObject({ mode: "non_profiling", reason: "not-decided", allowed: [], basis: [] });
    expect(decision.denied.every((d) => d.reason === "not-decided")).toBe(true);
    expect(decision.denied.map((d) => d.category)).toContain("pd:BrowsingBehavior");
  });

  it("is non-profiling after reject all, and when the regime is unknown and nothing was chosen", () => {
    const rejected = createConsentManager({ region: "FR" });
    rejected.rejectAll();
    expect(decide(rejected.getState(), recommend)).toMatchObject({
      mode: "non_profiling",
      reason: "no-personalization",
    });
    expect(decide(createConsentManager({ region: null }).getState(), recommend).mode).toBe("non_profiling");
  });

  it("allows the granted purposes' categories and cites purpose and consent event per category (GDPR Art. 7(1))", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.acceptAll();
    const state = consent.getState();
    const decision = decide(state, recommend);
    expect(decision.mode).toBe("personalized");
    expect(decision.surface).toBe("home");
    expect(decision.allowed).toEqual([
      "pd:BrowsingBehavior",
      "pd:SearchHistory",
      "pd:Purchase",
      "pd:Rating",
      "pd:DeviceBased",
      "pd:Location",
      "candor:TimeOfDay",
    ]);
    expect(decision.basis[0]).toEqual({
      category: "pd:BrowsingBehavior",
      purpose: "personalization.browsing",
      consentEventId: state.lastEventId,
      recordId: state.recordId,
    });
    expect(decision.signalOnly).toEqual([]);
    expect(decision.denied.map((d) => [d.category, d.reason])).toContainEqual(["pd:Health", "not-granted"]);
    expect(decision.collaborative).toBe(true);
    expect(Object.isFrozen(decision)).toBe(true);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it("binds each category to its own purpose: similar shoppers never makes browsing evidence (GDPR Art. 5(1)(b))", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.acceptAll();
    consent.withdraw("personalization.browsing");
    const decision = decide(consent.getState(), recommend);
    expect(decision.mode).toBe("personalized");
    expect(decision.allowed).not.toContain("pd:BrowsingBehavior");
    expect(decision.denied.find((d) => d.category === "pd:BrowsingBehavior")?.reason).toBe("not-granted");
    expect(decision.denied.find((d) => d.category === "pd:SearchHistory")?.reason).toBe("not-granted");
    expect(decision.basis.map((b) => b.purpose)).not.toContain("personalization.similar-shoppers");
    expect(decision).toMatchObject({ collaborative: true, sharedStatistics: true });
  });

  it("similar shoppers alone is no personalization, but lets the data into shared statistics", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.set({ "personalization.similar-shoppers": true });
    const decision = decide(consent.getState(), recommend);
    expect(decision).toMatchObject({
      mode: "non_profiling",
      reason: "no-personalization",
      sharedStatistics: true,
    });
    expect(decide(consent.getState(), { ...recommend, nonPersonalized: true }).sharedStatistics).toBe(true);
  });

  it("makes the collaborative permission visible on its own", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.set({ "personalization.browsing": true });
    expect(decide(consent.getState(), recommend).collaborative).toBe(false);
    consent.set({ "personalization.similar-shoppers": true });
    expect(decide(consent.getState(), recommend).collaborative).toBe(true);
  });

  it("is non-profiling when the shopper chose the non-personalized feed (DSA Art. 38)", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.acceptAll();
    expect(decide(consent.getState(), { ...recommend, nonPersonalized: true })).toMatchObject({
      mode: "non_profiling",
      reason: "non-personalized-chosen",
      allowed: [],
    });
  });

  it("is non-profiling once consent has expired", () => {
    const time = clock();
    const consent = createConsentManager({ region: "DE", clock: time });
    consent.acceptAll();
    time.advance(SIX_MONTHS_MS + 1);
    expect(decide(consent.getState(), recommend)).toMatchObject({
      mode: "non_profiling",
      reason: "not-decided",
    });
  });

  it("allows special categories only with the explicit purpose, as signals only (GDPR Art. 9(2)(a))", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.acceptAll();
    consent.set({ sensitive: true });
    const decision = decide(consent.getState(), recommend);
    expect(decision.allowed).toContain("pd:Health");
    expect(decision.signalOnly).toContain("pd:Health");
    expect(decision.basis.find((b) => b.category === "pd:Health")?.purpose).toBe("sensitive");
  });

  it("a special purpose alone is no basis for personalization", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.set({ sensitive: true });
    const decision = decide(consent.getState(), recommend);
    expect(decision).toMatchObject({ mode: "non_profiling", reason: "no-personalization", allowed: [] });
    expect(decision.denied.find((d) => d.category === "pd:Health")?.reason).toBe("no-personalization");
  });

  it("the CPRA limit flag denies special categories (CPRA §7027)", () => {
    const consent = createConsentManager({ region: "US-CA" });
    consent.acceptAll();
    consent.set({ sensitive: true });
    const decision = decide({ ...consent.getState(), limitSensitive: true }, recommend);
    expect(decision.allowed).not.toContain("pd:Health");
    expect(decision.denied.find((d) => d.category === "pd:Health")?.reason).toBe("limit-sensitive");
    expect(decision.signalOnly).toEqual([]);
  });

  it("gives a minor no profiling-based advertising, even after an opt-in in California (DSA Art. 28(2))", () => {
    const consent = createConsentManager({ region: "US-CA", minor: true });
    consent.acceptAll();
    consent.set({ "advertising.cross-context": true, "marketing.email": true });
    for (const purpose of ["advertise", "email"]) {
      const decision = decide(consent.getState(), { purpose });
      expect(decision.mode).toBe("non_profiling");
      expect(decision.denied.every((d) => d.reason === "minor")).toBe(true);
    }
    // No profiling-based recommendations either, unless the shop allows it where the law does.
    expect(decide(consent.getState(), recommend)).toMatchObject({ mode: "non_profiling", reason: "minor" });
    expect(decide(consent.getState(), recommend).sharedStatistics).toBe(false);
    const allowing = createPolicy({ personalizeMinors: true });
    expect(decide(consent.getState(), recommend, allowing).mode).toBe("personalized");
    expect(decide(consent.getState(), { purpose: "advertise" }, allowing).mode).toBe("non_profiling");
  });

  it("never throws: an unknown request purpose or a malformed state means non-profiling", () => {
    const consent = createConsentManager({ region: "DE" });
    consent.acceptAll();
    expect(decide(consent.getState(), { purpose: "resell" })).toMatchObject({
      mode: "non_profiling",
      reason: "unknown-request-purpose",
    });
    expect(decide(consent.getState(), { purpose: "toString" }).reason).toBe("unknown-request-purpose");
    expect(decide(null as never, recommend)).toMatchObject({
      mode: "non_profiling",
      reason: "invalid-consent-state",
    });
    expect(decide({ subject: "x" } as never, recommend).mode).toBe("non_profiling");
    expect(decide(consent.getState(), null as never).reason).toBe("unknown-request-purpose");
  });
});
