/// Vite config for the demo storefront (`pnpm demo`); packages resolve to their TypeScript sources.
import { defaultClientConditions, defineConfig } from "vite";

/** The policy the built demo is served under: no inline scripts or styles, no `eval`, nothing from the network. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

export default defineConfig({
  root: "demo",
  resolve: { conditions: ["@candor/source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173, headers: { "Content-Security-Policy": contentSecurityPolicy } },
});
