// The publish path, tried as a shop developer would: builds every package, packs each publishable one with pnpm,
// lints the tarballs (publint --strict, @arethetypeswrong/cli), installs them with npm into a throwaway app in the
// system's temp directory (no workspace links, no `@candor/source` condition), then
//   (a) type-checks the README quick start verbatim under strict tsc,
//   (b) runs a Node script through consent → vault → createServing().serve() → explanation,
//   (c) builds a Vite page with ConsentBanner and a RecommendationRow and renders it in Chromium,
//   (d) installs the CLI tarball alone with `npm i -g` and runs `candor --version`, `simulate` and `audit verify`.
// Only the tools (tsc, Vite, playwright-core, publint, attw) come from this workspace; the packages under test and
// their dependencies come from the tarballs and the npm registry. Set CANDOR_KEEP_PACK=1 to keep the temp folder.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";

const started = performance.now();
const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const work = mkdtempSync(join(tmpdir(), "candor-pack-"));
const tarballs = join(work, "tarballs");
const app = join(work, "app");
mkdirSync(tarballs);
mkdirSync(app);

/** The environment for npm and the installed tools: pnpm's `npm_*` settings must not leak into npm. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key) && key !== "NODE_OPTIONS"),
);

/** Runs a command; resolves with its output, rejects with it (and the command) on a non-zero exit. */
function run(command, args, { cwd = root, env = cleanEnv, quiet = true } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done(output);
      else fail(new Error(`${[command, ...args].join(" ")} (in ${cwd}) exited ${code}\n${output}`));
    });
  });
}

/** Runs a named step and prints its duration. */
async function step(name, body) {
  const from = performance.now();
  const result = await body();
  console.log(`  ✓ ${name} (${seconds(from)})`);
  return result;
}

// The pnpm running `pnpm check`: a script for Node, or (pnpm 12's npx package) a native executable.
const execPath = process.env.npm_execpath ?? "";
const pnpm = !execPath.includes("pnpm")
  ? ["npx", ["-y", "pnpm@12.21.0"]]
  : /\.[cm]?js$/.test(execPath)
    ? [process.execPath, [execPath]]
    : [execPath, []];
const pnpmRun = (args, cwd) => run(pnpm[0], [...pnpm[1], ...args], { cwd, env: process.env });

const packages = readdirSync(join(root, "packages"))
  .map((dir) => ({
    dir: join(root, "packages", dir),
    manifest: readJson(join(root, "packages", dir, "package.json")),
  }))
  .filter((p) => !p.manifest.private);
const tarballOf = (name) =>
  join(tarballs, `${name.replace("@", "").replace("/", "-")}-${packageOf(name).manifest.version}.tgz`);
const packageOf = (name) => packages.find((p) => p.manifest.name === name) ?? fail(`no package ${name}`);

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}
function fail(message) {
  throw new Error(message);
}
function check(condition, message) {
  if (!condition) fail(message);
}

