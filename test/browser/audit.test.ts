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
    const diversity = page.getByRole("img", { name: /Categories per slate/ });
    expect(await diversity.count()).toBe(1);
    // Labelled axes: the scale (max and 0) and what each axis counts.
    const labels = await diversity.locator("text").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["0", "↑ Categories", "Slates, latest on the right"]));

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
    await page.keyboard.press("End");
    const tab = tabs.getByRole("tab", { name: "Measurement" });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    const panel = page.getByRole("tabpanel", { name: "Measurement" });
    await panel.getByTestId("lift-table").waitFor({ timeout: 20_000 });

    const chart = panel.getByRole("img", { name: /Lift of personalization/ });
    expect(await chart.count()).toBe(1);
    const click = panel.getByTestId("lift-table").getByRole("row", { name: /Click-through/ });
    const cells = await click.locator("td").allTextContents();
    expect(cells[2]).toMatch(/^\+\d/);
    expect(cells[3]).toMatch(/^[+-]?\d[\d.,]*\s?% – [+-]?\d[\d.,]*\s?%$/);
    expect(await panel.getByTestId("measurement-summary").textContent()).toMatch(
      /Personalization raised click-through by [\d.,]+\s?% \(95\s?% CI \+[\d.,]+\s?% to \+[\d.,]+\s?%\)/,
    );
    const drifts = panel.getByTestId("drift-table").locator("tbody tr");
    expect(await drifts.count()).toBeGreaterThanOrEqual(1);
    expect(await drifts.first().locator("td").nth(1).textContent()).toBe("ctr");
    expect(await panel.getByRole("img", { name: /Click-through of the personalized arm/ }).count()).toBe(1);
    await expect
      .poll(() => panel.getByText(/simulated shoppers with a known response model/).count())
      .toBe(1);

    expect(await panel.textContent()).not.toContain("not defined");
    await screenshot(page, "audit-measurement");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("audit console, read by an auditor", () => {
  it("explains the empty log of a fresh visit", async () => {
    await page.goto(`${demo.url}?region=DE#/audit`);
    await page.getByRole("heading", { level: 1, name: "Audit console" }).waitFor();
    await expect
      .poll(() => page.locator(".candor-audit__empty").textContent())
      .toContain("Nothing has been served yet on this device");
    // The banner is still open: the page keeps room for it, so it covers no control (a click fails on a covered one).
    await banner(page).waitFor();
    await page.getByRole("button", { name: "Verify log" }).click({ timeout: 5_000 });
    await expect.poll(() => result().textContent()).toContain("Log verified");
  });

  it("pages its table, dates entries in the shop's region, and keeps every column inside the page", async () => {
    await serveAndOpenAudit("DE");
    const table = page.getByRole("table");
    const caption = (await table.locator("caption").textContent()) ?? "";
    const [, shown, total] = caption.match(/(\d+) of (\d+) entries/)?.map(Number) ?? [];
    expect(shown).toBe(Math.min(25, total ?? 0));
    expect(await table.locator("tbody tr").count()).toBe(shown);
    if ((total ?? 0) > 25) {
      const pager = page.locator(".candor-audit__pager");
      expect(await pager.textContent()).toContain("Page 1 of");
      const first = await table.locator("tbody tr td").first().textContent();
      await pager.getByRole("button", { name: "Next" }).click();
      await expect.poll(() => pager.textContent()).toContain("Page 2 of");
      expect(await table.locator("tbody tr td").first().textContent()).not.toBe(first);
    }
    // The EU shop writes day/month/year (en-DE), not the US month/day.
    const time = (await table.locator("tbody tr td").nth(1).textContent()) ?? "";
    const today = new Date();
    const day = String(today.getDate()).padStart(2, "0");
    const month = String(today.getMonth() + 1).padStart(2, "0");
    expect(time).toContain(`${day}/${month}/${today.getFullYear()}`);
    const overflow = await page.evaluate(() => {
      const wrap = document.querySelector(".candor-audit__table-wrap") as HTMLElement;
      return wrap.scrollWidth - wrap.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it("has a Filter bubble tab with per-day variety, outside share and exposure by provider, with labelled axes", async () => {
    await serveAndOpenAudit("DE");
    const tabs = page.getByRole("tablist", { name: "Audit views" });
    await tabs.getByRole("tab", { name: "Filter bubble" }).click();
    const panel = page.getByRole("tabpanel", { name: "Filter bubble" });
    const entropy = panel.getByRole("img", { name: /Variety per shopper/ });
    await entropy.waitFor();
    expect(await panel.getByRole("img", { name: /Exposure by provider/ }).count()).toBe(1);
    expect(await panel.locator("table tbody tr").count()).toBeGreaterThanOrEqual(1);
    expect(await panel.textContent()).toMatch(/Over 1 day |Over \d+ days/);
    const labels = await entropy.locator("text").allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("audit console on a phone (390 × 844)", () => {
  it("no tab of the console reaches past the screen (its table scrolls inside its own region)", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await serveAndOpenAudit("DE");
    // The right edge of the console's widest element outside the table's scroll region.
    const width = () =>
      page.evaluate(() =>
        Math.max(
          0,
          ...[...document.querySelectorAll(".candor-audit *")]
            .filter((e) => !e.closest(".candor-audit__table-wrap") && e.getClientRects().length > 0)
            .map((e) => Math.round(e.getBoundingClientRect().right)),
        ),
      );
    const tabs = page.getByRole("tablist", { name: "Audit views" });
    const found: Record<string, number> = { Log: await width() };
    for (const name of ["Filter bubble", "Measurement"]) {
      await tabs.getByRole("tab", { name }).click();
      if (name === "Measurement") await page.getByTestId("lift-table").waitFor({ timeout: 20_000 });
      else await page.getByRole("tabpanel", { name }).getByRole("img").first().waitFor();
      found[name] = await width();
    }
    for (const [tab, right] of Object.entries(found)) expect(right, tab).toBeLessThanOrEqual(390);
  });
});
