/** Serves the browser-test fixture pages on 127.0.0.1, with their script bundled from Candor's sources by esbuild. */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
// The official TCF stub is a dependency of @candor/core, so it resolves from there.
const require = createRequire(join(here, "../../packages/core/package.json"));

/** Starts the server; returns its base URL and a stop function. */
export async function serveFixtures(): Promise<{ url: string; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [join(here, "fixtures/tags-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    conditions: ["@candor/source"],
    write: false,
    logLevel: "silent",
  });
  const files: Record<string, [string, string | Uint8Array]> = {
    "/tags.html": ["text/html", readFileSync(join(here, "fixtures/tags.html"))],
    "/misbehaving.html": ["text/html", readFileSync(join(here, "fixtures/misbehaving.html"))],
    "/tags-page.js": ["text/javascript", bundle.outputFiles[0]?.contents ?? ""],
    "/tcf-stub.js": ["text/javascript", readFileSync(require.resolve("@iabtechlabtcf/stub"))],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": file[0], "Cache-Control": "no-store" }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