async function buildAndPack() {
  await step("build (pnpm -r build)", () => pnpmRun(["-r", "--filter", "./packages/*", "build"], root));
  await step(`pack ${packages.length} packages (pnpm pack)`, () =>
    Promise.all(packages.map((p) => pnpmRun(["pack", "--pack-destination", tarballs], p.dir))),
  );
  for (const p of packages) {
    const files = (await run("tar", ["tzf", tarballOf(p.manifest.name)])).split("\n");
    check(files.includes("package/LICENSE"), `${p.manifest.name}: no LICENSE in the tarball`);
    check(files.includes("package/README.md"), `${p.manifest.name}: no README.md in the tarball`);
    const tests = files.filter((f) => /\.test\.|\/(testdata|testing)\//.test(f));
    check(tests.length === 0, `${p.manifest.name}: ships tests: ${tests.slice(0, 3).join(", ")}`);
  }
}

/** publint --strict and attw on every tarball (attw: ESM-only packages, so CommonJS resolutions are not asked). */
function lint() {
  return step("publint --strict and attw --profile esm-only", () =>
    Promise.all(
      packages.flatMap((p) => {
        const tgz = tarballOf(p.manifest.name);
        const css = Object.keys(p.manifest.exports ?? {}).filter((e) => e.endsWith(".css"));
        return [
          run(bin("publint"), ["run", tgz, "--strict"]),
          run(bin("attw"), [
            tgz,
            "--profile",
            "esm-only",
            "--no-emoji",
            "--no-color",
            "--format",
            "ascii",
            ...(css.length > 0 ? ["--exclude-entrypoints", ...css] : []),
          ]),
        ];
      }),
    ),
  );
}

async function installApp() {
  const preact = packageOf("@candor/preact").manifest.devDependencies.preact;
  // React and its types, for @candor/react's declarations (checked with skipLibCheck off in (a)).
  const react = Object.fromEntries(
    ["react", "react-dom", "@types/react", "@types/react-dom"].map((name) => [
      name,
      packageOf("@candor/react").manifest.devDependencies[name],
    ]),
  );
  const dependencies = Object.fromEntries(
    ["@candor/core", "@candor/preact", "@candor/react", "@candor/sample-shop"].map((name) => [
      name,
      `file:${tarballOf(name)}`,
    ]),
  );
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "candor-pack-check",
      private: true,
      type: "module",
      dependencies: { ...dependencies, preact, ...react },
    }),
  );
  await step("npm install the tarballs into a fresh app", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: app }),
  );
  // What the app resolved must be the tarballs' contents, never links back into the workspace.
  for (const name of Object.keys(dependencies)) {
    const installed = readJson(join(app, "node_modules", name, "package.json"));
    check(installed.version === packageOf(name).manifest.version, `${name}: installed ${installed.version}`);
    check(!JSON.stringify(installed).includes("workspace:"), `${name}: a workspace: range survived packing`);
  }
}

async function quickStart() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const code = readme.match(/```ts\n([\s\S]*?)```/)?.[1] ?? fail("README.md has no ```ts block");
  writeFileSync(join(app, "quick-start.ts"), code);
  // Every browser entry point of the installed packages, so their declarations are checked too (skipLibCheck off).
  const browserEntries = ["@candor/core", "@candor/preact", "@candor/react", "@candor/sample-shop"].flatMap(
    (name) =>
      Object.keys(packageOf(name).manifest.exports)
        .filter((e) => !/package\.json$|\.css$|\/node$/.test(e))
        // A pattern (`./explain/locales/*`) is checked through two of its files: one language and the all-languages one
        // (`./ui/locales/*` has no all-languages module: `loadUiMessages` fetches one language; English and German).
        .flatMap((e) =>
          !e.endsWith("/*")
            ? [e]
            : e.startsWith("./ui/")
              ? [e.replace("*", "en"), e.replace("*", "de")]
              : [e.replace("*", "pl"), e.replace("*", "all")],
        )
        .map((e) => name + e.slice(1)),
  );
  writeFileSync(
    join(app, "entries.ts"),
    browserEntries.map((e, i) => `import * as e${i} from "${e}";\n`).join("") +
      `export const entries = [${browserEntries.map((_, i) => `e${i}`).join(", ")}];\n`,
  );
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "ESNext",
        moduleResolution: "bundler",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      files: ["quick-start.ts", "entries.ts"],
    }),
  );
  await step(`(a) README quick start and ${browserEntries.length} entry points pass strict tsc`, () =>
    run(bin("tsc"), ["-p", join(app, "tsconfig.json")]),
  );
}

