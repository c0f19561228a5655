// Prints the minified+gzip size of each published entry point as `<entry>: <bytes> B` and fails over budget.
// The budgeted figure is the entry's own code, as published: its npm dependencies (zod, zustand) stay imports, since
// a shop's bundle shares one copy across all of Candor's entries. The size with them bundled in goes to stderr.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Entry → [source file, budget in bytes]. */
const entries = {
  "@candor/core/consent": ["packages/core/src/consent/index.ts", 10240],
  "@candor/core/consent/locales": ["packages/core/src/consent/locales.ts", 4096],
  "@candor/core/consent-mode": ["packages/core/src/consent-mode/index.ts", 3072],
  "@candor/core/gpp": ["packages/core/src/gpp/index.ts", 4096],
  "@candor/core/tcf": ["packages/core/src/tcf/index.ts", 4096],
  "@candor/core/gating": ["packages/core/src/gating/index.ts", 4096],
  "@candor/core/policy": ["packages/core/src/policy/index.ts", 15360],
  "@candor/core/recommend": ["packages/core/src/recommend/index.ts", 22528],
  "@candor/core/rerank": ["packages/core/src/rerank/index.ts", 13312],
  "@candor/core/explain": ["packages/core/src/explain/index.ts", 9728],
  "@candor/core/audit": ["packages/core/src/audit/index.ts", 22528],
  "@candor/core/measure": ["packages/core/src/measure/index.ts", 16384],
  "@candor/preact": ["packages/preact/src/index.ts", 27648],
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
    conditions: ["@candor/source"],
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
// The storefront's initial JS: the entry chunk and the chunks it imports statically (workers and lazy pages excluded).
const DEMO_BUDGET = 120 * 1024;
const { build: viteBuild } = await import("vite");
await viteBuild({ configFile: "vite.config.ts", logLevel: "error" });
const html = readFileSync("demo/dist/index.html", "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const demoBytes = initial.reduce(
  (sum, asset) => sum + gzipSync(readFileSync(`demo/dist/${asset}`), { level: 9 }).length,
  0,
);
const demoOver = demoBytes > DEMO_BUDGET;
failed ||= demoOver;
console.log(`demo (initial JS): ${demoBytes} B${demoOver ? ` (over budget of ${DEMO_BUDGET} B)` : ""}`);
if (failed) process.exit(1);
