/// Vitest: `unit` runs tests beside the code and cross-package tests; `browser` drives Chromium through playwright-core.
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

const resolve = { conditions: ["@candor/source", ...defaultServerConditions] };
const ssr = {
  resolve: {
    conditions: ["@candor/source", ...defaultServerConditions],
    externalConditions: ["@candor/source"],
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: "unit",
          environment: "node",
          // Seeded simulations do real work; on a loaded 2-core machine 5 s is too tight (timings are never asserted).
          testTimeout: 30_000,
          include: [
            "packages/*/src/**/*.test.ts",
            "packages/*/src/**/*.test.tsx",
            "test/integration/**/*.test.ts",
            "scripts/*.test.mjs",
          ],
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "browser",
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
