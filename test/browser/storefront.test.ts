import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  banner,
  chooseOnly,
  consentRecord,
  downloadText,
  openPrivacySettings,
  openProduct,
  openRowSettings,
  openShop,
  reasonsOf,
  regions,
  row,
  rowItems,
  vaultRecords,
} from "./shop.ts";
import { artifacts, screenshot, useDemoPage } from "./support.ts";

let browser: Browser;
let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ browser, demo, page } = session);
});

/** The home page's main row: "Recommended for you" while personalized, "Popular right now" while not. */
const HOME = "#home";
const BROWSING = "Recommendations from what you view";

/** Opens a category listing and the first product in it; returns the product's title and id. */
async function viewListedProduct(category = "outdoor"): Promise<{ title: string; id: string }> {
  await page.goto(`${page.url().split("#")[0]}#/c/${category}`);
  // A product without special-category data: viewing one of those is stored only with explicit consent.
  const link = page
    .getByRole("region", { name: "All products" })
    .locator(".product-card")
    .filter({ hasNot: page.locator(".badge", { hasText: "Sensitive" }) })
    .locator(".product-card__title")
    .first();
  const id = ((await link.getAttribute("href")) ?? "").replace("#/p/", "");
  const title = await openProduct(page, link);
  return { title, id };
}

/** Accepts browsing only, views a product, and returns home once a row cites it. */
async function browsingOnlyWithView(region: string): Promise<{ title: string; id: string }> {
  await openShop(page, demo.url, `region=${region}`);
  await banner(page).getByRole("button", { name: "Customize" }).click();
  await chooseOnly(page, [BROWSING]);
  const viewed = await viewListedProduct();
  await expect.poll(async () => (await vaultRecords(page))?.length ?? 0).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Candor Demo Shop" }).click();
  await expect
    .poll(async () => (await reasonsOf(page, HOME)).some((r) => r.includes(viewed.title)), {
      timeout: 10_000,
    })
    .toBe(true);
  return viewed;
}

/** The item of the home row whose reason names `title`. */
const citing = (title: string) =>
  rowItems(page, HOME).filter({ has: page.locator(".candor-row__reason", { hasText: title }) });

