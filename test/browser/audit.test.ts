import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, banner, downloadText, openShop, regions } from "./shop.ts";
import { screenshot, useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

/** Serves some slates (home, a product page) and opens the audit console from the header. */
async function serveAndOpenAudit(region: string) {
  await openShop(page, demo.url, `region=${region}`);
  await banner(page).getByRole("button", { name: "Accept all" }).click();
  await page.locator(".candor-row__item .product-card__title").first().click();
  await page.getByRole("region", { name: "Similar items" }).locator(".candor-row__item").first().waitFor();
  await page.getByRole("navigation", { name: "Shop" }).getByRole("link", { name: "Audit" }).click();
  await page.getByRole("heading", { level: 1, name: "Audit console" }).waitFor();
  await page.getByRole("table").locator("tbody tr").first().waitFor();
}

const result = () => page.getByTestId("verify-result");

describe("audit console, every served slate logged", () => {
  it("lists exactly as many entries as it verifies, after home, category, product and cart (DESIGN.md invariant 5)", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await page.getByRole("navigation", { name: "Categories" }).getByRole("link").first().click();
    await page.locator(".candor-row__item, .product-card").first().waitFor();
    await page.locator(".product-card__title").first().click();
    await page.getByRole("region", { name: "Similar items" }).locator(".candor-row__item").first().waitFor();
    await page.getByRole("button", { name: "Add to cart" }).first().click();
    await page.getByRole("navigation", { name: "Shop" }).getByRole("link", { name: /Cart/ }).click();
    await page.locator(".candor-row__item").first().waitFor();
    await page.getByRole("navigation", { name: "Shop" }).getByRole("link", { name: "Audit" }).click();
    await page.getByRole("table").locator("tbody tr").first().waitFor();
    const surfaces = new Set(
      await page.getByRole("combobox", { name: "Surface" }).locator("option").allTextContents(),
    );
    for (const surface of ["home", "category", "pdp-similar", "cart"]) expect(surfaces).toContain(surface);
    await page.getByRole("button", { name: "Verify log" }).click();
    await expect.poll(() => result().textContent()).toContain("Log verified");
    const verified = Number(((await result().textContent()) ?? "").match(/\((\d+) served items/)?.[1]);
    const caption = (await page.getByRole("table").locator("caption").textContent()) ?? "";
    const listed = Number(caption.match(/of (\d+) entries/)?.[1]);
    expect(listed).toBeGreaterThan(0);
    expect(verified).toBe(listed);
  });
});

describe.each(regions)("audit console (%s)", (name, region) => {
  it("verifies the log, then detects a tampered entry and names it", async () => {
    await serveAndOpenAudit(region);
    const verify = page.getByRole("button", { name: "Verify log" });
    await verify.click();
    await expect.poll(() => result().textContent()).toContain("Log verified");
    await screenshot(page, `audit-${name.toLowerCase()}-verified`);

    // An explanation entry listed in the table (the log's first records are the notice and consent events).
    const indexes = await page.getByRole("table").locator("tbody tr td:nth-child(1)").allTextContents();
    const target = String(Math.min(...indexes.map(Number)));
    await page.getByRole("spinbutton", { name: "Entry to change" }).fill(target);
    await page.getByRole("button", { name: "Change this entry" }).click();
    await page.getByText(`Entry ${target} was changed.`).waitFor();
    await verify.click();
    await expect.poll(() => result().textContent()).toContain(`Tampering detected at entry ${target}`);
    await screenshot(page, `audit-${name.toLowerCase()}-tampered`);
  });
});

describe("audit console", () => {
  it("filters the log, draws the exposure and diversity charts, and exports what is selected", async () => {
    await serveAndOpenAudit("DE");
    const table = page.getByRole("table");
    const caption = async () => (await table.locator("caption").textContent()) ?? "";
    const total = Number((await caption()).match(/of (\d+) entries/)?.[1]);
    expect(total).toBeGreaterThan(8);

    await page.getByRole("combobox", { name: "Surface" }).selectOption("pdp-similar");
    await expect
      .poll(async () => Number((await caption()).match(/of (\d+) entries/)?.[1]))
      .toBeLessThan(total);
    const surfaces = await table.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(new Set(surfaces)).toEqual(new Set(["pdp-similar"]));

    const charts = page.getByRole("img");
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole("img", { name: /Exposure by seller group/ }).count()).toBe(1);
    expect(await page.getByRole("img", { name: /Categories per slate/ }).count()).toBe(1);

    const csv = await downloadText(page, page.getByRole("button", { name: "Export CSV" }));
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe(
      "index,at,slate,subject,surface,rank,item,mode,templateId,text,purposes,consentEventId,provider,providerGroup,category",
    );
    expect(lines.length - 1).toBe(surfaces.length);
    const json = JSON.parse(await downloadText(page, page.getByRole("button", { name: "Export JSON" })));
    expect(json.every((e: { surface: string }) => e.surface === "pdp-similar")).toBe(true);
    expect(json[0]).toMatchObject({ mode: "personalized", purposes: expect.any(Array) });
  });
});

describe("audit console, Measurement tab", () => {
  it("shows the click-through lift with its interval, lists a drift event, and passes axe", async () => {
    await serveAndOpenAudit("DE");
    const tabs = page.getByRole("tablist", { name: "Audit views" });
    await tabs.getByRole("tab", { name: "Log" }).focus();
    await page.keyboard.press("ArrowRight");
    const tab = tabs.getByRole("tab", { name: "Measurement" });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    const panel = page.getByRole("tabpanel", { name: "Measurement" });
    await panel.getByTestId("lift-table").waitFor({ timeout: 20_000 });

    const chart = panel.getByRole("img", { name: /Lift of personalization/ });
    expect(await chart.count()).toBe(1);
    const click = panel.getByTestId("lift-table").getByRole("row", { name: /Click-through/ });
    const cells = await click.locator("td").allTextContents();
    expect(cells[2]).toMatch(/^\+\d/);
    expect(cells[3]).toMatch(/^[+-]?\d[\d.]*\s?% – [+-]?\d[\d.]*\s?%$/);
    expect(await panel.getByTestId("measurement-summary").textContent()).toMatch(
      /Personalization raised click-through by [\d.]+\s?% \(95\s?% CI \+[\d.]+\s?% to \+[\d.]+\s?%\)/,
    );
    const drifts = panel.getByTestId("drift-table").locator("tbody tr");
    expect(await drifts.count()).toBeGreaterThanOrEqual(1);
    expect(await drifts.first().locator("td").nth(1).textContent()).toBe("ctr");
    expect(await panel.getByRole("img", { name: /Click-through of the personalized arm/ }).count()).toBe(1);
    await expect
      .poll(() => panel.getByText(/simulated shoppers with a known response model/).count())
      .toBe(1);

    await screenshot(page, "audit-measurement");
    expect(await axeViolations(page)).toEqual([]);
  });
});
