/**
 * One writer per log file (Node), without native addons: an exclusive lock file created with `O_CREAT | O_EXCL`
 * (`open(…, "wx")`), which the file system creates for exactly one caller, holding the holder's pid, host and start
 * time. A lock whose holder is a process of this host that no longer exists is stale and is taken over; the
 * takeover itself is serialized by a second exclusive file, so two processes never both break the same stale lock.
 * `flock`/`fcntl` locks would need a native addon in Node; `O_EXCL` is atomic on local file systems and NFSv3+.
 */
/** A held lock. */
export interface FileLock {
    readonly path: string;
    /** Removes the lock file if it is still ours. */
    release(): Promise<void>;
}
/** Takes the lock at `path` or rejects with {@link LogLockedError} naming its holder. */
export declare function acquireLock(path: string): Promise<FileLock>;
