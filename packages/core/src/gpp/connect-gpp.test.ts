import { GppModel } from "@iabgpp/cmpapi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { ConfigError, connectGpp, installGppStub } from "./index.ts";

type GppCall = (
  command: string,
  callback?: (data: unknown, success: boolean) => void,
  parameter?: unknown,
) => void;
const host = globalThis as { window?: unknown; __gpp?: GppCall };

beforeEach(() => {
  host.window = globalThis; // @iabgpp/cmpapi installs itself on `window`
});
afterEach(() => {
  delete host.window;
  delete host.__gpp;
});

const call = (command: string, parameter?: unknown) =>
  new Promise<unknown>((resolve) => host.__gpp?.(command, (data) => resolve(data), parameter));

describe("connectGpp", () => {
  it("answers ping, hasSection and getSection, and fires sectionChange on a change", async () => {
    const manager = createConsentManager({ region: "US-CA" });
    const limited = { on: false };
    const connection = connectGpp(manager, { cmpId: 300, limitSensitive: () => limited.on });
    expect(await call("ping")).toMatchObject({
      cmpId: 300,
      cmpStatus: "loaded",
      signalStatus: "ready",
      applicableSections: [8],
      supportedAPIs: ["7:usnat", "8:usca"],
      cmpDisplayStatus: "visible",
    });
    expect(await call("hasSection", "usca")).toBe(true);
    expect(await call("getSection", "usca")).toMatchObject({ SaleOptOutNotice: 2, SaleOptOut: 0 });
    const events: string[] = [];
    host.__gpp?.("addEventListener", (event) => {
      const e = event as { eventName: string; data: unknown };
      events.push(e.eventName === "sectionChange" ? `sectionChange:${String(e.data)}` : e.eventName);
    });
    manager.noticeShown();
    manager.set({ "advertising.cross-context": false });
    expect(events.filter((e) => e.startsWith("sectionChange"))).toEqual([
      "sectionChange:usnat",
      "sectionChange:usca",
      "sectionChange:usnat",
      "sectionChange:usca",
    ]);
    expect(await call("getSection", "usnat")).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1 });
    expect(new GppModel(connection.gppString()).getFieldValue("usca", "SaleOptOut")).toBe(1);
    manager.set({ sensitive: true });
    limited.on = true;
    connection.refresh();
    expect((await call("getSection", "usca")) as { SensitiveDataProcessing: number[] }).toMatchObject({
      SensitiveDataProcessing: [0, 0, 0, 1, 0, 0, 1, 1, 1],
    });
    expect((await call("ping")) as { cmpDisplayStatus: string }).toMatchObject({
      cmpDisplayStatus: "hidden",
    });
  });

  it("answers calls queued by the stub before the CMP loaded", async () => {
    installGppStub();
    expect(await call("ping")).toMatchObject({ cmpStatus: "stub" });
    const early = call("hasSection", "usnat");
    connectGpp(createConsentManager({ region: "US-TX" }), { cmpId: 300 });
    expect(await early).toBe(true);
  });

  it("marks no section applicable outside the US", async () => {
    connectGpp(createConsentManager({ region: "FR" }), { cmpId: 300 });
    expect(await call("ping")).toMatchObject({ applicableSections: [-1] });
  });

  it("rejects a CMP id that IAB could not have registered", () => {
    const manager = createConsentManager({ region: "US-CA" });
    expect(() => connectGpp(manager, { cmpId: 0 })).toThrow(ConfigError);
    expect(() => connectGpp(manager, { cmpId: 2, sections: ["uspv1" as "usnat"] })).toThrow(/sections\.0/);
  });
});
