// Prints the minified+gzip size of each published entry point as `<entry>: <bytes> B` and fails over budget.
// The budgeted figure is the entry's own code, as published: its npm dependencies (zod, zustand) stay imports, since
// a shop's bundle shares one copy across all of Candor's entries. The size with them bundled in goes to stderr.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Entry → [source file, budget in bytes]. */
const entries = {
  "@candor/core/consent": ["packages/core/src/consent/index.ts", 8192],
  "@candor/core/consent/locales": ["packages/core/src/consent/locales.ts", 4096],
};

const core = JSON.parse(readFileSync("packages/core/package.json", "utf8"));
const dependencies = Object.keys(core.dependencies ?? {});

async function gzipBytes(file, external) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["source"],
    external,
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

let failed = false;
for (const [name, [file, budget]] of Object.entries(entries)) {
  const own = await gzipBytes(file, [
    ...dependencies,
    ...dependencies.map((d) => `${d}/*`),
    "preact",
    "preact/*",
  ]);
  const all = await gzipBytes(file, ["preact", "preact/*"]);
  const over = own > budget;
  failed ||= over;
  console.log(`${name}: ${own} B${over ? ` (over budget of ${budget} B)` : ""}`);
  console.error(`  ${name} with ${dependencies.join(", ")} bundled in: ${all} B`);
}
if (failed) process.exit(1);
