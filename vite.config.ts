/// Vite config for the demo storefront (`pnpm demo`); packages resolve to their TypeScript sources.
import { defaultClientConditions, defineConfig } from "vite";

export default defineConfig({
  root: "demo",
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
});
