import { describe, expect, it } from "vitest";
import {
  ConsentConfigError,
  ConsentInputError,
  type ConsentIssue,
  createConsentManager,
  defaultPurposes,
  detectGpc,
  gpcFromHeaders,
  memoryStorage,
} from "./manager.ts";

const BROWSING = "personalization.browsing";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("the inputs of a choice are validated when the choice is made", () => {
  it.each([
    [{ kind: "button" }, "via.kind"],
    [{ kind: "gpc" }, "via.kind"],
    [{ kind: "system", control: "lifetime" }, "via.kind"],
    [{ kind: "ui", control: 42 }, "via.control"],
    [{ kind: "ui", control: "" }, "via.control"],
    [{ kind: "ui", control: "x".repeat(129) }, "via.control"],
    [{ kind: "ui", ui: "banner\n@1" }, "via.ui"],
    [{ kind: "ui", contorl: "banner.accept-all" }, "via.contorl"],
    ["ui", "via"],
    [null, "via"],
  ])("a via of %j throws a ConsentInputError naming %s and records nothing", (via, path) => {
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "DE", storage });
    for (const call of [
      () => manager.acceptAll(via as never),
      () => manager.rejectAll(via as never),
      () => manager.set({ analytics: true }, via as never),
      () => manager.withdraw(undefined, via as never),
      () => manager.noticeShown(via as never),
      () => manager.confirmGpcOverride("analytics", via as never),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(ConsentInputError);
      expect((error as ConsentInputError).path).toBe(path);
      expect((error as Error).message).toContain(path);
    }
    expect(manager.record()).toBeNull();
    expect(storage.get("candor.consent")).toBeNull();
  });

  it("a valid via, however unusual, is recorded and reloads (the record never becomes unreadable)", () => {
    const storage = memoryStorage();
    const issues: ConsentIssue[] = [];
    const via = { kind: "ui", control: "bannière.tout-accepter ✓", ui: "x".repeat(128) } as const;
    createConsentManager({ region: "FR", storage, subject: "s1" }).acceptAll(via);
    const again = createConsentManager({
      region: "FR",
      storage,
      subject: "s1",
      onError: (i) => issues.push(i),
    });
    expect(issues).toEqual([]);
    expect(again.record()?.events[0]?.via).toEqual(via);
    expect(again.can(BROWSING)).toBe(true);
  });

  it("copies via, so changing the object afterwards does not change the record", () => {
    const manager = createConsentManager({ region: "DE" });
    const via = { kind: "ui" as const, control: "settings.save" };
    manager.set({ analytics: true }, via);
    (via as { control: string }).control = "changed";
    expect(manager.record()?.events[0]?.via.control).toBe("settings.save");
  });

  it.each([
    [null, "choices"],
    [[true], "choices"],
    ["analytics", "choices"],
    [{ analytics: "yes" }, "choices.analytics"],
    [{ analytics: true, [BROWSING]: 1 }, `choices.${BROWSING}`],
  ])("a choice map %j throws naming %s and applies nothing of it", (choices, path) => {
    const manager = createConsentManager({ region: "DE" });
    const error = thrown(() => manager.set(choices as never));
    expect(error).toBeInstanceOf(ConsentInputError);
    expect((error as ConsentInputError).path).toBe(path);
    expect(manager.can("analytics")).toBe(false);
    expect(manager.record()).toBeNull();
  });

  it("an unknown purpose id is reported and ignored; the rest of the choice applies", () => {
    const issues: ConsentIssue[] = [];
    const manager = createConsentManager({ region: "DE", onError: (i) => issues.push(i) });
    manager.set({ nope: true, analytics: true });
    manager.withdraw("gone");
    manager.confirmGpcOverride("gone", { kind: "ui", control: "gpc-conflict.confirm" });
    expect(manager.can("analytics")).toBe(true);
    expect(manager.can("nope")).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["unknown-purpose", "unknown-purpose", "unknown-purpose"]);
    expect(manager.record()?.events).toHaveLength(1);
  });

  it("rejects a purpose that is not a string, a GPC signal that is not a boolean, and an override without via", () => {
    const manager = createConsentManager({ region: "US-CA", gpc: true });
    expect((thrown(() => manager.withdraw(42 as never)) as ConsentInputError).path).toBe("purpose");
    expect((thrown(() => manager.applyGpc("1" as never)) as ConsentInputError).path).toBe("signal");
    expect(
      (thrown(() => manager.confirmGpcOverride("analytics", undefined as never)) as ConsentInputError).path,
    ).toBe("via");
    expect(
      (thrown(() => manager.confirmGpcOverride(7 as never, { kind: "ui" })) as ConsentInputError).path,
    ).toBe("purpose");
  });
});

describe("options are checked at creation, unknown keys included", () => {
  it.each([
    [{ regoin: "DE" }, "regoin"],
    [{ region: "DE", clockSkew: 5 }, "clockSkew"],
    [{ notice: { id: "n", version: "1", verison: "2" } }, "notice.verison"],
    [{ controller: { name: "Shop", mail: "x@example.com" } }, "controller.mail"],
    [{ purposes: [{ ...defaultPurposes[1], saleOrSharnig: true }] }, "purposes.0.saleOrSharnig"],
    [{ notice: { id: "", version: "1" } }, "notice.id"],
    [{ clockSkewMs: -1 }, "clockSkewMs"],
  ])("rejects %j with a ConsentConfigError naming %s", (options, path) => {
    const error = thrown(() => createConsentManager(options as never));
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).path).toBe(path);
    expect((error as Error).message).toContain(path);
  });

  it("rejects options that are not an object", () => {
    expect(thrown(() => createConsentManager(null as never))).toBeInstanceOf(ConsentConfigError);
    expect(thrown(() => createConsentManager("DE" as never))).toBeInstanceOf(ConsentConfigError);
  });
});

describe("GPC readers never throw", () => {
  it.each([
    undefined,
    null,
    42,
    "Sec-GPC: 1",
    [],
    { get: () => 1 },
    {
      get: () => {
        throw new Error("boom");
      },
    },
    { "sec-gpc": 1 },
    { "sec-gpc": [] },
    Object.create(null),
  ])("gpcFromHeaders(%j) is false", (headers) => {
    expect(gpcFromHeaders(headers as never)).toBe(false);
  });

  it("detectGpc is false for a navigator whose getter throws", () => {
    const nav = Object.defineProperty({}, "globalPrivacyControl", {
      get() {
        throw new Error("denied");
      },
    });
    expect(detectGpc(nav)).toBe(false);
    expect(detectGpc(null)).toBe(false);
  });
});

describe("what the manager writes always reads back", () => {
  it("a clock with fractions of a millisecond is floored, so the record reloads", () => {
    const storage = memoryStorage();
    createConsentManager({
      region: "DE",
      storage,
      subject: "s1",
      clock: () => 1_767_225_600_000.75,
    }).acceptAll();
    const issues: ConsentIssue[] = [];
    const again = createConsentManager({
      region: "DE",
      storage,
      subject: "s1",
      clock: () => 1_767_225_600_000,
      onError: (i) => issues.push(i),
    });
    expect(issues).toEqual([]);
    expect(again.record()?.events[0]?.at).toBe(1_767_225_600_000);
  });

  it("refuses a purpose id longer than a record may hold", () => {
    const error = thrown(() =>
      createConsentManager({ purposes: [{ ...defaultPurposes[1], id: `p${"x".repeat(128)}` }] }),
    );
    expect((error as ConsentConfigError).path).toBe("purposes.0.id");
  });
});
