import { type CliIo, processIo, runCli } from "@candor/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFixtures } from "./fixture-server.ts";
import { serveDemo } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let fixtures: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  [demo, fixtures] = await Promise.all([serveDemo(), serveFixtures()]);
});
afterAll(async () => {
  await Promise.all([demo?.close(), fixtures?.close()]);
});

async function scan(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) };
  const code = await runCli(["scan", ...argv], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("candor scan", () => {
  it("passes on the demo: nothing but the consent record is stored, no third-party request", async () => {
    const { code, out } = await scan(`${demo.url}?region=DE`);
    expect(out).toContain("Before any choice:\n  nothing stored, no third-party request");
    expect(out).toMatch(/After "Reject all":\n {2}essential +localStorage +candor\.consent\n/);
    expect(out).toContain('PASS: nothing non-essential before a choice or after "Reject all".');
    expect(code).toBe(0);
  });

  it("fails on a page that tracks before consent, naming each offender", async () => {
    const { code, out } = await scan(`${fixtures.url}/misbehaving.html`, "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.ok).toBe(false);
    const before = report.offenders.filter((o: { phase: string }) => o.phase === "before-choice");
    expect(before.map((o: { what: string }) => o.what)).toEqual([
      "cookie _tracker_id",
      "localStorage tracker.seen",
      "request to tracker.invalid (https://tracker.invalid/pixel.gif?page=home)",
    ]);
    expect(report.offenders.some((o: { phase: string }) => o.phase === "after-reject")).toBe(true);
    expect(report.phases[0].requests).toEqual([
      { url: "https://tracker.invalid/pixel.gif?page=home", blocked: true },
    ]);
  });

  it("refuses pages that are not served on this machine", async () => {
    const { code, err } = await scan("https://shop.example/");
    expect(code).toBe(2);
    expect(err).toContain("opens only pages served on this machine");
  });
});
