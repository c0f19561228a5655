import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync("README.md", "utf8");
// The set-up section, up to the next heading of its level: the commands a user runs on a clean clone.
const setUp = readme.split(/^## Set up$/m)[1]?.split(/^## /m)[0] ?? "";
const commands = [...setUp.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);

describe("README set-up commands", () => {
  it("has exactly two: one starts the demo, one runs every check", () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/install --frozen-lockfile && .* demo$/);
    expect(commands[1]).toMatch(/install --frozen-lockfile && .* check$/);
  });

  it("CI runs the README's check command verbatim", () => {
    const ci = readFileSync(".ci/run", "utf8");
    expect(ci.split("\n")).toContain(commands[1]);
  });

  it("the scripts they call exist", () => {
    const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts;
    expect(scripts.demo).toBeDefined();
    expect(scripts.check).toBe("node scripts/check.mjs");
  });
});
