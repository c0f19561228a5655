/**
 * One writer per log file (Node), without native addons: an exclusive lock file created with `O_CREAT | O_EXCL`
 * (`open(…, "wx")`), which the file system creates for exactly one caller, holding the holder's pid, host and start
 * time. A lock whose holder is a process of this host that no longer exists is stale and is taken over; the
 * takeover itself is serialized by a second exclusive file, so two processes never both break the same stale lock.
 * `flock`/`fcntl` locks would need a native addon in Node; `O_EXCL` is atomic on local file systems and NFSv3+.
 */

import { open, readFile, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { LogLockedError } from "./errors.ts";

/** A held lock. */
export interface FileLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: number;
}

/** A takeover marker older than this is itself stale (its process died while breaking a lock). */
const BREAK_STALE_MS = 10_000;
/** A lock file without readable content older than this was left by a crash between create and write. */
const EMPTY_STALE_MS = 5_000;

/** Takes the lock at `path` or rejects with {@link LogLockedError} naming its holder. */
export async function acquireLock(path: string): Promise<FileLock> {
  const me: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await create(path, me)) return lockOf(path, me);
    const holder = await readHolder(path);
    if (!(await isStale(path, holder))) throw new LogLockedError(path, holder);
    await breakStale(path, holder);
  }
  throw new LogLockedError(path, await readHolder(path), "its stale lock could not be taken over");
}

async function create(path: string, me: Holder): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "wx", 0o644);
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(me)}\n`);
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    const value = JSON.parse(await readFile(path, "utf8")) as Partial<Holder>;
    if (Number.isSafeInteger(value.pid) && typeof value.host === "string" && typeof value.since === "number")
      return value as Holder;
  } catch {
    // Missing, empty or half-written: judged by its age below.
  }
  return null;
}

async function isStale(path: string, holder: Holder | null): Promise<boolean> {
  if (!holder) {
    try {
      return Date.now() - (await stat(path)).mtimeMs > EMPTY_STALE_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === "ESRCH";
  }
}

/** Removes a stale lock, once: only the process that creates the takeover marker may, and only if the lock is unchanged. */
async function breakStale(path: string, seen: Holder | null): Promise<void> {
  const marker = `${path}.break`;
  const me: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
  if (!(await create(marker, me))) {
    try {
      if (Date.now() - (await stat(marker)).mtimeMs > BREAK_STALE_MS) await rm(marker, { force: true });
    } catch {
      // Gone meanwhile.
    }
    return;
  }
  try {
    const now = await readHolder(path);
    if (JSON.stringify(now) === JSON.stringify(seen)) await rm(path, { force: true });
  } finally {
    await rm(marker, { force: true });
  }
}

function lockOf(path: string, me: Holder): FileLock {
  let held = true;
  return {
    path,
    async release() {
      if (!held) return;
      held = false;
      const now = await readHolder(path);
      if (now && now.pid === me.pid && now.since === me.since && now.host === me.host)
        await rm(path, { force: true });
    },
  };
}
