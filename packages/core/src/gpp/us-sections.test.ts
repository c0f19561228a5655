import { GppModel } from "@iabgpp/cmpapi";
import { describe, expect, it } from "vitest";
import { type ConsentManager, createConsentManager } from "../consent/manager.ts";
import { applicableSection } from "./connect-gpp.ts";
import { type EncodeGppOptions, encodeGpp } from "./index.ts";

const ADS = "advertising.cross-context";
const HEALTH = 2; // usnat SensitiveDataProcessing index of "health"
const CA_HEALTH = 7; // usca SensitiveDataProcessing index of "health"

/** Decodes a GPP string with the official decoder and returns a field reader. */
function decode(gpp: string) {
  const model = new GppModel(gpp);
  return (section: "usnat" | "usca", field: string): unknown => model.getFieldValue(section, field);
}

interface Case {
  readonly name: string;
  readonly setup: () => ConsentManager;
  readonly options?: EncodeGppOptions;
  readonly usnat: Record<string, unknown>;
  readonly usca: Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: "before the notice: no notice given, nothing opted in or out",
    setup: () => createConsentManager({ region: "US-CA" }),
    usnat: { SharingNotice: 2, SaleOptOutNotice: 2, SaleOptOut: 0, TargetedAdvertisingOptOut: 0, Gpc: false },
    usca: { SaleOptOutNotice: 2, SaleOptOut: 0, SharingOptOut: 0, SensitiveDataLimitUseNotice: 2 },
  },
  {
    name: "notice only: notices given, sale and sharing not opted out",
    setup: () => {
      const m = createConsentManager({ region: "US-CA" });
      m.noticeShown();
      return m;
    },
    usnat: {
      SharingNotice: 1,
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      TargetedAdvertisingOptOutNotice: 1,
      SensitiveDataProcessingOptOutNotice: 1,
      SensitiveDataLimitUseNotice: 1,
      SaleOptOut: 2,
      SharingOptOut: 2,
      TargetedAdvertisingOptOut: 2,
      KnownChildSensitiveDataConsents: [0, 0, 0],
      MspaCoveredTransaction: 2,
      Gpc: false,
    },
    usca: {
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      SaleOptOut: 2,
      SharingOptOut: 2,
      KnownChildSensitiveDataConsents: [0, 0],
    },
  },
  {
    name: "opt-out of sale: sale, sharing and targeted advertising opted out",
    setup: () => {
      const m = createConsentManager({ region: "US-CA" });
      m.noticeShown();
      m.set({ [ADS]: false });
      return m;
    },
    usnat: { SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 },
    usca: { SaleOptOut: 1, SharingOptOut: 1 },
  },
  {
    name: "GPC: the Gpc field is set and sale stays opted out even after Accept all",
    setup: () => {
      const m = createConsentManager({ region: "US-CA", gpc: true });
      m.noticeShown();
      m.acceptAll();
      return m;
    },
    usnat: {
      Gpc: true,
      GpcSegmentIncluded: true,
      SaleOptOut: 1,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
    },
    usca: { Gpc: true, SaleOptOut: 1, SharingOptOut: 1 },
  },
  {
    name: "sensitive data consented: health is 'consent', categories Candor never processes are not applicable",
    setup: () => {
      const m = createConsentManager({ region: "US-CA" });
      m.noticeShown();
      m.set({ sensitive: true });
      return m;
    },
    usnat: { SensitiveDataProcessing: [2, 2, 2, 2, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0] },
    usca: { SensitiveDataProcessing: [0, 0, 0, 2, 0, 0, 2, 2, 2] },
  },
  {
    name: "sensitive limit (CPRA §7027): every processed category is 'no consent' / 'opted out'",
    setup: () => {
      const m = createConsentManager({ region: "US-CA" });
      m.noticeShown();
      m.set({ sensitive: true });
      return m;
    },
    options: { limitSensitive: true },
    usnat: { SensitiveDataProcessing: [1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0] },
    usca: { SensitiveDataProcessing: [0, 0, 0, 1, 0, 0, 1, 1, 1] },
  },
  {
    name: "minor: no consent to sell or share until the minor opts in; under 13 never",
    setup: () => {
      const m = createConsentManager({ region: "US-CA", minor: true });
      m.noticeShown();
      return m;
    },
    usnat: { KnownChildSensitiveDataConsents: [1, 1, 1], SaleOptOut: 1 },
    usca: { KnownChildSensitiveDataConsents: [1, 1] },
  },
  {
    name: "minor who opted in to sale/sharing (Civ. Code §1798.120(c))",
    setup: () => {
      const m = createConsentManager({ region: "US-CA", minor: true });
      m.noticeShown();
      m.set({ [ADS]: true });
      return m;
    },
    usnat: { KnownChildSensitiveDataConsents: [2, 1, 2], SaleOptOut: 2 },
    usca: { KnownChildSensitiveDataConsents: [2, 2] },
  },
  {
    name: "MSPA covered transaction in opt-out option mode",
    setup: () => createConsentManager({ region: "US-CA" }),
    options: { mspa: { mode: "opt-out" } },
    usnat: { MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1, MspaServiceProviderMode: 2 },
    usca: { MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1, MspaServiceProviderMode: 2 },
  },
];

describe("GPP usnat and usca sections, decoded with @iabgpp/cmpapi", () => {
  it.each(cases)("$name", ({ setup, options, usnat, usca }) => {
    const manager = setup();
    const read = decode(encodeGpp(manager.getState(), manager.purposes, options));
    for (const [field, value] of Object.entries(usnat))
      expect([field, read("usnat", field)]).toEqual([field, value]);
    for (const [field, value] of Object.entries(usca))
      expect([field, read("usca", field)]).toEqual([field, value]);
  });

  it("reads the health category from the sensitive purpose's data categories", () => {
    const manager = createConsentManager({ region: "US-CA" });
    manager.noticeShown();
    manager.set({ sensitive: true });
    const read = decode(encodeGpp(manager.getState(), manager.purposes));
    expect((read("usnat", "SensitiveDataProcessing") as number[])[HEALTH]).toBe(2);
    expect((read("usca", "SensitiveDataProcessing") as number[])[CA_HEALTH]).toBe(2);
    manager.withdraw("sensitive");
    const after = decode(encodeGpp(manager.getState(), manager.purposes));
    expect((after("usnat", "SensitiveDataProcessing") as number[])[HEALTH]).toBe(1);
    expect((after("usca", "SensitiveDataProcessing") as number[])[CA_HEALTH]).toBe(1);
  });

  it("writes only the requested sections, and picks the applicable one by region", () => {
    const ca = createConsentManager({ region: "US-CA" });
    const gpp = new GppModel(encodeGpp(ca.getState(), ca.purposes, { sections: ["usnat"] }));
    expect([gpp.hasSection("usnat"), gpp.hasSection("usca")]).toEqual([true, false]);
    expect(applicableSection(ca.getState(), ["usnat", "usca"])).toBe("usca");
    expect(applicableSection(ca.getState(), ["usnat"])).toBe("usnat");
    expect(applicableSection(createConsentManager({ region: "US-TX" }).getState(), ["usnat", "usca"])).toBe(
      "usnat",
    );
    expect(
      applicableSection(createConsentManager({ region: "DE" }).getState(), ["usnat", "usca"]),
    ).toBeNull();
    expect(applicableSection(createConsentManager().getState(), ["usnat", "usca"])).toBe("usnat");
  });
});
