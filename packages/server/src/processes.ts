/**
 * `candor` as separate processes, for the multi-process test and the server benchmark: the CLI bundled from its
 * sources (pglite and postgres kept external, as `pnpm candor` does) and started with `serve` or `worker`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as nodeModule from "node:module";
import { join } from "node:path";

// Paths from the repository's root (the working directory of vitest and `pnpm bench`), so that this also works
// bundled into the benchmark; esbuild is loaded from there at run time, never bundled.
const root = process.cwd();

/** Bundles `packages/cli/src/bin.ts` to `packages/cli/dist/<name>.mjs` (where its externals resolve); returns the path. */
export async function buildCliBundle(name: string): Promise<string> {
  const outfile = join(root, "packages/cli/dist", `${name}.mjs`);
  const { build } = nodeModule.createRequire(join(root, "package.json"))(
    "esbuild",
  ) as typeof import("esbuild");
  await build({
    entryPoints: [join(root, "packages/cli/src/bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@candor/source"],
    external: ["playwright-core", "@electric-sql/pglite", "postgres"],
    outfile,
    logLevel: "warning",
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Starts `candor …args` from `bundle`; resolves once it is listening (`serve`, with its URL) or consuming (`worker`). */
export function startCandor(
  bundle: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`candor ${args[0]} did not start: ${out}`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/[0-9.:]+)/.exec(out)?.[1];
      if (url || (args[0] === "worker" && out.includes("consuming"))) {
        clearTimeout(timer);
        resolve({ child, url: url ?? "" });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`candor ${args[0]} exited (${code}): ${out}`));
    });
  });
}

/** Resolves when `child` has exited; one still running after `killAfterMs` (default 20 s) gets SIGKILL. */
export function exited(child: ChildProcess, killAfterMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
