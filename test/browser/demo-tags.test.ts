import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { banner, chooseOnly, openPrivacySettings } from "./shop.ts";
import { useDemoPage } from "./support.ts";

let demo: { url: string; close: () => Promise<void> };
let page: Page;
let requests: string[];
useDemoPage((session) => {
  ({ demo, page } = session);
  requests = [];
  page.on("request", (request) => void requests.push(new URL(request.url()).pathname));
});

const consentCommands = () =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [])
      .map((entry) =>
        entry && typeof entry === "object" && "event" in entry
          ? entry.event
          : Array.from(entry as IArguments),
      )
      .filter((entry) => typeof entry === "string" || (entry as unknown[])[0] === "consent"),
  );

describe("the demo's tags", () => {
  it("sends the Consent Mode default at once and runs the stand-in analytics tag only once Analytics is allowed", async () => {
    await page.goto(`${demo.url}?region=DE`);
    await banner(page).waitFor();
    expect(requests).not.toContain("/stand-in-analytics.js");
    expect(await consentCommands()).toEqual([
      ["consent", "default", expect.objectContaining({ analytics_storage: "denied", ad_storage: "denied" })],
    ]);
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    await page.reload();
    await page.getByTestId("personalization-mode").waitFor();
    expect(requests).not.toContain("/stand-in-analytics.js");
    await openPrivacySettings(page);
    await chooseOnly(page, ["Analytics"]);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { standInAnalytics?: number }).standInAnalytics))
      .toBe(1);
    const commands = await consentCommands();
    expect(commands.at(-2)).toEqual([
      "consent",
      "update",
      expect.objectContaining({ analytics_storage: "granted" }),
    ]);
    expect(commands.at(-1)).toBe("stand-in-analytics:page_view");
    expect(requests.filter((path) => path === "/stand-in-analytics.js")).toHaveLength(1);
  });
});
