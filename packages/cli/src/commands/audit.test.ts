import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, processIo, runCli } from "../index.ts";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "candor-audit-"));
const log = join(dir, "log.jsonl");

describe("candor simulate and candor audit", () => {
  beforeAll(async () => {
    const { io, out } = capture();
    const code = await runCli(
      ["simulate", "--shoppers", "40", "--days", "3", "--seed", "5", "--items", "300", "--out", log],
      io,
    );
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/Served \d+ slates/);
  }, 60_000);

  it("verify exits 0 for an intact log", async () => {
    const { io, out } = capture();
    expect(await runCli(["audit", "verify", log], io)).toBe(0);
    expect(out.join("\n")).toMatch(/^Log verified: \d+ entries/);
  });

  it("verify exits 1 and names the first bad entry when an entry was changed", async () => {
    const lines = readFileSync(log, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes('"i":7,'));
    const record = JSON.parse(lines[at] ?? "{}");
    record.record.entry.score += 0.5;
    lines[at] = JSON.stringify(record);
    const tampered = join(dir, "tampered.jsonl");
    writeFileSync(tampered, lines.join("\n"));
    const { io, out } = capture();
    expect(await runCli(["audit", "verify", tampered, "--public-key", `${log}.pub.jwk.json`], io)).toBe(1);
    expect(out.join("\n")).toMatch(/^Tampering detected at entry 7: /);
  });

  it("verify exits 1 when an entry was removed", async () => {
    const lines = readFileSync(log, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes('"i":3,'));
    lines.splice(at, 1);
    const removed = join(dir, "removed.jsonl");
    writeFileSync(removed, lines.join("\n"));
    const { io, out } = capture();
    expect(await runCli(["audit", "verify", removed, "--public-key", `${log}.pub.jwk.json`], io)).toBe(1);
    expect(out.join("\n")).toMatch(/Tampering detected at entry 3/);
  });

  it("report says how many personalized slates were served without a valid consent (zero)", async () => {
    const { io, out } = capture();
    expect(await runCli(["audit", "report", log], io)).toBe(0);
    expect(out.join("\n")).toContain("Personalized slates served without a valid consent: **0**");
    const json = capture();
    expect(await runCli(["audit", "report", log, "--format", "json"], json.io)).toBe(0);
    expect(() => JSON.parse(json.out.join(""))).not.toThrow();
  });

  it("query filters by mode and subject and prints JSONL or CSV", async () => {
    const { io, out } = capture();
    expect(await runCli(["audit", "query", log, "--mode", "non_profiling"], io)).toBe(0);
    const rows = out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify(row)).toContain("non_profiling");
    const csv = capture();
    expect(await runCli(["audit", "query", log, "--subject", "s0001", "--format", "csv"], csv.io)).toBe(0);
    expect(csv.out.join("").split("\n")[0]).toMatch(/^index,/);
  });

  it("sample is reproducible for a seed and explains itself", async () => {
    const a = capture();
    const b = capture();
    expect(
      await runCli(["audit", "sample", log, "--n", "5", "--seed", "9", "--stratify", "surface,mode"], a.io),
    ).toBe(0);
    expect(
      await runCli(["audit", "sample", log, "--n", "5", "--seed", "9", "--stratify", "surface,mode"], b.io),
    ).toBe(0);
    expect(a.out).toEqual(b.out);
    expect(a.err.join("")).toContain("seed");
  });

  it("export writes entries, proofs and a manifest", async () => {
    const out = join(dir, "export");
    const { io } = capture();
    expect(await runCli(["audit", "export", log, "--out", out], io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.schema).toBe("candor.audit-export/1");
    expect(manifest.proofs.length).toBe(manifest.entries);
    expect(Object.keys(manifest.files).some((name) => name.includes("receipt"))).toBe(true);
  });

  it("gives usage errors for bad calls", async () => {
    for (const argv of [
      ["audit"],
      ["audit", "frob", log],
      ["audit", "report"],
      ["audit", "report", log, "--format", "xml"],
    ]) {
      const { io } = capture();
      expect(await runCli(argv, io)).toBe(2);
    }
    const missing = capture();
    expect(await runCli(["audit", "report", join(dir, "none.jsonl")], missing.io)).toBe(1);
    expect(missing.err.join("")).toContain("no such file");
  });
});
