import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CliIo, processIo, runCli } from "./index.ts";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

async function cli(argv: string[]) {
  const out: string[] = [];
  const io: CliIo = { ...processIo, out: (t) => void out.push(t), err: (t) => void out.push(t) };
  return { code: await runCli(argv, io), out: out.join("") };
}

describe("candor --version", () => {
  it("prints the package's version and exits 0, under either spelling", async () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await cli(["--version"])).toEqual({ code: 0, out: version });
    expect(await cli(["-v"])).toEqual({ code: 0, out: version });
  });

  it("is named in the usage text", async () => {
    const { code, out } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("candor --version");
  });
});
