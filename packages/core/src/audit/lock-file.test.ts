import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LogLockedError } from "./errors.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { auditJsonlLog } from "./jsonl-log-reader.ts";
import { jsonlLogStorage } from "./jsonl-log-storage.ts";
import { acquireLock } from "./lock-file.ts";
import { createLogSigner } from "./log-signer.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { servedItem } from "./test-fixtures.ts";

const dir = await mkdtemp(join(tmpdir(), "candor-lock-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A process that is certainly alive while the test runs. */
function sleeper(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  return { pid: child.pid as number, stop: () => child.kill() };
}

describe("acquireLock (O_EXCL lock file)", () => {
  it("gives the lock to one holder; a second one is refused, naming the first; release frees it", async () => {
    const path = join(dir, "a.lock");
    const lock = await acquireLock(path);
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(acquireLock(path)).rejects.toMatchObject({
      name: "LogLockedError",
      holder: { pid: process.pid },
    });
    await lock.release();
    const again = await acquireLock(path);
    await again.release();
  });

  it("refuses a lock held by another live process of this host, and takes over one whose process is gone", async () => {
    const path = join(dir, "b.lock");
    const live = sleeper();
    try {
      await writeFile(path, JSON.stringify({ pid: live.pid, host: hostname(), since: Date.now() }));
      await expect(acquireLock(path)).rejects.toBeInstanceOf(LogLockedError);
    } finally {
      live.stop();
    }
    await new Promise((r) => setTimeout(r, 200));
    const lock = await acquireLock(path);
    expect(JSON.parse(await readFile(path, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("never takes over a lock of another host, and takes over an empty lock file only once it is old", async () => {
    const path = join(dir, "c.lock");
    await writeFile(path, JSON.stringify({ pid: 1, host: "elsewhere.invalid", since: 0 }));
    await expect(acquireLock(path)).rejects.toMatchObject({ holder: { host: "elsewhere.invalid" } });
    await writeFile(path, "");
    await expect(acquireLock(path)).rejects.toBeInstanceOf(LogLockedError);
  });
});

describe("one writer per JSON-lines log", () => {
  it("a second writer gets LogLockedError before it writes, and the first writer's log stays intact", async () => {
    const path = join(dir, "log.jsonl");
    const keysPath = join(dir, "keys", "ring.jsonl");
    const signer = await createLogSigner();
    const open = () =>
      createExplanationLog({
        storage: jsonlLogStorage({ path, keysPath }),
        signer,
        pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
        schedule: null,
      });
    const first = open();
    await first.append([servedItem("lu", 1)]);
    const issues: string[] = [];
    const second = createExplanationLog({
      storage: jsonlLogStorage({ path, keysPath }),
      signer,
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
      schedule: null,
      onError: (issue) => void issues.push(issue.code),
    });
    await second.ready;
    expect(second.failure?.message).toMatch(/locked by another writer \(process \d+/);
    expect(issues).toContain("locked");
    await expect(second.append([servedItem("lu", 2)])).rejects.toThrow(/locked by another writer/);
    await Promise.all([1, 2, 3].map((n) => first.append([servedItem("lu", 10 + n)])));
    await first.close();
    await second.close();
    expect(await auditJsonlLog(path, { publicKeys: signer.publicKey })).toMatchObject({
      status: "intact",
      size: 4,
    });
    const third = open();
    await third.append([servedItem("lu", 20)]);
    await third.close();
  });
});
