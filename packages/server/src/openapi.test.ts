import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { openApiDocument, renderApiMarkdown } from "./openapi.ts";

const files = {
  json: fileURLToPath(new URL("../../../docs/http-api.json", import.meta.url)),
  md: fileURLToPath(new URL("../../../docs/http-api.md", import.meta.url)),
};
const regenerate = "run with CANDOR_UPDATE_API_DOCS=1 to regenerate";
if (process.env.CANDOR_UPDATE_API_DOCS === "1") {
  writeFileSync(files.json, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
  writeFileSync(files.md, renderApiMarkdown());
  spawnSync("node_modules/.bin/biome", ["format", "--write", files.json, files.md], { stdio: "ignore" });
}

/** The Markdown without the whitespace biome's formatter changes (table padding, JSON blocks). */
const unpadded = (text: string) => text.replace(/-{3,}/g, "---").replace(/\s+/g, "");

test("docs/http-api.json and docs/http-api.md are generated from the current schemas", () => {
  expect(JSON.parse(readFileSync(files.json, "utf8")), regenerate).toEqual(openApiDocument());
  expect(unpadded(readFileSync(files.md, "utf8")), regenerate).toBe(unpadded(renderApiMarkdown()));
});
