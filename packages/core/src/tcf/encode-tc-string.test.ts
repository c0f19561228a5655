import { readFileSync } from "node:fs";
import { TCString } from "@iabtechlabtcf/core";
import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { checkTcOptions } from "./encode-tc-string.ts";
import { ConfigError, encodeTcString, loadVendorList, type TcStringOptions } from "./index.ts";

const json = JSON.parse(
  readFileSync(new URL("../../../../test/fixtures/tcf-vendor-list.json", import.meta.url), "utf8"),
);
const vendorList = loadVendorList(json, { language: "de" });
const options: TcStringOptions = {
  cmpId: 300,
  cmpVersion: 3,
  vendorList,
  vendors: [9001, 9002, 9003],
  publisherCountryCode: "DE",
};
const ids = (vector: { forEach(cb: (value: boolean, id: number) => void): void }) => {
  const out: number[] = [];
  vector.forEach((value, id) => {
    if (value) out.push(id);
  });
  return out;
};

/** Encodes the manager's state and decodes it again with the official decoder. */
function roundTrip(manager: ReturnType<typeof createConsentManager>, extra: Partial<TcStringOptions> = {}) {
  const decoded = TCString.decode(
    encodeTcString(manager.getState(), manager.purposes, { ...options, ...extra }),
  );
  return {
    purposes: ids(decoded.purposeConsents),
    legitimateInterests: ids(decoded.purposeLegitimateInterests),
    specialFeatures: ids(decoded.specialFeatureOptins),
    vendors: ids(decoded.vendorConsents),
    disclosed: ids(decoded.vendorsDisclosed),
    model: decoded,
  };
}

describe("TC strings round-trip through @iabtechlabtcf/core", () => {
  it("Accept all consents to purposes 1–11 and to the vendors whose declared purposes are all granted", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.acceptAll();
    const tc = roundTrip(manager);
    expect(tc.purposes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(tc.legitimateInterests).toEqual([]);
    expect(tc.specialFeatures).toEqual([]);
    // 9003 declares special feature 1 (precise geolocation), which no default purpose grants.
    expect(tc.vendors).toEqual([9001, 9002]);
    expect(tc.disclosed).toEqual([9001, 9002, 9003]);
    const { model } = tc;
    expect([model.cmpId, model.cmpVersion, model.isServiceSpecific, model.vendorListVersion]).toEqual([
      300,
      3,
      true,
      142,
    ]);
    expect([model.policyVersion, model.publisherCountryCode, model.consentLanguage]).toEqual([5, "DE", "DE"]);
  });

  it("maps each Candor purpose to its TCF purposes", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.set({ analytics: true });
    expect(roundTrip(manager)).toMatchObject({ purposes: [1, 8, 9, 10], vendors: [9002] });
    manager.set({ analytics: false, "personalization.browsing": true });
    expect(roundTrip(manager)).toMatchObject({ purposes: [1, 5, 6, 11], vendors: [] });
    manager.set({ "advertising.cross-context": true });
    expect(roundTrip(manager)).toMatchObject({ purposes: [1, 2, 3, 4, 5, 6, 7, 9, 11], vendors: [9001] });
  });

  it("grants a special feature only through the shop's mapping", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.acceptAll();
    const mapping = { specialFeatures: { 1: ["personalization.context"] } };
    expect(roundTrip(manager, { mapping })).toMatchObject({
      specialFeatures: [1],
      vendors: [9001, 9002, 9003],
    });
  });

  it("consents to nothing after Reject all, and to no advertising purpose under GPC or for a minor", () => {
    const rejected = createConsentManager({ region: "DE" });
    rejected.rejectAll();
    expect(roundTrip(rejected)).toMatchObject({ purposes: [], specialFeatures: [], vendors: [] });
    const gpc = createConsentManager({ region: "DE", gpc: true });
    gpc.acceptAll();
    expect(roundTrip(gpc)).toMatchObject({ purposes: [1, 5, 6, 8, 9, 10, 11], vendors: [9002] });
    const minor = createConsentManager({ region: "DE", minor: true });
    minor.acceptAll();
    expect(roundTrip(minor).purposes).not.toContain(3);
  });
});

describe("TCF configuration", () => {
  it("rejects a vendor list that is not one, a vendor it lacks or deleted, and a bad CMP id", () => {
    expect(() => loadVendorList({ ...json, tcfPolicyVersion: "5" })).toThrow(
      new ConfigError("vendorList.tcfPolicyVersion", "expected number"),
    );
    const purposes = createConsentManager().purposes;
    expect(() => checkTcOptions({ ...options, vendors: [9001, 4242] }, purposes)).toThrow(
      new ConfigError("vendors.1", "vendor 4242 is not in vendor list 142"),
    );
    expect(() => checkTcOptions({ ...options, vendors: [9004] }, purposes)).toThrow(/deleted/);
    expect(() => checkTcOptions({ ...options, cmpId: 1 }, purposes)).toThrow(/cmpId/);
    expect(() =>
      checkTcOptions({ ...options, mapping: { purposes: { 1: ["essential"] } } }, purposes),
    ).toThrow(/mapping\.purposes\.1/);
  });
});
