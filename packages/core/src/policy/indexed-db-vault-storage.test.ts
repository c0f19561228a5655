import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { createVault, decide, indexedDbVaultStorage, StorageError, type VaultIssue } from "./index.ts";

const at = Date.UTC(2026, 0, 1);

function consent(subject: string) {
  const manager = createConsentManager({ region: "DE", subject, clock: () => at });
  manager.acceptAll();
  return manager.getState();
}

const items = (vault: ReturnType<typeof createVault>, subject: string) =>
  vault.view(decide(consent(subject), { purpose: "recommend" })).events.map((e) => e.item);

/** Writes a raw value into the vault's object store, as a buggy writer or a tampered profile would. */
async function putRaw(factory: IDBFactory, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open("candor-vault", 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction("records", "readwrite");
    transaction.objectStore("records").add(value);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

describe("indexedDbVaultStorage", () => {
  const factory = () => new IDBFactory();

  it("persists events and hide requests across vaults", async () => {
    const indexedDB = factory();
    const first = createVault({ storage: indexedDbVaultStorage({ indexedDB }) });
    await Promise.all(
      ["p1", "p2"].map((item) => first.append({ type: "view", subject: "s1", item, at }, consent("s1"))),
    );
    await first.append({ type: "hide_from_history", subject: "s1", at, item: "p1" }, consent("s1"));
    await first.append({ type: "view", subject: "s2", item: "p3", at }, consent("s2"));
    const second = createVault({ storage: indexedDbVaultStorage({ indexedDB }) });
    await second.ready;
    expect(items(second, "s1")).toEqual(["p2"]);
    expect(items(second, "s2")).toEqual(["p3"]);
  });

  it("skips a corrupted record with its key and keeps the valid ones", async () => {
    const indexedDB = factory();
    const first = createVault({ storage: indexedDbVaultStorage({ indexedDB }) });
    await first.append({ type: "view", subject: "s1", item: "p1", at }, consent("s1"));
    await putRaw(indexedDB, { v: 1, subject: "s1", type: "view", at: "yesterday" });
    await putRaw(indexedDB, "garbage");
    await first.append({ type: "view", subject: "s1", item: "p2", at }, consent("s1"));
    const issues: VaultIssue[] = [];
    const second = createVault({
      storage: indexedDbVaultStorage({ indexedDB }),
      onError: (i) => issues.push(i),
    });
    await second.ready;
    expect(items(second, "s1")).toEqual(["p1", "p2"]);
    expect(issues.map((i) => i.location)).toEqual(["indexeddb:records/2", "indexeddb:records/3"]);
  });

  it("erase removes only the subject's records", async () => {
    const indexedDB = factory();
    const storage = indexedDbVaultStorage({ indexedDB });
    const vault = createVault({ storage });
    await vault.append({ type: "view", subject: "alice", item: "p1", at }, consent("alice"));
    await vault.append({ type: "view", subject: "bob", item: "p2", at }, consent("bob"));
    expect(await vault.erase("alice")).toMatchObject({ events: 1, storageRecords: 1 });
    expect(await storage.readAll("alice")).toEqual([]);
    expect((await storage.readAll()).map((s) => s.ok && (s.value as { subject: string }).subject)).toEqual([
      "bob",
    ]);
  });
});

describe("indexedDbVaultStorage without IndexedDB", () => {
  it.skipIf("indexedDB" in globalThis)(
    "reports the failed read and rejects appends with StorageError, never crashing",
    async () => {
      const issues: VaultIssue[] = [];
      const vault = createVault({
        storage: indexedDbVaultStorage({ indexedDB: undefined as never }),
        onError: (issue) => issues.push(issue),
      });
      await vault.ready;
      expect(issues[0]?.code).toBe("storage-read");
      await expect(
        vault.append({ type: "view", subject: "s1", item: "p1", at }, consent("s1")),
      ).rejects.toBeInstanceOf(StorageError);
    },
  );
});
