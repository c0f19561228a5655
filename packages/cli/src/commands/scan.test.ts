import { describe, expect, it } from "vitest";
import { type CliIo, processIo, runCli } from "../index.ts";
import { findChromium, renderReport } from "./scan.ts";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

describe("candor scan", () => {
  it("refuses a page off this machine, a missing URL and a bad format as usage errors", async () => {
    for (const argv of [
      ["scan", "https://shop.example/"],
      ["scan"],
      ["scan", "http://127.0.0.1:1/", "--format", "xml"],
    ]) {
      const { io, err } = capture();
      expect(await runCli(argv, io)).toBe(2);
      expect(err.join("\n")).toMatch(/this machine|needs a URL|--format/);
    }
  });

  it("uses CHROME_PATH when it exists, then Debian's Chromium, and finds none when neither is there", () => {
    expect(findChromium({ CHROME_PATH: process.execPath }, [])).toBe(process.execPath);
    expect(findChromium({ CHROME_PATH: "/nonexistent/chromium" }, [process.execPath])).toBe(process.execPath);
    expect(
      findChromium({ CHROME_PATH: "/nonexistent/chromium" }, ["/nonexistent/chromium-browser"]),
    ).toBeNull();
  });

  it("renders each phase and names every offender", () => {
    const text = renderReport({
      url: "http://127.0.0.1:8080/",
      ok: false,
      phases: [
        {
          name: "before-choice",
          title: "Before any choice",
          storage: [{ kind: "cookie", name: "_ga", essential: false }],
          requests: [{ url: "https://tracker.invalid/p.gif", blocked: true }],
          error: null,
        },
      ],
      offenders: [
        { phase: "before-choice", what: "cookie _ga" },
        { phase: "before-choice", what: "request to tracker.invalid (https://tracker.invalid/p.gif)" },
      ],
    });
    expect(text).toContain("NON-ESSENTIAL  cookie          _ga");
    expect(text).toContain("https://tracker.invalid/p.gif (blocked by the scan)");
    expect(text).toContain("FAIL: before-choice: cookie _ga; before-choice: request to tracker.invalid");
  });
});