describe.each(regions)("storefront (%s)", (name, region) => {
  it("first visit shows the banner; Reject all takes as many clicks as Accept all, on buttons of equal size and weight", async () => {
    const clicks: Record<string, number> = {};
    for (const choice of ["Accept all", "Reject all"]) {
      const fresh = await browser.newContext();
      const tab = await fresh.newPage();
      await tab.goto(`${demo.url}?region=${region}`);
      await banner(tab).waitFor();
      let count = 0;
      while ((await banner(tab).count()) > 0) {
        await banner(tab).getByRole("button", { name: choice }).click();
        count++;
      }
      clicks[choice] = count;
      const record = JSON.parse((await tab.evaluate(() => localStorage.getItem("candor.consent"))) ?? "null");
      expect(record.events.at(-1).via.control).toBe(
        choice === "Accept all" ? "banner.accept-all" : "banner.reject-all",
      );
      await fresh.close();
    }
    expect(clicks["Reject all"]).toBe(1);
    expect(clicks["Reject all"]).toBe(clicks["Accept all"]);

    await openShop(page, demo.url, `region=${region}`);
    const measure = (label: string) =>
      banner(page)
        .getByRole("button", { name: label })
        .evaluate((element) => {
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return {
            width: box.width,
            height: box.height,
            fontWeight: style.fontWeight,
            fontSize: style.fontSize,
          };
        });
    expect(await measure("Reject all")).toEqual(await measure("Accept all"));
    await screenshot(page, `storefront-${name.toLowerCase()}-first-visit`);
  });

  it("after Reject all, every row says it is not personalized and no personal event is stored", async () => {
    await openShop(page, demo.url, `region=${region}`);
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    for (const mode of await page.locator(".candor-row__mode").allTextContents()) {
      expect(mode).toContain("Not personalized");
    }
    const { title } = await viewListedProduct();
    await row(page, "Similar items").locator(".candor-row__item").first().waitFor();
    await page.getByRole("link", { name: "Candor Demo Shop" }).click();
    await rowItems(page, HOME).first().waitFor();
    for (const mode of await page.locator(".candor-row__mode").allTextContents()) {
      expect(mode).toContain("Not personalized");
    }
    // The non-personalized feed does not call itself "Recommended for you".
    expect(await row(page, HOME).locator(".candor-row__title").textContent()).toBe("Popular right now");
    expect(await page.getByRole("region", { name: "Recommended for you" }).count()).toBe(0);
    expect((await reasonsOf(page, HOME)).some((r) => r.includes(title))).toBe(false);
    // The vault's database was never even created: nothing personal reached the device (ePrivacy Art. 5(3)).
    expect(await vaultRecords(page)).toBeNull();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["candor.consent"]);
  });

  it("after accepting browsing only, a viewed product is the cited reason; withdrawing removes it on the next render", async () => {
    const viewed = await browsingOnlyWithView(region);
    const item = citing(viewed.title).first();
    await item.getByRole("button", { name: "Why am I seeing this?" }).click();
    const dialog = page.getByRole("dialog", { name: "Why am I seeing this?" });
    await expect.poll(() => dialog.locator(".candor-reason").first().textContent()).toContain(viewed.title);
    expect(await dialog.textContent()).toContain(BROWSING);
    await screenshot(page, `storefront-${name.toLowerCase()}-explanation`);
    await dialog.getByRole("button", { name: "Close" }).click();

    await openPrivacySettings(page);
    await chooseOnly(page, []);
    await expect
      .poll(async () => (await reasonsOf(page, HOME)).some((r) => r.includes(viewed.title)))
      .toBe(false);
    expect(await row(page, HOME).locator(".candor-row__mode").textContent()).toContain("Not personalized");
    const record = await consentRecord(page);
    expect(record?.events.at(-1)).toMatchObject({ type: "withdrawn", via: { control: "settings.save" } });
  });

  it("the explanation's controls work: not interested, change variety, not personalized, turn off", async () => {
    const viewed = await browsingOnlyWithView(region);
    const why = (item: ReturnType<typeof citing>) =>
      item.getByRole("button", { name: "Why am I seeing this?" });
    const dialog = page.getByRole("dialog", { name: "Why am I seeing this?" });

    const first = citing(viewed.title).first();
    const dismissed = (await first.getAttribute("data-item")) ?? "";
    await why(first).click();
    await dialog.getByRole("button", { name: "Not interested" }).click();
    await expect
      .poll(() =>
        rowItems(page, HOME)
          .and(page.locator(`[data-item="${dismissed}"]`))
          .count(),
      )
      .toBe(0);
    await expect
      .poll(async () =>
        ((await vaultRecords(page)) ?? []).some((r) => (r as { type: string }).type === "dismiss"),
      )
      .toBe(true);

    await why(rowItems(page, HOME).first()).click();
    await dialog.getByRole("button", { name: "Change variety" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("row-home-variety");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#row-home-variety").inputValue()).toBe("40");

    await why(rowItems(page, HOME).first()).click();
    await dialog.getByRole("button", { name: "Show me non-personalized recommendations" }).click();
    await expect
      .poll(() => row(page, HOME).locator(".candor-row__mode").textContent())
      .toContain("Not personalized, as you chose");
    await openRowSettings(row(page, HOME));
    expect(await row(page, HOME).getByRole("radio", { name: "Not personalized" }).isChecked()).toBe(true);
    await row(page, HOME).getByRole("radio", { name: "Personalized", exact: true }).check();
    await expect
      .poll(async () => (await reasonsOf(page, HOME)).some((r) => r.includes(viewed.title)))
      .toBe(true);

    await why(citing(viewed.title).first()).click();
    await dialog.getByRole("button", { name: `Turn off: ${BROWSING}` }).click();
    await expect
      .poll(() => row(page, HOME).locator(".candor-row__mode").textContent())
      .toContain("Not personalized");
    const record = await consentRecord(page);
    expect(record?.events.at(-1)).toMatchObject({
      type: "withdrawn",
      via: { control: "explanation.turn-off" },
    });
    expect(record?.events.at(-1)?.purposes["personalization.browsing"]?.granted).toBe(false);
  });

  it("the explanation's “don't use this” control stops citing the viewed product", async () => {
    const viewed = await browsingOnlyWithView(region);
    await citing(viewed.title).first().getByRole("button", { name: "Why am I seeing this?" }).click();
    const dialog = page.getByRole("dialog", { name: "Why am I seeing this?" });
    await dialog.getByRole("button", { name: `Don't use ${viewed.title}` }).click();
    await expect
      .poll(async () => (await reasonsOf(page, HOME)).some((r) => r.includes(viewed.title)))
      .toBe(false);
    const records = (await vaultRecords(page)) ?? [];
    expect(records).toContainEqual(expect.objectContaining({ type: "hide_from_history", item: viewed.id }));
  });

  it("My data exports the consent record and the events, and erasing leaves nothing of the shopper", async () => {
    await openShop(page, demo.url, `region=${region}`);
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    const viewed = await viewListedProduct("books");
    await expect.poll(async () => (await vaultRecords(page))?.length ?? 0).toBeGreaterThan(0);
    const subject: string = JSON.parse(
      (await page.evaluate(() => localStorage.getItem("candor.consent"))) ?? "{}",
    ).header.subject;
    await page.getByRole("navigation", { name: "Shop" }).getByRole("link", { name: "My data" }).click();
    const exported = JSON.parse(
      await downloadText(page, page.getByRole("button", { name: "Export my data (JSON)" })),
    );
    expect(exported.schema).toBe("candor.subject-export/1");
    expect(exported.subject).toBe(subject);
    expect(exported.consentRecord.header.subject).toBe(subject);
    expect(exported.consentRecord.events.at(-1)).toMatchObject({ type: "given" });
    expect(exported.events).toContainEqual(expect.objectContaining({ type: "view", item: viewed.id }));
    expect(exported.explanations.length).toBeGreaterThan(0);
    await page.getByText(/Your export is ready/).waitFor();

    await page.getByRole("button", { name: "Erase everything" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Erase everything?" });
    await screenshot(page, `storefront-${name.toLowerCase()}-erase-confirm`);
    await confirm.getByRole("button", { name: "Yes, erase everything" }).click();
    const receipt = JSON.parse((await page.getByTestId("erasure-receipt").textContent()) ?? "{}");
    expect(receipt.vault).toMatchObject({ schema: "candor.erasure-receipt/1", subject });
    expect(receipt.vault.events).toBeGreaterThan(0);
    expect(receipt.consent).toMatchObject({ subject });
    expect(receipt.consent.events).toBeGreaterThan(0);
    await screenshot(page, `storefront-${name.toLowerCase()}-erased`);

    expect(
      ((await vaultRecords(page)) ?? []).filter((r) => (r as { subject: string }).subject === subject),
    ).toEqual([]);
    expect(await vaultRecords(page)).toEqual([]);
    const stored = await page.evaluate(() => localStorage.getItem("candor.consent"));
    // Nothing of the erased subject is left; California's banner may show a new notice to the new, empty subject.
    if (stored !== null) expect(JSON.parse(stored).header.subject).not.toBe(subject);
    const again = JSON.parse(
      await downloadText(page, page.getByRole("button", { name: "Export my data (JSON)" })),
    );
    expect(again.subject).not.toBe(subject);
    expect(again.events).toEqual([]);
    expect(await banner(page).isVisible()).toBe(true);
  });
});

describe("row settings (issue 15: the settings box repeated on every row)", () => {
  it("are folded behind one button per row; opening it shows the choices, and Not personalized re-serves that row", async () => {
    await openShop(page, demo.url, "region=DE");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    const rows = page.locator(".shop-main .candor-row");
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => row(page, HOME).getAttribute("data-mode")).toBe("personalized");
    const visibleSettings = () => page.locator("fieldset.candor-settings:visible").count();
    expect(await visibleSettings()).toBe(0);
    expect(await page.getByRole("radio").count()).toBe(0);
    expect(await page.getByRole("slider").count()).toBe(0);
    for (let i = 0; i < 3; i++) {
      const section = rows.nth(i);
      const toggles = section.getByRole("button", { name: "Row settings" });
      expect(await toggles.count()).toBe(1);
      expect(await toggles.getAttribute("aria-expanded")).toBe("false");
      const panel = await toggles.getAttribute("aria-controls");
      expect(await section.locator(`[id="${panel}"]`).isHidden()).toBe(true);
      expect(await section.locator(".candor-row__mode").isVisible()).toBe(true);
    }

    // Keyboard operable: Enter on the button opens this row's panel, and only this one.
    const home = row(page, HOME);
    const toggle = home.getByRole("button", { name: "Row settings" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await visibleSettings()).toBe(1);
    expect(await home.getByRole("group", { name: /Recommendation settings/ }).isVisible()).toBe(true);
    const personalized = home.getByRole("radio", { name: "Personalized", exact: true });
    const notPersonalized = home.getByRole("radio", { name: "Not personalized" });
    expect(await personalized.isChecked()).toBe(true);
    expect(await notPersonalized.isVisible()).toBe(true);
    expect(await home.getByRole("slider", { name: "Variety" }).isVisible()).toBe(true);

    await notPersonalized.check();
    await expect.poll(() => home.getAttribute("data-mode")).toBe("non_profiling");
    expect(await home.locator(".candor-row__title").textContent()).toBe("Popular right now");
    expect(await home.locator(".candor-row__mode").textContent()).toContain("Not personalized, as you chose");
    // The row was served again, its panel stayed open and focus stayed on the choice just made.
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await notPersonalized.isChecked()).toBe(true);
    expect(await notPersonalized.evaluate((element) => element === document.activeElement)).toBe(true);
    // Only that row: the others stay personalized.
    expect(await rows.nth(1).getAttribute("data-mode")).toBe("personalized");
    await toggle.click();
    expect(await visibleSettings()).toBe(0);
  });
});

describe("California", () => {
  it("GPC from the demo controls shows “Opt-out request honored”, and the sensitive-data limit works", async () => {
    await openShop(page, demo.url, "region=US-CA");
    expect(await page.getByText("Opt-out request honored").count()).toBe(0);
    await page.getByRole("checkbox", { name: "Simulate Global Privacy Control" }).check();
    await page.getByText("Opt-out request honored").waitFor();
    expect(page.url()).toContain("gpc=1");
    const record = await consentRecord(page);
    expect(record?.events.map((e) => e.type)).toContain("gpc-honored");
    expect(record?.events.at(-1)?.purposes["advertising.cross-context"]?.granted).toBe(false);

    const limit = page.getByRole("switch", { name: "Limit the use of my sensitive personal information" });
    expect(await limit.getAttribute("aria-checked")).toBe("false");
    await limit.click();
    expect(await limit.getAttribute("aria-checked")).toBe("true");
    await page.getByText("Your sensitive personal information is not used for recommendations.").waitFor();
    await page.reload();
    await page.locator(".candor-row__item").first().waitFor();
    expect(
      await page
        .getByRole("switch", { name: "Limit the use of my sensitive personal information" })
        .getAttribute("aria-checked"),
    ).toBe("true");
    await screenshot(page, "storefront-california-gpc-limit");
  });

  it("has no sensitive-data limit control outside California", async () => {
    await openShop(page, demo.url, "region=DE");
    expect(
      await page.getByRole("switch", { name: "Limit the use of my sensitive personal information" }).count(),
    ).toBe(0);
  });
});

describe("demo controls", () => {
  it("a persona's earlier visits personalize the rows once they accept, and checkout records the purchase", async () => {
    await openShop(page, demo.url, "region=DE");
    const persona = page.getByRole("combobox", { name: "Persona" });
    await expect.poll(() => persona.locator("option").count()).toBeGreaterThan(1);
    await persona.selectOption({ index: 1 });
    expect(page.url()).toContain("persona=persona-01");
    // A persona is another subject, with a record of their own: they are asked first.
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await expect
      .poll(async () =>
        (await reasonsOf(page, HOME)).some((r) =>
          /^(Because you (viewed|bought)|Matches your interest)/.test(r),
        ),
      )
      .toBe(true);
    expect(await row(page, HOME).locator(".candor-row__mode").textContent()).toContain("Personalized");
    expect(await row(page, HOME).locator(".candor-row__title").textContent()).toBe("Recommended for you");
    await screenshot(page, "storefront-persona");

    const viewed = await viewListedProduct("garden");
    await page.getByRole("button", { name: "Add to cart" }).click();
    await page.getByRole("link", { name: "Cart (1)" }).click();
    await page.getByRole("link", { name: "Go to checkout" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Ada Lovelace");
    await page.getByRole("textbox", { name: "Street and number" }).fill("1 Example Street");
    await page.getByRole("textbox", { name: "City" }).fill("London");
    await page.getByRole("button", { name: "Place order" }).click();
    await page.getByText(/Thank you! Order/).waitFor();
    await expect
      .poll(async () =>
        ((await vaultRecords(page)) ?? []).some(
          (r) =>
            (r as { type: string; item: string }).type === "purchase" &&
            (r as { item: string }).item === viewed.id,
        ),
      )
      .toBe(true);
    expect(JSON.stringify(await vaultRecords(page))).not.toContain("Ada Lovelace");
  });

  it("the minor flag hides age-restricted goods; reset everything deletes every record and choice", async () => {
    await openShop(page, demo.url, "region=DE", "#/c/wine-spirits");
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    const count = async () =>
      Number(((await page.getByText(/products match/).textContent()) ?? "").match(/\d+/)?.[0]);
    const adults = await count();
    expect(adults).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: "Shopper is a minor" }).check();
    await expect.poll(count).toBeLessThan(adults);
    for (const badge of await page
      .getByRole("region", { name: "All products" })
      .locator(".badge")
      .allTextContents()) {
      expect(badge).not.toBe("18+");
    }
    await page.getByRole("checkbox", { name: "Shopper is a minor" }).uncheck();
    expect(await banner(page).count()).toBe(0);
    await viewListedProduct("kitchen");
    await expect.poll(async () => (await vaultRecords(page))?.length ?? 0).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Reset everything" }).click();
    await page.waitForURL((url) => url.hash === "#/");
    await banner(page).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await vaultRecords(page)).toBeNull();
  });
});

describe("performance", () => {
  it("reports when the first recommendations become visible (not asserted: timings belong to benchmarks)", async () => {
    await openShop(page, demo.url, "region=DE");
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])),
    );
    expect(marks["candor:first-recommendations"]).toBeGreaterThan(0);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, "timings.json"), `${JSON.stringify(marks, null, 2)}\n`);
    console.log(`first recommendations visible at ${marks["candor:first-recommendations"]} ms`);
  });
});
