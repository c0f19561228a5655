import { describe, expect, it } from "vitest";
import { cookieStorage, createConsentManager, localStorageAdapter, memoryStorage } from "./index.ts";

function fakeDocument() {
  const jar = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    },
    set cookie(line: string) {
      writes.push(line);
      const [pair = "", ...attributes] = line.split("; ");
      const [name = "", value = ""] = pair.split("=");
      if (attributes.includes("Max-Age=0")) jar.delete(name);
      else jar.set(name, value);
    },
  };
}

function fakeLocalStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (k) => values.get(k) ?? null,
    key: (i) => [...values.keys()][i] ?? null,
    removeItem: (k) => void values.delete(k),
    setItem: (k, v) => void values.set(k, v),
  };
}

describe("storage adapters", () => {
  it("memoryStorage keeps, returns and removes values", () => {
    const storage = memoryStorage();
    expect(storage.get("k")).toBeNull();
    storage.set("k", "v");
    expect(storage.get("k")).toBe("v");
    storage.remove("k");
    expect(storage.get("k")).toBeNull();
  });

  it("localStorageAdapter round-trips a record across managers", () => {
    const local = fakeLocalStorage();
    const first = createConsentManager({ region: "DE", storage: localStorageAdapter(local) });
    first.set({ "personalization.browsing": true }, { kind: "ui", control: "settings.save" });
    const second = createConsentManager({ region: "DE", storage: localStorageAdapter(local) });
    expect(second.can("personalization.browsing")).toBe(true);
    expect(second.getState().subject).toBe(first.getState().subject);
  });

  it("cookieStorage writes a first-party cookie with safe attributes and reads it back", () => {
    const document = fakeDocument();
    const manager = createConsentManager({ region: "FR", storage: cookieStorage({ document }) });
    manager.rejectAll({ kind: "ui", control: "banner.reject-all" });
    expect(document.writes[0]).toMatch(
      /^candor\.consent=.+; Max-Age=34214400; Path=\/; SameSite=Lax; Secure$/,
    );
    const again = createConsentManager({ region: "FR", storage: cookieStorage({ document }) });
    expect(again.needsPrompt()).toBe(false);
    expect(again.record()?.events).toHaveLength(1);
  });

  it("cookieStorage drops the oldest events to stay under 4 kB, keeping the newest state", () => {
    const document = fakeDocument();
    const manager = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    for (let i = 0; i < 30; i++)
      manager.set({ analytics: i % 2 === 0 }, { kind: "ui", control: "settings.save" });
    const cookie = document.writes.at(-1) ?? "";
    expect(cookie.length).toBeLessThan(4096 * 3);
    const reloaded = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    const events = reloaded.record()?.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(30);
    expect(reloaded.can("analytics")).toBe(false);
    expect(
      new TextEncoder().encode(decodeURIComponent(cookie.split(";")[0]?.split("=")[1] ?? "")).length,
    ).toBeLessThan(3800);
  });

  it("cookieStorage removes the cookie on erase", () => {
    const document = fakeDocument();
    const manager = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    manager.acceptAll();
    manager.erase();
    expect(document.cookie).toBe("");
  });
});
