import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { createVault, decide, type VaultIssue } from "./index.ts";
import { jsonlFileStorage } from "./node.ts";

const at = Date.UTC(2026, 0, 1);
let folder = "";
let path = "";

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "candor-vault-"));
  path = join(folder, "nested", "events.jsonl");
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function consent(subject: string) {
  const manager = createConsentManager({ region: "DE", subject, clock: () => at });
  manager.acceptAll();
  return manager.getState();
}

const items = (vault: ReturnType<typeof createVault>, subject: string) =>
  vault.view(decide(consent(subject), { purpose: "recommend" })).events.map((e) => e.item);

describe("jsonlFileStorage", () => {
  it("persists events across vaults, one JSON record per line", async () => {
    const first = createVault({ storage: jsonlFileStorage({ path }) });
    await Promise.all(
      ["p1", "p2", "p3"].map((item) =>
        first.append({ type: "view", subject: "s1", item, at }, consent("s1")),
      ),
    );
    await first.append({ type: "hide_from_history", subject: "s1", at, item: "p2" }, consent("s1"));
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(["view", "view", "view", "hide_from_history"]);
    const second = createVault({ storage: jsonlFileStorage({ path }) });
    await second.ready;
    expect(items(second, "s1")).toEqual(["p1", "p3"]);
  });

  it("skips a corrupted line with its line number and keeps every valid one", async () => {
    const first = createVault({ storage: jsonlFileStorage({ path }) });
    await first.append({ type: "view", subject: "s1", item: "p1", at }, consent("s1"));
    await appendFile(path, '{"v":1,"id":"broken"\n{"v":1,"id":"x","subject":"s1","type":"view"}\n');
    await first.append({ type: "view", subject: "s1", item: "p2", at }, consent("s1"));
    const issues: VaultIssue[] = [];
    const second = createVault({
      storage: jsonlFileStorage({ path }),
      onError: (issue) => issues.push(issue),
    });
    await second.ready;
    expect(items(second, "s1")).toEqual(["p1", "p2"]);
    expect(issues.map((i) => [i.code, i.location])).toEqual([
      ["corrupted-record", `${path}:2`],
      ["corrupted-record", `${path}:3`],
    ]);
  });

  it("tolerates a truncated last line from a crash mid-append, and appends on a fresh line after it", async () => {
    const first = createVault({ storage: jsonlFileStorage({ path }) });
    await first.append({ type: "view", subject: "s1", item: "p1", at }, consent("s1"));
    const text = await readFile(path, "utf8");
    await writeFile(path, `${text}${text.slice(0, 40)}`);
    const issues: VaultIssue[] = [];
    const second = createVault({
      storage: jsonlFileStorage({ path }),
      onError: (issue) => issues.push(issue),
    });
    await second.ready;
    expect(issues[0]?.message).toMatch(/truncated/);
    await second.append({ type: "view", subject: "s1", item: "p2", at }, consent("s1"));
    const third = createVault({ storage: jsonlFileStorage({ path }) });
    await third.ready;
    expect(items(third, "s1")).toEqual(["p1", "p2"]);
  });

  it("erase rewrites the file without the subject, including unreadable lines that name it", async () => {
    const storage = jsonlFileStorage({ path });
    const vault = createVault({ storage });
    await vault.append({ type: "view", subject: "alice", item: "p1", at }, consent("alice"));
    await vault.append({ type: "view", subject: "bob", item: "p2", at }, consent("bob"));
    await appendFile(path, '{"v":1,"id":"z","subject":"alice","ty\n{"garbage\n');
    await vault.append({ type: "view", subject: "alice", item: "p3", at }, consent("alice"));
    const receipt = await vault.erase("alice");
    expect(receipt).toMatchObject({ events: 2, storageRecords: 3 });
    const text = await readFile(path, "utf8");
    expect(text).not.toContain("alice");
    expect(text).toContain('{"garbage');
    expect(await storage.readAll("alice")).toEqual([]);
    const reloaded = createVault({ storage: jsonlFileStorage({ path }) });
    await reloaded.ready;
    expect(items(reloaded, "alice")).toEqual([]);
    expect(items(reloaded, "bob")).toEqual(["p2"]);
  });

  it("reads a missing file as empty", async () => {
    const storage = jsonlFileStorage({ path: join(folder, "none.jsonl") });
    expect(await storage.readAll()).toEqual([]);
    expect(await storage.erase("s1")).toBe(0);
  });
});
