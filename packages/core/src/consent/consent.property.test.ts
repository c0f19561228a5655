import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentManager,
  type ConsentVia,
  createConsentManager,
  defaultPurposes,
  memoryStorage,
  needsConsent,
  safeParseConsentRecord,
} from "./manager.ts";
import { toConsentReceipt } from "./receipts.ts";

const consentIds = defaultPurposes.filter(needsConsent).map((p) => p.id);
const regions = ["DE", "FR", "GB", "CH", "US-CA", "US-TX", "JP", "", "??"];

type Action =
  | { kind: "acceptAll" }
  | { kind: "rejectAll" }
  | { kind: "set"; choices: Record<string, boolean> }
  | { kind: "withdraw"; purpose: string | undefined }
  | { kind: "noticeShown" }
  | { kind: "gpc"; signal: boolean }
  | { kind: "wait"; ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: "acceptAll" as const }),
  fc.constant({ kind: "rejectAll" as const }),
  fc
    .dictionary(fc.constantFrom(...consentIds), fc.boolean(), { maxKeys: 4 })
    .map((choices) => ({ kind: "set" as const, choices })),
  fc
    .option(fc.constantFrom(...consentIds), { nil: undefined })
    .map((purpose) => ({ kind: "withdraw" as const, purpose })),
  fc.constant({ kind: "noticeShown" as const }),
  fc.boolean().map((signal) => ({ kind: "gpc" as const, signal })),
  fc.integer({ min: 0, max: 400 * 86_400_000 }).map((ms) => ({ kind: "wait" as const, ms })),
);

function run(manager: ConsentManager, step: Action, advance: (ms: number) => void) {
  switch (step.kind) {
    case "acceptAll":
      return manager.acceptAll();
    case "rejectAll":
      return manager.rejectAll();
    case "set":
      return manager.set(step.choices);
    case "withdraw":
      return manager.withdraw(step.purpose);
    case "noticeShown":
      return manager.noticeShown();
    case "gpc":
      return manager.applyGpc(step.signal);
    case "wait":
      return advance(step.ms);
  }
}

function setup(region: string, minor = false) {
  let now = Date.UTC(2026, 0, 1);
  const storage = memoryStorage();
  const manager = createConsentManager({ region, minor, storage, clock: () => now });
  const advance = (ms: number) => {
    now += ms;
  };
  return { manager, storage, advance, now: () => now };
}

