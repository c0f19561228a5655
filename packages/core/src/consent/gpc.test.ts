import { describe, expect, it } from "vitest";
import { detectGpc, gpcFromHeaders } from "./index.ts";

describe("detectGpc", () => {
  it("reads navigator.globalPrivacyControl and only accepts true", () => {
    expect(detectGpc({ globalPrivacyControl: true })).toBe(true);
    expect(detectGpc({ globalPrivacyControl: false })).toBe(false);
    expect(detectGpc({ globalPrivacyControl: "1" })).toBe(false);
    expect(detectGpc({})).toBe(false);
    expect(detectGpc(undefined)).toBe(false);
  });
});

describe("gpcFromHeaders", () => {
  it("accepts Sec-GPC: 1 from a Headers object", () => {
    expect(gpcFromHeaders(new Headers({ "Sec-GPC": "1" }))).toBe(true);
    expect(gpcFromHeaders(new Headers({ "Sec-GPC": "0" }))).toBe(false);
    expect(gpcFromHeaders(new Headers())).toBe(false);
  });

  it("accepts Node-style header records in any case, with arrays", () => {
    expect(gpcFromHeaders({ "sec-gpc": "1" })).toBe(true);
    expect(gpcFromHeaders({ "SEC-GPC": " 1 " })).toBe(true);
    expect(gpcFromHeaders({ "sec-gpc": ["1"] })).toBe(true);
    expect(gpcFromHeaders({ "sec-gpc": "true" })).toBe(false);
    expect(gpcFromHeaders({ other: "1" })).toBe(false);
  });
});
