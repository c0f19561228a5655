import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
useDemoPage((session) => {
  ({ demo, page } = session);
});

const banner = () => page.getByRole("region", { name: "Privacy choices" });
const storedRecord = () => page.evaluate(() => localStorage.getItem("candor.consent"));

describe.each([
  ["EU", "DE", "refused"],
  ["California", "US-CA", "withdrawn"],
])("consent banner (%s)", (name, region, rejectType) => {
  it("shows on the first visit with three equally prominent choices", async () => {
    await page.goto(`${demo.url}?region=${region}`);
    await expect.poll(() => banner().isVisible()).toBe(true);
    const buttons = banner().locator(".candor-banner__actions button");
    expect(await buttons.allTextContents()).toEqual(["Accept all", "Reject all", "Customize"]);
    const styles = await buttons.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return [box.width, box.height, style.fontWeight, style.fontSize, style.backgroundColor, style.color];
      }),
    );
    expect(new Set(styles.map((s) => JSON.stringify(s))).size).toBe(1);
    await screenshot(page, `banner-${name.toLowerCase()}`);
  });

  it("reject all takes one click, like accept all, and the choice survives a reload", async () => {
    await page.goto(`${demo.url}?region=${region}`);
    await banner().getByRole("button", { name: "Reject all" }).click();
    await expect.poll(() => banner().count()).toBe(0);
    expect(await page.getByTestId("personalization-mode").textContent()).toContain("Not personalized");
    const record = JSON.parse((await storedRecord()) ?? "null");
    // In the EU nothing was granted before, so rejecting refuses; in California it withdraws the opt-out defaults.
    expect(record.events.at(-1)).toMatchObject({ type: rejectType, via: { control: "banner.reject-all" } });
    expect(
      Object.values(record.events.at(-1).purposes).some((p) => (p as { granted: boolean }).granted),
    ).toBe(false);
    await page.reload();
    await page.getByTestId("personalization-mode").waitFor();
    expect(await banner().count()).toBe(0);
  });

  it("accept all personalizes in one click", async () => {
    await page.goto(`${demo.url}?region=${region}`);
    await banner().getByRole("button", { name: "Accept all" }).click();
    await expect
      .poll(() => page.getByTestId("personalization-mode").textContent())
      .toContain("only the data you allowed");
  });
});

describe("before any choice (ePrivacy Art. 5(3))", () => {
  it("an EU visit writes nothing to the device, and the shop works without a choice", async () => {
    await page.goto(`${demo.url}?region=FR`);
    await banner().waitFor();
    expect(await storedRecord()).toBeNull();
    expect(await page.evaluate(() => [localStorage.length, document.cookie])).toEqual([0, ""]);
    expect(await page.getByTestId("personalization-mode").textContent()).toContain("Not personalized");
    await page.getByRole("link", { name: "Candor Demo Shop" }).click();
    expect(await banner().isVisible()).toBe(true);
  });
});

describe("privacy settings", () => {
  it("customize opens a dialog with one switch per purpose, none pre-ticked, and saves the choice", async () => {
    await page.goto(`${demo.url}?region=DE`);
    await banner().getByRole("button", { name: "Customize" }).click();
    const dialog = page.getByRole("dialog", { name: "Privacy settings" });
    await dialog.waitFor();
    const switches = dialog.getByRole("switch");
    expect(await switches.count()).toBe(9);
    const checked = await switches.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute("aria-checked")),
    );
    expect(checked).toEqual(["true", ...Array(8).fill("false")]);
    await screenshot(page, "privacy-settings");
    await dialog.getByRole("switch", { name: "Recommendations from what you view" }).click();
    await dialog.getByRole("button", { name: "Save choices" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const record = JSON.parse((await storedRecord()) ?? "null");
    const saved = record.events.at(-1);
    expect(saved).toMatchObject({ type: "given", via: { control: "settings.save" } });
    const granted = Object.entries(saved.purposes as Record<string, { granted: boolean }>)
      .filter(([, choice]) => choice.granted)
      .map(([id]) => id);
    expect(granted).toEqual(["personalization.browsing"]);
    await page.getByRole("button", { name: "Privacy settings" }).click();
    expect(
      await page
        .getByRole("switch", { name: "Recommendations from what you view" })
        .getAttribute("aria-checked"),
    ).toBe("true");
  });
});

describe("California", () => {
  it("shows the opt-out link, and 'Opt-out request honored' when GPC is on", async () => {
    await page.goto(`${demo.url}?region=US-CA&gpc=1`);
    await page.getByText("Opt-out request honored").waitFor();
    expect(
      await page
        .getByRole("contentinfo")
        .getByRole("button", { name: "Do Not Sell or Share My Personal Information" })
        .count(),
    ).toBe(1);
    const record = JSON.parse((await storedRecord()) ?? "null");
    expect(record.events.map((e: { type: string }) => e.type)).toEqual(["gpc-honored", "notified"]);
    await screenshot(page, "california-gpc");
  });

  it("is not shown outside California", async () => {
    await page.goto(`${demo.url}?region=DE`);
    await banner().waitFor();
    expect(
      await page.getByRole("button", { name: "Do Not Sell or Share My Personal Information" }).count(),
    ).toBe(0);
  });
});
