/**
 * Issue 14 item 6: `@candor/react` under React's StrictMode (development build, so every effect runs twice): the
 * banner's choices, the settings, a row's "Why am I seeing this?" and My data's export and erasure behave as in
 * `@candor/preact`, and the double effects record nothing twice; so do the privacy centre, the sensitive-data limit and
 * the audit console (pages, filters, verification, tabs).
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "./support.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");

let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    // The page lives in @candor/react (src/testing, not shipped), where react and react-dom resolve.
    entryPoints: [join(root, "packages/react/src/testing/react-page.tsx")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "react",
    conditions: ["@candor/source"],
    // React's development build: StrictMode double-invokes effects only there.
    define: { "process.env.NODE_ENV": '"development"' },
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents ?? "";
  const css = readFileSync(join(root, "packages/preact/src/styles.css"));
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root"></div><script type="module" src="/page.js"></script></body></html>';
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/page.js") response.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    else if (path === "/styles.css") response.writeHead(200, { "Content-Type": "text/css" }).end(css);
    else if (path === "/") response.writeHead(200, { "Content-Type": "text/html" }).end(html);
    else if (path === "/favicon.ico") response.writeHead(204).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

const errors: string[] = [];
beforeEach(async () => {
  errors.length = 0;
  page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
});

/** Opens the shop part (banner, settings, row, My data) and waits for the banner. */
async function openShop(): Promise<void> {
  await page.goto(url);
  await page.locator(".candor-banner").waitFor();
}

const banner = () => page.locator(".candor-banner");
const lastControl = () => page.evaluate(() => window.candorTest.state().lastEvent?.via.control ?? null);
const can = (purpose: string) => page.evaluate((p) => window.candorTest.can(p), purpose);

describe("@candor/react under StrictMode", () => {
  beforeEach(openShop);

  it("shows the banner once with three choices and records its notice once despite the double effects", async () => {
    await expect(banner().getByRole("button").allTextContents()).resolves.toEqual([
      "Accept all",
      "Reject all",
      "Customize",
    ]);
    await expect(banner().getAttribute("lang")).resolves.toBe("en");
    expect(await page.evaluate(() => window.candorTest.recorded.notices)).toBe(1);
    expect(errors).toEqual([]);
  });

  it("Reject all takes one click, closes the banner and personalizes nothing", async () => {
    await banner().getByRole("button", { name: "Reject all" }).click();
    await banner().waitFor({ state: "detached" });
    expect(await lastControl()).toBe("banner.reject-all");
    expect(await can("personalization.browsing")).toBe(false);
    await expect(page.locator(".candor-row").getAttribute("data-mode")).resolves.toBe("non_profiling");
    await expect(page.locator(".candor-row__title").textContent()).resolves.toBe("Popular right now");
  });

  it("Accept all takes one click and personalizes the row", async () => {
    await banner().getByRole("button", { name: "Accept all" }).click();
    await banner().waitFor({ state: "detached" });
    expect(await lastControl()).toBe("banner.accept-all");
    expect(await can("personalization.browsing")).toBe(true);
    await expect(page.locator(".candor-row").getAttribute("data-mode")).resolves.toBe("personalized");
  });

  it("Customize opens the settings with nothing pre-ticked and saves one switch as one event", async () => {
    await banner().getByRole("button", { name: "Customize" }).click();
    const dialog = page.getByRole("dialog", { name: "Privacy settings" });
    await dialog.waitFor();
    const switches = dialog.getByRole("switch");
    const checked = await switches.evaluateAll((all) =>
      all.filter((s) => !(s as HTMLButtonElement).disabled).map((s) => s.getAttribute("aria-checked")),
    );
    expect(checked.length).toBeGreaterThan(2);
    expect(new Set(checked)).toEqual(new Set(["false"]));
    const browsing = dialog.locator('[aria-labelledby="candor-purpose-personalization-browsing-title"]');
    await browsing.click();
    await expect(browsing.getAttribute("aria-checked")).resolves.toBe("true");
    await dialog.getByRole("button", { name: "Save choices" }).click();
    await dialog.waitFor({ state: "detached" });
    await banner().waitFor({ state: "detached" });
    expect(await lastControl()).toBe("settings.save");
    expect(await can("personalization.browsing")).toBe(true);
    expect(await can("personalization.purchases")).toBe(false);
    expect(errors).toEqual([]);
  });

  it("a row's “Why am I seeing this?” names the viewed product and its control reaches the shop", async () => {
    await banner().getByRole("button", { name: "Accept all" }).click();
    await page.getByRole("button", { name: "Why am I seeing this?" }).click();
    const dialog = page.locator("dialog.candor-explanation");
    await dialog.waitFor();
    await expect(dialog.locator(".candor-explanation__about").textContent()).resolves.toContain("Desk lamp");
    await expect(dialog.locator(".candor-reason").count()).resolves.toBeGreaterThan(0);
    await expect(dialog.textContent()).resolves.toContain("Oak chair");
    await dialog.locator('[data-control="not-interested"]').click();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => window.candorTest.recorded.controls.length > 0);
    expect(await page.evaluate(() => window.candorTest.recorded.controls)).toEqual(["not-interested"]);
    await expect(page.locator(".candor-row [role=status]").textContent()).resolves.toBe(
      "Done: recommendations are updated.",
    );
  });

  it("My data exports the consent record and the events, then erases everything after confirmation", async () => {
    await banner().getByRole("button", { name: "Accept all" }).click();
    await page.evaluate(() => window.candorTest.view("chair"));
    const subject = await page.evaluate(() => window.candorTest.state().subject);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export my data (JSON)" }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.schema).toBe("candor.subject-export/1");
    expect(exported.subject).toBe(subject);
    expect(exported.events).toHaveLength(1);
    expect(exported.consentRecord.events.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Erase everything" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Yes, erase everything" }).click();
    const receipt = JSON.parse((await page.getByTestId("erasure-receipt").textContent()) ?? "{}");
    expect(receipt.schema).toBe("candor.data-subject-erasure/1");
    expect(receipt.vault.subject).toBe(subject);
    expect(receipt.vault.events).toBe(1);
    expect(await page.evaluate(() => window.candorTest.state().subject)).not.toBe(subject);
    // A new subject is asked again.
    await banner().waitFor();
    expect(errors).toEqual([]);
  });
});