describe("consent invariants over random histories", () => {
  it("deny by default: without any recorded choice no consent purpose is granted, in every region", () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.boolean(), (region, minor) => {
        const { manager } = setup(region, minor);
        for (const id of consentIds) expect(manager.can(id)).toBe(false);
        expect(manager.needsPrompt()).toBe(true);
      }),
    );
  });

  it("withdraw-then-can is false, whatever came before", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.array(action, { maxLength: 25 }),
        fc.option(fc.constantFrom(...consentIds), { nil: undefined }),
        (region, history, purpose) => {
          const { manager, advance } = setup(region);
          for (const step of history) run(manager, step, advance);
          manager.withdraw(purpose);
          for (const id of purpose === undefined ? consentIds : [purpose])
            expect(manager.can(id)).toBe(false);
        },
      ),
    );
  });

  it("one record event per change: an action appends one event exactly when the state's choices change", () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.array(action, { maxLength: 30 }), (region, history) => {
        const { manager, advance } = setup(region);
        for (const step of history) {
          if (step.kind === "wait") {
            advance(step.ms);
            manager.getState();
            continue;
          }
          const before = manager.record()?.events ?? [];
          const grantedBefore = JSON.stringify(manager.getState().granted);
          const pendingBefore = manager.getState().pending.length;
          run(manager, step, advance);
          const added = (manager.record()?.events ?? []).filter((e) => !before.includes(e));
          // At most one event per call, after the lapse event (expired, notice-changed) a lapsed choice calls for.
          const lapses = added.filter((e) => e.type === "expired" || e.type === "notice-changed");
          expect(added.length - lapses.length).toBeLessThanOrEqual(1);
          expect(lapses.length).toBeLessThanOrEqual(added.length - lapses.length);
          expect(added.slice(0, lapses.length)).toEqual(lapses);
          const visible =
            JSON.stringify(manager.getState().granted) !== grantedBefore ||
            manager.getState().pending.length !== pendingBefore;
          if (visible) expect(added.length - lapses.length).toBe(1);
        }
      }),
    );
  });

  it("expiry: no purpose is granted once the regime's lifetime has passed since the last event", () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.array(action, { maxLength: 20 }), (region, history) => {
        const { manager, advance } = setup(region);
        for (const step of history) run(manager, step, advance);
        advance(manager.getState().regime.lifetimeMs);
        for (const id of consentIds) expect(manager.can(id)).toBe(false);
        expect(manager.needsPrompt()).toBe(true);
      }),
    );
  });

  it("the stored record reloads to the same decisions", () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.array(action, { maxLength: 20 }), (region, history) => {
        const { manager, storage, advance, now } = setup(region);
        for (const step of history) run(manager, step, advance);
        if (manager.record() === null) return;
        const reloaded = createConsentManager({ region, storage, clock: now });
        expect(reloaded.getState().granted).toEqual(manager.getState().granted);
        expect(reloaded.record()).toEqual(manager.record());
      }),
    );
  });

  it("special-category data is never granted except by naming it explicitly", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.array(
          action.filter((a) => a.kind !== "set" || !("sensitive" in a.choices)),
          { maxLength: 25 },
        ),
        (region, history) => {
          const { manager, advance } = setup(region);
          for (const step of history) run(manager, step, advance);
          expect(manager.can("sensitive")).toBe(false);
        },
      ),
    );
  });

  it("every record the manager stores verifies and reloads, whatever valid via was given", () => {
    const label = fc
      .string({ minLength: 1, maxLength: 128, unit: "grapheme" })
      .filter((t) => t.length <= 128 && !/\p{Cc}/u.test(t));
    const via: fc.Arbitrary<ConsentVia> = fc.record(
      { kind: fc.constantFrom("ui" as const, "api" as const), control: label, ui: label },
      { requiredKeys: ["kind"] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.array(fc.tuple(action, via), { maxLength: 15 }),
        (region, history) => {
          const { manager, storage, advance, now } = setup(region);
          for (const [step, v] of history) {
            if (step.kind === "acceptAll") manager.acceptAll(v);
            else if (step.kind === "set") manager.set(step.choices, v);
            else run(manager, step, advance);
            const text = storage.get("candor.consent");
            if (text === null) continue;
            const parsed = safeParseConsentRecord(text, { now: now() });
            expect(parsed.ok).toBe(true);
            expect(parsed.ok && parsed.value).toEqual(manager.record());
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reading never records: getState, can, needsPrompt, record and receipt leave the record and storage alone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.array(action, { maxLength: 20 }), (region, history) => {
        const { manager, storage, advance } = setup(region);
        for (const step of history) {
          run(manager, step, advance);
          const record = manager.record();
          const stored = storage.get("candor.consent");
          const state = manager.getState();
          manager.can("analytics");
          manager.needsPrompt();
          toConsentReceipt(manager);
          expect(manager.record()).toBe(record);
          expect(storage.get("candor.consent")).toBe(stored);
          expect(manager.getState()).toBe(state);
        }
      }),
    );
  });

  it("under a GPC signal no purpose it covers is granted, whatever the shopper clicks, short of an override", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.array(
          action.filter((a) => a.kind !== "gpc"),
          { maxLength: 25 },
        ),
        (region, history) => {
          let now = Date.UTC(2026, 0, 1);
          const manager = createConsentManager({ region, gpc: true, clock: () => now });
          for (const step of history) {
            run(manager, step, (ms) => {
              now += ms;
            });
            const { gpc } = manager.getState();
            for (const id of gpc.purposes) expect(manager.can(id)).toBe(false);
            if (gpc.purposes.length > 0) expect(gpc.honored).toBe(true);
          }
        },
      ),
    );
  });
});
