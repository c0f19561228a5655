/** Builds the demo once for every browser test file (each then serves demo/dist with vite preview). */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

export default async function setup(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  await build({ configFile: join(root, "vite.config.ts"), logLevel: "error" });
}
