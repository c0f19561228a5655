import { afterEach, describe, expect, it, vi } from "vitest";
import { processIo } from "./io.ts";
import { progressFor } from "./progress.ts";

describe("progressFor", () => {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    if (tty) Object.defineProperty(process.stderr, "isTTY", tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  });

  it("shows entries, a rate and an ETA on a terminal's stderr, at most every 250 ms, and clears the line when done", () => {
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    vi.useFakeTimers({ now: 0 });
    const progress = progressFor(processIo, "verifying");
    vi.setSystemTime(1000);
    progress.update({ bytes: 250, totalBytes: 1000, entries: 50_000 });
    vi.setSystemTime(1100);
    progress.update({ bytes: 300, totalBytes: 1000, entries: 60_000 });
    progress.done();
    expect(written).toEqual([
      "\r\x1b[Kverifying: 50,000 entries (25 %), 50,000 entries/s, ETA 0:03",
      "\r\x1b[K",
    ]);
  });

  it("prints nothing when stderr is not a terminal or the output is captured", () => {
    Object.defineProperty(process.stderr, "isTTY", { value: false, configurable: true });
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const progress = progressFor(processIo, "x");
    progress.update({ bytes: 1, totalBytes: 2, entries: 1 });
    progress.done();
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    const captured = progressFor({ ...processIo, err: () => undefined }, "x");
    captured.update({ bytes: 1, totalBytes: 2, entries: 1 });
    expect(write).not.toHaveBeenCalled();
  });
});