const serveScript = `
import { createExplanationLog, createLogSigner, createPseudonymizer, generatePseudonymKey, memoryLogStorage, verifyLog } from "@candor/core/audit";
import { createConsentManager } from "@candor/core/consent/manager";
import { createVault } from "@candor/core/policy";
import { createServing } from "@candor/core/serve";
import { createCatalog, simulateTraffic } from "@candor/sample-shop";

const fail = (message) => { console.error(message); process.exit(1); };
const T0 = Date.UTC(2026, 0, 10);
const catalog = createCatalog({ seed: 7, items: 300, sellers: 12 });
const byId = new Map(catalog.items.map((p) => [p.id, p]));
const consent = createConsentManager({ region: "DE", clock: () => T0 });
const state = consent.acceptAll();
if (!consent.can("personalization.browsing")) fail("acceptAll did not grant personalization.browsing");
const vault = createVault({ sensitiveTags: (id) => byId.get(id)?.sensitive });
const signer = await createLogSigner();
const records = { records: [], heads: [], keys: new Map() };
const log = createExplanationLog({
  storage: memoryLogStorage(records),
  signer,
  pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
  schedule: null,
});
const serving = createServing({ catalog: catalog.items, vault, log, clock: () => T0 });
const traffic = simulateTraffic({ seed: 3, catalog, shoppers: 60, days: 5, maxEvents: 4000 });
for (const event of traffic.events) if ("item" in event) serving.learn(event, { ...state, subject: event.subject });
serving.fit();
const viewed = catalog.items.find((p) => !p.sensitive && p.stock > 0 && !p.ageRestricted);
await serving.ingest({ type: "view", subject: state.subject, item: viewed.id, at: T0 - 1000 }, consent.getState());
const { slate, explanations, entries, issues } = await serving.serve({ consent: consent.getState(), surface: "home", k: 8 });
if (issues.length > 0) fail("serve reported issues: " + JSON.stringify(issues));
if (slate.mode !== "personalized") fail("expected a personalized slate, got " + slate.mode);
if (slate.items.length === 0 || explanations.length !== slate.items.length) fail("one explanation per item expected");
if (typeof explanations[0].text !== "string" || explanations[0].text.length === 0) fail("empty explanation");
if (!entries || entries.length === 0) fail("the slate was not committed to the log");
const result = await verifyLog(records.records, records.heads, signer.publicKey);
if (!result.ok) fail("the log does not verify: " + JSON.stringify(result));
console.log(slate.items.length + " items; first: " + explanations[0].text);
`;

async function nodeServe() {
  writeFileSync(join(app, "serve.mjs"), serveScript);
  const out = await step("(b) Node: consent → vault → serve() → explanation", () =>
    run(process.execPath, [join(app, "serve.mjs")], { cwd: app }),
  );
  console.log(`    ${out.trim()}`);
}

const pageScript = `
import { createExplanationLog, createLogSigner, createPseudonymizer, generatePseudonymKey, memoryLogStorage } from "@candor/core/audit";
import { createConsentManager, localStorageAdapter } from "@candor/core/consent";
import { createVault } from "@candor/core/policy";
import { createServing } from "@candor/core/serve";
import { ConsentBanner, RecommendationRow } from "@candor/preact";
import "@candor/preact/styles.css";
import { h, render } from "preact";

const catalog = [
  { id: "p1", title: "Trail Runner 3", category: "running-shoes", sellerId: "indie-1", stock: 12 },
  { id: "p2", title: "Trail Socks", category: "socks", sellerId: "big-1", stock: 40 },
  { id: "p3", title: "Rain Jacket", category: "jackets", sellerId: "indie-1", stock: 3 },
];
const manager = createConsentManager({ region: "DE", storage: localStorageAdapter() });
const log = createExplanationLog({
  storage: memoryLogStorage(),
  signer: await createLogSigner(),
  pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
});
const serving = createServing({ catalog, vault: createVault(), log });
const { slate, explanations } = await serving.serve({ consent: manager.getState(), surface: "home", k: 3 });
const items = slate.items.map((entry, i) => ({ id: entry.item, title: catalog.find((p) => p.id === entry.item).title, explanation: explanations[i] }));
const App = () => [
  h(ConsentBanner, { manager, onCustomize: () => {} }),
  h(RecommendationRow, {
    id: "home", title: "Picked for you", items, mode: slate.mode, reason: slate.decision.reason,
    settings: { personalized: true, variety: 0.3 }, onSettingsChange: () => {}, onControl: () => {},
    renderItem: (item) => h("span", { class: "product" }, item.title),
  }),
];
render(h(App, {}), document.getElementById("app"));
document.body.dataset.ready = "true";
`;

