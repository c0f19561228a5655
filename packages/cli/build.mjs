// Builds the published CLI: one self-contained ESM bundle (Candor's packages and their dependencies inlined) split
// into the `candor` executable (dist/candor.js) and the library entry (dist/index.js), plus declarations for the
// library entry. playwright-core (loaded on demand by `candor scan`), PGlite (it loads its WebAssembly and data
// files from its own folder) and the postgres driver of `candor serve` stay external, as dependencies.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { candor: "src/bin.ts", index: "src/index.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@candor/source"],
  external: ["playwright-core", "@electric-sql/pglite", "postgres"],
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __candorCreateRequire } from 'node:module'; const require = __candorCreateRequire(import.meta.url);",
  },
});
const tsc = spawnSync("../../node_modules/.bin/tsc", ["-p", "tsconfig.build.json"], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// The declarations of the library entry and what it references; the commands' internals are not public API.
const keep = new Set(["index.d.ts", "io.d.ts", "main.d.ts"]);
for (const entry of readdirSync("dist", { withFileTypes: true })) {
  if (entry.name.endsWith(".d.ts") && !keep.has(entry.name)) rmSync(`dist/${entry.name}`);
  if (entry.isDirectory() && entry.name !== "chunks") rmSync(`dist/${entry.name}`, { recursive: true });
}
