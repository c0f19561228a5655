/** Browser-test support: build and serve the demo, and drive Debian's Chromium through playwright-core. */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const config = join(root, "vite.config.ts");
/** Where screenshots go (not committed). */
export const artifacts = join(root, "test/artifacts");

/** The Chromium to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      "No Chromium found. Run `node scripts/ensure-chromium.mjs` as root (installs Debian's chromium), " +
        "or set CHROME_PATH to a Chromium or Chrome executable.",
    );
  }
  return found;
}

/** Launches headless Chromium with the flags this machine needs; playwright gives it a fresh profile directory. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Serves the built demo (see global-setup.ts) with the production CSP; returns the base URL and a stop function. */
export async function serveDemo(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: config,
    logLevel: "error",
    preview: { port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { url, close: () => server.close() };
}

/** Saves a full-page screenshot under test/artifacts. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Collects console errors and CSP violations of a page, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** What {@link useDemoPage} hands each test: a fresh context and page on the served demo, and its errors. */
export interface DemoSession {
  readonly browser: Browser;
  readonly demo: { url: string; close: () => Promise<void> };
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/**
 * Registers the hooks every browser test file shares: serve the demo and launch Chromium once per file, a new
 * context and page per test, and no console error or CSP violation allowed. `assign` receives each test's session.
 */
export function useDemoPage(assign: (session: DemoSession) => void): void {
  let browser: Browser;
  let demo: DemoSession["demo"];
  let context: BrowserContext | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    demo = await serveDemo();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    errors = watchErrors(page);
    assign({ browser, demo, context, page, errors });
  });
  afterEach(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });
}
