// Runs every check the README promises, in order, stopping at the first failure:
// format/lint, typecheck, the API report (api/ matches the public surface), unit tests, browser tests (installing
// Chromium if needed), pack and install (the published tarballs in a fresh app), size budgets.
// Ends with one line `tests: N passed, M failed` summing both Vitest projects.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name) => `node_modules/.bin/${name}`;
const reports = "test/artifacts";
mkdirSync(reports, { recursive: true });
// Reports of an earlier run must not be counted if a step fails before its tests run.
for (const project of ["unit", "browser"]) rmSync(`${reports}/${project}.json`, { force: true });

const steps = [
  ["format and lint", bin("biome"), ["ci", "."]],
  ["typecheck", bin("tsc"), ["-p", "tsconfig.json"]],
  ["api report", "node", ["scripts/api-report.mjs", "--check"]],
  ["services (PostgreSQL for the server suite)", "node", ["scripts/ensure-services.mjs"]],
  ["unit tests", bin("vitest"), vitest("unit")],
  ["chromium", "node", ["scripts/ensure-chromium.mjs"]],
  ["browser tests", bin("vitest"), vitest("browser")],
  ["pack and install", "node", ["scripts/pack-check.mjs"]],
  ["size budgets", "node", ["scripts/size.mjs"]],
];

function vitest(project) {
  return [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reports}/${project}.json`,
  ];
}

function totals() {
  let passed = 0;
  let failed = 0;
  for (const project of ["unit", "browser"]) {
    const file = `${reports}/${project}.json`;
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  return { passed, failed };
}

let ok = true;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    ok = false;
    break;
  }
}
// A throwaway PostgreSQL started for the server suite is stopped again (a no-op otherwise).
spawnSync("node", ["scripts/ensure-services.mjs", "--stop"], { stdio: "inherit" });
const { passed, failed } = totals();
console.log(`\n${ok ? "✔ all checks passed" : "✖ checks failed"}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
