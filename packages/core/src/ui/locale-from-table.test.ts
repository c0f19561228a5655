import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  convert,
  MAP,
  MissingTextsError,
  readFlat,
  renderLoaders,
} from "../../../../scripts/ui-locale-from-table.mjs";
import * as en from "./locales/en.ts";

const script = fileURLToPath(new URL("../../../../scripts/ui-locale-from-table.mjs", import.meta.url));
const map = MAP;

/** The flat table (the former `Messages` shape) that the English groups came from, rebuilt through the map. */
function flatOf(groups: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [group, texts] of Object.entries(map))
    for (const [key, path] of Object.entries(texts)) {
      const parts = path.split(".");
      let at = flat;
      for (const part of parts.slice(0, -1)) {
        at[part] ??= {};
        at = at[part] as Record<string, unknown>;
      }
      at[parts.at(-1) as string] = groups[group]?.[key];
    }
  return flat;
}

const tmp = mkdtempSync(join(tmpdir(), "ui-locale-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("scripts/ui-locale-from-table.mjs", () => {
  const groups = { ...en } as unknown as Record<string, Record<string, unknown>>;

  it("maps every group of the new shape, and only those", () => {
    expect(Object.keys(map).sort()).toEqual(Object.keys(groups).sort());
    for (const group of Object.keys(map))
      expect(Object.keys(map[group] ?? {}).sort()).toEqual(Object.keys(groups[group] ?? {}).sort());
  });

  it("round-trips: a flat table converts back to the same groups; unknown flat keys are ignored", () => {
    const flat = { ...flatOf(groups), droppedKey: "no longer used" };
    expect(convert(flat)).toEqual(groups);
  });

  it("names every missing text and converts nothing", () => {
    const flat = flatOf(groups);
    delete flat.bannerTitle;
    delete (flat.stored as Record<string, unknown>).nothingGranted;
    expect(() => convert(flat)).toThrow(MissingTextsError);
    expect(() => convert(flat)).toThrow(
      /bannerTitle.*stored\.nothingGranted|stored\.nothingGranted.*bannerTitle/,
    );
  });

  it("reads a flat TypeScript file, writes a formatted locale module and regenerates the loaders", async () => {
    const file = join(tmp, "messages-xx.ts");
    writeFileSync(
      file,
      `import type { Messages } from "./messages.ts";\n\n/** Test texts. */\nexport const xx: Messages = ${JSON.stringify(flatOf(groups))};\n`,
    );
    expect(await readFlat(file, "xx")).toEqual(flatOf(groups));
    const out = join(tmp, "locales");
    execFileSync("mkdir", ["-p", out]);
    execFileSync(process.execPath, [script, "xx", file, "--out", out], { stdio: "pipe" });
    const written = readFileSync(join(out, "xx.ts"), "utf8");
    expect(written).toMatch(/^export const banner: BannerTexts = \{$/m);
    expect(written).toContain("import type {");
    expect(written).toContain(`title: ${JSON.stringify(en.banner.title)},`);
    execFileSync(process.execPath, [script, "--loaders", "--out", out], { stdio: "pipe" });
    expect(readFileSync(join(tmp, "loaders.ts"), "utf8")).toContain('xx: () => import("./locales/xx.ts"),');
  });

  it("writes loaders without English, which is built in", () => {
    const source = renderLoaders(["de", "en", "pl"]);
    expect(source).toContain('de: () => import("./locales/de.ts")');
    expect(source).toContain('pl: () => import("./locales/pl.ts")');
    expect(source).not.toContain("locales/en.ts");
  });
});
