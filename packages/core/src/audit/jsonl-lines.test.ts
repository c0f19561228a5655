import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLines } from "./jsonl-lines.ts";

const dir = await mkdtemp(join(tmpdir(), "candor-lines-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("readLines", () => {
  it("reads lines longer than many chunks, short ones between them, and reports an unterminated last line", async () => {
    const long = "x".repeat(3 * 4096 + 17);
    const path = join(dir, "lines.txt");
    await writeFile(path, `a\n${long}\n\nb\n${long}${long}\ntail`);
    const tail = { trailingBytes: 0, fileBytes: 0 };
    const seen: [number, number, number, string][] = [];
    const progress: number[] = [];
    for await (const line of readLines(path, {
      chunkBytes: 4096,
      tail,
      onProgress: (bytes) => void progress.push(bytes),
    }))
      seen.push([line.number, line.start, line.end, line.bytes.toString().slice(0, 3)]);
    const l = long.length;
    expect(seen).toEqual([
      [1, 0, 1, "a"],
      [2, 2, 2 + l, "xxx"],
      [3, 3 + l, 3 + l, ""],
      [4, 4 + l, 5 + l, "b"],
      [5, 6 + l, 6 + 3 * l, "xxx"],
    ]);
    expect(tail).toEqual({ trailingBytes: 4, fileBytes: 7 + 3 * l + 4 });
    expect(progress.at(-1)).toBe(tail.fileBytes);
  });

  it("hands out lines whose bytes stay valid after later chunks are read", async () => {
    const path = join(dir, "keep.txt");
    const rows = Array.from({ length: 500 }, (_, i) => `row-${i}-${"y".repeat(i % 37)}`);
    await writeFile(path, `${rows.join("\n")}\n`);
    const kept: Buffer[] = [];
    for await (const line of readLines(path, { chunkBytes: 4096 })) kept.push(line.bytes);
    expect(kept.map((b) => b.toString())).toEqual(rows);
  });
});
