import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../index.ts";
import { streamLines } from "../io.ts";

/** An in-memory file system and captured output. */
function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    writeText: async (path, text) => {
      written[path] = text;
    },
  };
  return { io, out, err, written };
}

/** 60 users in 3 taste groups over 30 items, 12 interactions each: enough to tune and rank. */
function synthetic(): string {
  const lines: string[] = [];
  for (let u = 0; u < 60; u++) {
    const group = u % 3;
    for (let j = 0; j < 12; j++) {
      const item = group * 10 + ((u + j * 7) % 10);
      lines.push(`${u + 1}\t${item + 1}\t${1 + (j % 5)}\t${880000000 + u * 100 + j}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("candor eval", () => {
  it("evaluates protocol G, writes recs as user, item, rank and a JSON report", async () => {
    const { io, out, written } = memoryIo({ "u.data": synthetic() });
    const code = await runCli(
      [
        "eval",
        "--data",
        "u.data",
        "--protocol",
        "general",
        "--k",
        "5",
        "--recs",
        "recs.tsv",
        "--report",
        "r.json",
        "--quiet",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/\| ndcg@5 \| 0\.\d{4} \|/);
    const recs = (written["recs.tsv"] ?? "").trim().split("\n");
    expect(recs.length).toBe(60 * 5);
    expect(recs[0]).toMatch(/^\d+\t\d+\t1$/);
    const report = JSON.parse(written["r.json"] ?? "{}");
    expect(report).toMatchObject({ k: 5, users: 60, fit: "train", minSupport: 5 });
    expect(report.test.ndcg).toBeGreaterThan(0.2);
    // The served (masked) model beside the unmasked one, and the price of privacy as a number.
    expect(report.unmasked.ndcg).toBeGreaterThan(0);
    expect(report.servingDefaults.ndcg).toBeGreaterThan(0);
    expect(report.priceOfPrivacy.ndcgRatio).toBeCloseTo(report.test.ndcg / report.unmasked.ndcg, 9);
    expect(Object.keys(report.weights).sort()).toEqual(["itemKnn", "popularity"]);
    expect(out.join("\n")).toContain("| metric | served (masked) | unmasked | served, default weights |");
    expect(out.join("\n")).toMatch(/Price of privacy \(k-anonymity 5\): served NDCG@5 is \d\.\d{4}×/);
  });

  it("--recs writes the re-ranked lists that were scored, --recs-unreranked the served ones", async () => {
    const genres = Array.from({ length: 30 }, (_, i) => `${i + 1}\tItem ${i + 1}\tg${i % 3}|h${i % 5}`);
    const { io, written } = memoryIo({ "u.data": synthetic(), "items.tsv": `${genres.join("\n")}\n` });
    const argv = ["eval", "--data", "u.data", "--items", "items.tsv", "--k", "5", "--quiet"];
    const recs = ["--recs", "a.tsv", "--recs-unreranked", "b.tsv", "--report", "r.json"];
    expect(await runCli([...argv, "--rerank", "variety=1", ...recs], io)).toBe(0);
    const reranked = written["a.tsv"] ?? "";
    const plain = written["b.tsv"] ?? "";
    expect(reranked.trim().split("\n")).toHaveLength(60 * 5);
    expect(reranked).not.toEqual(plain);
    // The unre-ranked lists are those of --rerank none, and NDCG of the re-ranked run is that of its lists.
    expect(await runCli([...argv, "--rerank", "none", "--recs", "c.tsv"], io)).toBe(0);
    expect(written["c.tsv"]).toEqual(plain);
    const report = JSON.parse(written["r.json"] ?? "{}");
    const rows = report.rerank.tradeOff as { label: string; ndcg: number }[];
    expect(rows.map((r) => r.label)).toEqual(["none", "variety=1"]);
  });

  it("names the file and line of malformed input and exits 1", async () => {
    const { io, err } = memoryIo({ "bad.tsv": "1\t2\t3\t4\n5\t6\n7\tx\ty\tz\n" });
    const code = await runCli(["eval", "--data", "bad.tsv", "--quiet"], io);
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/bad\.tsv:3: rating "y"/);
  });

  it("reports a missing file clearly", async () => {
    const { io, err } = memoryIo({});
    expect(await runCli(["eval", "--data", "nope.data", "--quiet"], io)).toBe(1);
    expect(err.join("\n")).toContain("cannot read nope.data");
  });

  it.each([
    [["eval"], "give --data FILE"],
    [["eval", "--data", "u.data", "--k", "zero"], "--k must be a valid number"],
    [["eval", "--data", "u.data", "--protocol", "loo"], '--protocol must be "general"'],
    [["eval", "--data", "u.data", "--bogus"], "Unknown option"],
    [["eval", "--data", "u.data", "--rerank", "default"], "--rerank needs --items"],
  ])("exits 2 with usage for %j", async (argv, message) => {
    const { io, err } = memoryIo({ "u.data": synthetic() });
    expect(await runCli([...argv, "--quiet"], io)).toBe(2);
    expect(err.join("\n")).toContain(message);
  });

  it("streams gzipped data and JSON-lines item metadata with a field mapping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "candor-eval-"));
    const data = join(dir, "ratings.tsv.gz");
    const items = join(dir, "meta.json.gz");
    writeFileSync(data, gzipSync(synthetic()));
    const meta = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({
        asin: String(i + 1),
        title: `Item ${i + 1}`,
        cats: [`g${i % 3}`],
        maker: `m${i % 4}`,
      }),
    );
    // No .gz in the name: gzip is recognised by its magic bytes.
    const plainName = join(dir, "meta.jsonl");
    writeFileSync(plainName, gzipSync(`${meta.join("\n")}\n`));
    const { io, written, err } = memoryIo({});
    const streaming: CliIo = { ...io, readLines: streamLines };
    const argv = ["eval", "--data", data, "--k", "5", "--report", "r.json", "--quiet"];
    const fields = ["--item-field", "category=cats", "--item-field=provider=maker"];
    expect(await runCli([...argv, "--items", plainName, ...fields], streaming)).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(written["r.json"] ?? "{}");
    expect(report.users).toBe(60);
    expect(report.test.ild).toBeGreaterThanOrEqual(0);
    writeFileSync(items, gzipSync("{broken\n"));
    expect(await runCli([...argv, "--items", items, ...fields], streaming)).toBe(1);
    expect(err.join("\n")).toContain(`${items}:1: not a JSON object`);
    expect(await runCli([...argv, "--item-field", "colour=x"], streaming)).toBe(2);
  });

  it("rejects empty data with a clear error, and counts, drops or refuses unseen test items", async () => {
    const { io, err, written } = memoryIo({ "empty.tsv": "\n\n", "u.data": synthetic() });
    expect(await runCli(["eval", "--data", "empty.tsv", "--quiet"], io)).toBe(1);
    expect(err.join("\n")).toContain("empty.tsv: no interactions");
    // One item per user rated only by that user: those that land in test are absent from train.
    const once = Array.from({ length: 60 }, (_, u) => `${u + 1}\t${900 + u}\t5\t1`);
    const unseen = `${synthetic()}${once.join("\n")}\n`;
    const files = memoryIo({ "u.data": unseen });
    const base = ["eval", "--data", "u.data", "--k", "5", "--quiet", "--report", "r.json"];
    expect(await runCli([...base, "--seed", "1"], files.io)).toBe(0);
    const keptReport = JSON.parse(files.written["r.json"] ?? "{}");
    const kept = keptReport.unseenTestItems;
    expect(kept.policy).toBe("keep");
    expect(kept.interactions).toBeGreaterThan(0);
    expect(await runCli([...base, "--seed", "1", "--unseen-items", "drop"], files.io)).toBe(0);
    const dropped = JSON.parse(files.written["r.json"] ?? "{}");
    expect(dropped.unseenTestItems).toEqual({ ...kept, policy: "drop" });
    expect(dropped.interactions.test).toBe(keptReport.interactions.test - kept.interactions);
    expect(await runCli([...base, "--seed", "1", "--unseen-items", "error"], files.io)).toBe(1);
    expect(files.err.join("\n")).toMatch(
      /test interactions \(\d+ items\) are with items absent from training/,
    );
    expect(await runCli(["eval", "--data", "u.data", "--unseen-items", "maybe"], io)).toBe(2);
    expect(written).toEqual({});
  });

  it("--weights serves fixed blend weights instead of tuning them, and --min-support sets the floor", async () => {
    const { io, written } = memoryIo({ "u.data": synthetic() });
    const argv = ["eval", "--data", "u.data", "--k", "5", "--quiet", "--report", "r.json"];
    expect(await runCli([...argv, "--weights", '{"itemKnn":0.5}', "--min-support", "2"], io)).toBe(0);
    const report = JSON.parse(written["r.json"] ?? "{}");
    expect(report.weights).toEqual({ itemKnn: 0.5 });
    expect(report.minSupport).toBe(2);
    for (const bad of ["{itemKnn}", '{"knn":1}', '{"itemKnn":-1}', "[1]"]) {
      const run = memoryIo({ "u.data": synthetic() });
      expect(await runCli([...argv, "--weights", bad], run.io)).toBe(2);
      expect(run.err.join("\n")).toContain("--weights");
    }
  });

  it("--hybrid serves a given configuration without tuning, as the tuned run serves the one it found", async () => {
    const argv = ["eval", "--data", "u.data", "--k", "5", "--quiet", "--report", "r.json"];
    const tunedRun = memoryIo({ "u.data": synthetic() });
    expect(await runCli(argv, tunedRun.io)).toBe(0);
    const tuned = JSON.parse(tunedRun.written["r.json"] ?? "{}");
    const given = memoryIo({ "u.data": synthetic() });
    const fixed = ["--hybrid", JSON.stringify(tuned.model), "--weights", JSON.stringify(tuned.weights)];
    expect(await runCli([...argv, ...fixed], given.io)).toBe(0);
    const report = JSON.parse(given.written["r.json"] ?? "{}");
    expect(report.tuning.trials).toBe(0);
    expect(report.model).toEqual(tuned.model);
    expect(report.test).toEqual(tuned.test);
    expect(report.unmasked).toEqual(tuned.unmasked);
    expect(report.servingDefaults).toEqual(tuned.servingDefaults);
    expect(given.out.join("\n")).toContain("given, not tuned");
    for (const bad of ["{ease}", "[1]", "3"]) {
      const run = memoryIo({ "u.data": synthetic() });
      expect(await runCli([...argv, "--hybrid", bad], run.io)).toBe(2);
      expect(run.err.join("\n")).toContain("--hybrid");
    }
  });

  it("--ease-max-items switches to sparse EASE above the cap, --components chooses the tuned components", async () => {
    const { io, out, written } = memoryIo({ "u.data": synthetic() });
    const argv = ["eval", "--data", "u.data", "--k", "5", "--quiet", "--report", "r.json"];
    const options = ["--ease-max-items", "10", "--sparse-ease-neighbours", "8", "--components", "popularity"];
    expect(await runCli([...argv, ...options], io)).toBe(0);
    const report = JSON.parse(written["r.json"] ?? "{}");
    expect(report.tuning.stages.sparseEase.trials).toBeGreaterThan(1);
    expect(report.tuning.stages.popularity.trials).toBe(1);
    expect(out.join("\n")).toMatch(
      /best validation NDCG@10 of each component alone: sparseEase 0\.\d{4}, popularity/,
    );
    expect(report.model.ease).toBeUndefined();
    expect(report.model.sparseEase).toMatchObject({ weight: 1, neighbours: 8 });
    expect(report.model.itemKnn).toBeUndefined();
    for (const bad of [
      ["--ease-max-items", "20000"],
      ["--ease-max-items", "-1"],
      ["--components", "itemKnn,bpr"],
    ]) {
      const run = memoryIo({ "u.data": synthetic() });
      expect(await runCli([...argv, ...bad], run.io)).toBe(2);
      expect(run.err.join("\n")).toContain(bad[0]);
    }
  });

  it("shows live progress with an ETA only when stderr is a terminal", async () => {
    const run = async (errIsTerminal: boolean) => {
      const { io, err } = memoryIo({ "u.data": synthetic() });
      expect(await runCli(["eval", "--data", "u.data", "--k", "5"], { ...io, errIsTerminal })).toBe(0);
      return err.join("\n");
    };
    const terminal = await run(true);
    expect(terminal).toMatch(/ranking test users: 60\/60 \(100%\), ETA 0 s/);
    const scores = [...terminal.matchAll(/best criterion so far (\d\.\d+)/g)].map((m) => Number(m[1]));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const piped = await run(false);
    expect(piped).not.toContain("ETA");
    expect(piped).toContain("tuned in");
  });

  it("accepts pre-split files in one id space", async () => {
    const rows = synthetic().trim().split("\n");
    const files = {
      "train.tsv": rows.filter((_, i) => i % 10 < 8).join("\n"),
      "valid.tsv": rows.filter((_, i) => i % 10 === 8).join("\n"),
      "test.tsv": rows.filter((_, i) => i % 10 === 9).join("\n"),
    };
    const { io, written } = memoryIo(files);
    const code = await runCli(
      [
        "eval",
        "--train",
        "train.tsv",
        "--valid",
        "valid.tsv",
        "--test",
        "test.tsv",
        "--k",
        "3",
        "--recs",
        "r.tsv",
        "--quiet",
      ],
      io,
    );
    expect(code).toBe(0);
    const lines = (written["r.tsv"] ?? "").trim().split("\n");
    const trainPairs = new Set(
      files["train.tsv"].split("\n").map((l) => l.split("\t").slice(0, 2).join("\t")),
    );
    for (const line of lines) expect(trainPairs.has(line.split("\t").slice(0, 2).join("\t"))).toBe(false);
  });
});

describe("candor", () => {
  it("prints usage and exits 2 without a command, 2 for an unknown one", async () => {
    const a = memoryIo({});
    expect(await runCli([], a.io)).toBe(2);
    expect(a.out.join("\n")).toContain("Usage: candor <command>");
    const b = memoryIo({});
    expect(await runCli(["frobnicate"], b.io)).toBe(2);
    expect(b.err.join("\n")).toContain('unknown command "frobnicate"');
  });
});
