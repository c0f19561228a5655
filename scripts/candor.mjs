// `pnpm candor …`: bundles the CLI from its TypeScript sources (esbuild, "@candor/source" condition) and runs it.
// The published package ships the same bundle as packages/cli/dist/candor.mjs (`pnpm --filter @candor/cli build`).
import { spawnSync } from "node:child_process";
import { build } from "esbuild";

const outfile = "packages/cli/dist/candor.mjs";
await build({
  entryPoints: ["packages/cli/src/bin.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@candor/source"],
  // playwright-core (for `candor scan`) cannot be bundled: it reads its own files at run time.
  external: ["playwright-core", "@electric-sql/pglite", "postgres"],
  outfile,
  logLevel: "warning",
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