describe("@candor/react's privacy centre, sensitive-data limit and audit console under StrictMode", () => {
  beforeEach(async () => {
    await page.goto(`${url}/?part=auditor`);
    await page.locator(".candor-audit").waitFor();
  });

  it("lists every purpose off before a choice, and the limit switch confirms itself", async () => {
    const purposes = page.locator(".candor-privacy__purposes li");
    expect(await purposes.count()).toBeGreaterThan(2);
    expect(new Set(await purposes.locator("strong").allTextContents())).toEqual(new Set(["Off"]));
    const limit = page.getByRole("switch", { name: "Limit the Use of My Sensitive Personal Information" });
    await limit.click();
    await expect(limit.getAttribute("aria-checked")).resolves.toBe("true");
    await expect(page.locator(".candor-limit__status").textContent()).resolves.toBe(
      "Your sensitive personal information is not used for recommendations.",
    );
    expect(errors).toEqual([]);
  });

  it("pages newest first, filters by subject, verifies, then names and marks the tampered entry", async () => {
    const caption = page.locator("#candor-audit-caption");
    await expect(caption.textContent()).resolves.toBe("5 of 12 entries");
    const firstCells = () => page.locator(".candor-audit__table tbody tr td:first-child").allTextContents();
    expect(await firstCells()).toEqual(["11", "10", "9", "8", "7"]);
    await expect(page.locator(".candor-audit__pager [aria-live]").textContent()).resolves.toBe("Page 1 of 3");
    const verify = page.getByRole("button", { name: "Verify log" });
    await verify.click();
    await expect(page.getByTestId("verify-result").textContent()).resolves.toContain("Log verified");
    await verify.click();
    await page.locator(".candor-audit__bad").waitFor();
    await expect(page.getByTestId("verify-result").textContent()).resolves.toContain(
      "Tampering detected at entry 7",
    );
    await expect(page.locator(".candor-audit__row--bad td:first-child").textContent()).resolves.toBe("7");
    await page.getByRole("textbox", { name: "Subject" }).fill("s_bob");
    await expect(caption.textContent()).resolves.toBe("5 of 6 entries");
    expect(await firstCells()).toEqual(["11", "9", "7", "5", "3"]);
    expect(errors).toEqual([]);
  });

  it("moves between tabs with the arrow keys and shows the filter bubble", async () => {
    const log = page.getByRole("tab", { name: "Log" });
    await log.focus();
    await page.keyboard.press("ArrowRight");
    const bubble = page.getByRole("tab", { name: "Filter bubble" });
    await expect(bubble.getAttribute("aria-selected")).resolves.toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Filter bubble");
    await page.locator(".candor-bubble__table").waitFor();
    expect(await page.locator(".candor-bubble__table tbody tr").count()).toBe(3);
    await page.keyboard.press("Home");
    await expect(log.getAttribute("aria-selected")).resolves.toBe("true");
    expect(errors).toEqual([]);
  });
});