async function vitePage() {
  writeFileSync(
    join(app, "index.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pack check</title><link rel="icon" href="data:,"></head>' +
      '<body><main id="app"></main><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(join(app, "main.js"), pageScript);
  const { build } = await import("vite");
  await step("(c) Vite build of a page with ConsentBanner and RecommendationRow", () =>
    build({ root: app, configFile: false, logLevel: "error", build: { outDir: "dist", target: "es2022" } }),
  );
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = join(app, "dist", path === "/" ? "index.html" : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await run(process.execPath, [join(root, "scripts/ensure-chromium.mjs")], { env: process.env });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { chromium } = await import("playwright-core");
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    await step("(c) the page renders in Chromium; Accept all closes the banner", async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page
        .waitForSelector("body[data-ready=true]", { timeout: 20_000 })
        .catch((e) => fail(`the page did not start: ${errors.join("; ") || e.message}`));
      const banner = page.locator(".candor-banner");
      check(await banner.isVisible(), "the consent banner is not shown");
      const products = await page.locator(".product").allTextContents();
      check(products.length > 0, "the recommendation row shows no items");
      check(
        products.every((t) => t.length > 0),
        "a product without a title",
      );
      await page.getByRole("button", { name: "Accept all" }).click();
      await banner.waitFor({ state: "detached", timeout: 5_000 });
      const stored = await page.evaluate(() => Object.keys(localStorage).length);
      check(stored > 0, "the choice was not stored");
      check(errors.length === 0, `page errors: ${errors.join("; ")}`);
      console.log(`    row: ${products.join(", ")}`);
    });
  } finally {
    await browser?.close();
    server.close();
  }
}

async function cli() {
  const cliPackage = packageOf("@candor/cli");
  const prefix = join(work, "global");
  await step("(d) npm i -g the CLI tarball alone", () =>
    run("npm", [
      "install",
      "--global",
      "--prefix",
      prefix,
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      tarballOf("@candor/cli"),
    ]),
  );
  // Self-contained: the bundle imports only Node built-ins, its own files and the dependencies it declares.
  const installed = join(prefix, "lib/node_modules/@candor/cli");
  const declared = new Set(Object.keys(cliPackage.manifest.dependencies ?? {}));
  const imported = new Set();
  const dist = join(installed, "dist");
  for (const file of readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith(".js"))) {
    const text = readFileSync(join(dist, String(file)), "utf8");
    // Static imports start a line in esbuild's output; dynamic ones are `import("…")` calls.
    for (const m of text.matchAll(
      /(?:^import\b[^"'\n]*|^\}\s*from\s*|\bimport\s*\(\s*)["']([^"'\s]+)["']/gm,
    )) {
      const specifier = m[1];
      if (specifier.startsWith("node:") || specifier.startsWith(".")) continue;
      const name = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/.exec(specifier)?.[0];
      if (name) imported.add(name);
    }
  }
  check(
    [...imported].every((d) => declared.has(d)),
    `the CLI imports undeclared packages: ${[...imported]}`,
  );
  check(
    [...declared].every((d) => imported.has(d)),
    `the CLI declares unused dependencies: ${[...declared]}`,
  );
  const candor = join(prefix, "bin/candor");
  const env = { ...cleanEnv, CANDOR_KEYS_DIR: join(work, "keys") };
  const version = await run(candor, ["--version"], { env });
  check(version.trim() === cliPackage.manifest.version, `candor --version printed ${version.trim()}`);
  const logFile = join(work, "runs/log.jsonl");
  await step("(d) candor simulate --shoppers 20 --days 2", () =>
    run(candor, ["simulate", "--shoppers", "20", "--days", "2", "--seed", "3", "--out", logFile], { env }),
  );
  const verified = await step("(d) candor audit verify", () =>
    run(candor, ["audit", "verify", logFile], { env }),
  );
  console.log(`    candor ${version.trim()}; audit verify: ${verified.trim().split("\n").at(-1)}`);
}

let ok = false;
try {
  console.log(`pack check in ${work}`);
  await buildAndPack();
  // The linters and the CLI's global install do not depend on the app: run them beside it.
  const side = Promise.all([lint(), cli()]);
  side.catch(() => {});
  await installApp();
  await quickStart();
  await nodeServe();
  await vitePage();
  await side;
  ok = true;
} catch (error) {
  console.error(`\n✖ pack check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (process.env.CANDOR_KEEP_PACK) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`${ok ? "✓ pack check passed" : "✖ pack check failed"} in ${seconds(started)}`);
