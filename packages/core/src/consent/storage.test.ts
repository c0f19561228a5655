import { describe, expect, it } from "vitest";
import {
  type ConsentIssue,
  type ConsentStorage,
  cookieStorage,
  createConsentManager,
  localStorageAdapter,
  memoryStorage,
  safeParseConsentRecord,
} from "./manager.ts";

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
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
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

  it("cookieStorage compacts many events into a checkpoint: the cookie fits and the chain still verifies", () => {
    const document = fakeDocument();
    const storage = cookieStorage({ document });
    const manager = createConsentManager({ region: "DE", storage });
    manager.acceptAll({ kind: "ui", control: "banner.accept-all" });
    for (let i = 0; i < 40; i++)
      manager.set({ analytics: i % 2 === 1 }, { kind: "ui", control: "settings.save" });
    const line = document.writes.at(-1) ?? "";
    const value = line.split("; ")[0]?.slice("candor.consent=".length) ?? "";
    expect(value.length).toBeLessThanOrEqual(3800);
    expect(line.split("; ")[0]?.length).toBeLessThan(4096);
    const stored = decodeURIComponent(value);
    const parsed = safeParseConsentRecord(stored);
    expect(parsed.ok).toBe(true);
    const record = parsed.ok ? parsed.value : null;
    const kept = record?.events.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(record?.checkpoint?.events).toBe(41 - kept);
    expect(record?.events[0]?.prev).toBe(record?.checkpoint?.head);
    expect(record?.checkpoint?.from).toBeLessThanOrEqual(record?.checkpoint?.to ?? 0);
    const reloaded = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    expect(reloaded.record()).toEqual(record);
    expect(reloaded.can("analytics")).toBe(true);
    expect(reloaded.can("personalization.browsing")).toBe(true);
    expect(reloaded.record()?.head).toBe(manager.getState().lastEvent?.hash);
    expect(reloaded.erase().events).toBe(41);
  });

  it("the in-memory record is the compacted one, the same that is stored", () => {
    const document = fakeDocument();
    const manager = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    for (let i = 0; i < 12; i++) manager.set({ analytics: i % 2 === 0 });
    const stored = decodeURIComponent(document.writes.at(-1)?.split("; ")[0]?.split("=")[1] ?? "");
    expect(JSON.parse(stored)).toEqual(manager.record());
    expect(manager.record()?.checkpoint).not.toBeNull();
  });

  it("a record too large for the storage even compacted is removed and reported, never left stale", () => {
    const issues: ConsentIssue[] = [];
    const values = new Map<string, string>([["candor.consent", "stale"]]);
    const tiny: ConsentStorage = {
      maxBytes: 200,
      get: () => null,
      set: (k, v) => void values.set(k, v),
      remove: (k) => void values.delete(k),
    };
    const manager = createConsentManager({ region: "DE", storage: tiny, onError: (i) => issues.push(i) });
    manager.rejectAll();
    expect(values.has("candor.consent")).toBe(false);
    expect(issues).toEqual([expect.objectContaining({ code: "storage-write" })]);
    expect(manager.can("analytics")).toBe(false);
    expect(manager.record()?.events).toHaveLength(1);
  });

  it("a storage's measure decides the size, e.g. after its own encoding", () => {
    const values = new Map<string, string>();
    const doubled: ConsentStorage = {
      maxBytes: 6000,
      measure: (v) => v.length * 2,
      get: (k) => values.get(k) ?? null,
      set: (k, v) => void values.set(k, v),
      remove: (k) => void values.delete(k),
    };
    const manager = createConsentManager({ region: "DE", storage: doubled });
    for (let i = 0; i < 10; i++) manager.set({ analytics: i % 2 === 0 });
    expect((values.get("candor.consent") ?? "").length * 2).toBeLessThanOrEqual(6000);
  });

  it("cookieStorage removes the cookie on erase", () => {
    const document = fakeDocument();
    const manager = createConsentManager({ region: "DE", storage: cookieStorage({ document }) });
    manager.acceptAll();
    manager.erase();
    expect(document.cookie).toBe("");
  });
});
