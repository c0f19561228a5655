// `pnpm bench`: bundles bench/index.ts for Node (sources via the "@candor/source" condition), runs it, and leaves
// one line per figure on stdout as `<name>: <value> <unit>` plus bench/results.json.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const dir = mkdtempSync(join(tmpdir(), "candor-bench-"));
const outfile = join(dir, "bench.mjs");
try {
  await build({
    entryPoints: ["bench/index.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@candor/source"],
    outfile,
    logLevel: "warning",
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  execFileSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { stdio: "inherit" });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
