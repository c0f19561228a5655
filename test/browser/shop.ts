/** Browser-test helpers for the demo storefront: consent choices, rows, downloads, IndexedDB and axe-core. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The two jurisdictions every storefront test runs in. */
export const regions = [
  ["EU", "DE"],
  ["California", "US-CA"],
] as const;

/** The consent banner. */
export const banner = (page: Page): Locator => page.getByRole("region", { name: "Privacy choices" });

/**
 * A recommendation row by its title, or by its row id as `"#home"` for rows whose title follows their mode
 * ("Recommended for you" while personalized, "Popular right now" while not).
 */
export const row = (page: Page, title: string): Locator =>
  title.startsWith("#")
    ? page.locator(`section.candor-row:has([id="row-${title.slice(1)}-title"])`)
    : page.getByRole("region", { name: title, exact: true });

/**
 * Opens the settings panel of `section` (a row, e.g. from {@link row}) with its "Row settings" button, unless it is
 * open already, and returns the panel.
 */
export async function openRowSettings(section: Locator): Promise<Locator> {
  const toggle = section.getByRole("button", { name: "Row settings" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
  return section.locator(".candor-row__settings");
}

/** The items of a row. */
export const rowItems = (page: Page, title: string): Locator => row(page, title).locator(".candor-row__item");

/** Opens the shop and waits until the first recommendation row has items. */
export async function openShop(page: Page, url: string, query: string, hash = "#/"): Promise<void> {
  await page.goto(`${url}?${query}${hash}`);
  await page.locator(".candor-row__item").first().waitFor({ timeout: 15_000 });
}

/** Sets the privacy settings dialog's switches so that exactly `granted` are on, and saves. */
export async function chooseOnly(page: Page, granted: readonly string[]): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Privacy settings" });
  await dialog.waitFor();
  const switches = dialog.getByRole("switch");
  const count = await switches.count();
  for (let i = 0; i < count; i++) {
    const control = switches.nth(i);
    if (await control.isDisabled()) continue;
    const name = (await control.getAttribute("aria-labelledby")) ?? "";
    const title = (await page.locator(`[id="${name}"]`).textContent()) ?? "";
    const want = granted.includes(title);
    if (((await control.getAttribute("aria-checked")) === "true") !== want) await control.click();
  }
  await dialog.getByRole("button", { name: "Save choices" }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** Opens the privacy settings from the footer. */
export async function openPrivacySettings(page: Page): Promise<void> {
  await page.getByRole("contentinfo").getByRole("button", { name: "Privacy settings" }).click();
}

/** The title of the first product in the listing or row that `scope` finds, and opens its page. */
export async function openProduct(page: Page, link: Locator): Promise<string> {
  const title = ((await link.textContent()) ?? "").trim();
  await link.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  return title;
}

/** The texts of every reason shown under the items of a row. */
export async function reasonsOf(page: Page, title: string): Promise<string[]> {
  return row(page, title).locator(".candor-row__reason").allTextContents();
}

/** Clicks `trigger` and returns the text of the file it downloads. */
export async function downloadText(page: Page, trigger: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const path = await download.path();
  return readFileSync(path, "utf8");
}

/** Every record in the vault's IndexedDB database, or `null` when the database was never created. */
export function vaultRecords(page: Page): Promise<unknown[] | null> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes("candor-vault")) return null;
    return new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open("candor-vault");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("records")) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction("records").objectStore("records").getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result);
        };
        request.onerror = () => reject(request.error);
      };
    });
  });
}

/** The stored consent record of the visitor, parsed, or `null`. */
export async function consentRecord(page: Page): Promise<{
  events: { type: string; via: { control?: string }; purposes: Record<string, { granted: boolean }> }[];
} | null> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem("candor.consent"))) ?? "null");
}

/** An axe-core violation, shortened for assertion messages. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) on the page as it is. The script is evaluated over the
 * DevTools protocol, which the page's CSP does not govern; injecting a `<script>` would be blocked by it.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}
