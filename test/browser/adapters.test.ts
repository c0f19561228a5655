import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { serveFixtures } from "./fixture-server.ts";
import { launchChromium, watchErrors } from "./support.ts";

/** Stand-ins for real third-party tags, answered by request interception (nothing leaves the machine). */
const standIns: Record<string, [string, string]> = {
  "www.googletagmanager.invalid": [
    "text/javascript",
    `window.dataLayer = window.dataLayer || [];
     window.dataLayer.push({ event: "stand-in gtag.js loaded" });`,
  ],
  "analytics.invalid": [
    "text/javascript",
    `window.analyticsRuns = (window.analyticsRuns || 0) + 1;
     document.cookie = "_sa_id=42; path=/";
     localStorage.setItem("sa.visits", "1");`,
  ],
  "pixel.invalid": ["image/gif", "GIF89a"],
  "video.invalid": ["text/html", "<p>A product video</p>"],
};
const GATED = ["analytics.invalid", "pixel.invalid", "video.invalid"];

let fixtures: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let requests: string[];

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  requests = [];
  await context.route(
    (url) => url.hostname.endsWith(".invalid"),
    (route) => {
      const [type, body] = standIns[new URL(route.request().url()).hostname] ?? ["text/plain", ""];
      return route.fulfill({ status: 200, contentType: type, body });
    },
  );
  page = await context.newPage();
  page.on("request", (request: Request) => void requests.push(request.url()));
  errors = watchErrors(page);
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

/** Lets the page's pending requests start (for asserting that none went out), without depending on timing otherwise. */
const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
const open = async (query = "region=DE") => {
  await page.goto(`${fixtures.url}/tags.html?${query}`);
  await page.waitForFunction(() => "fixture" in window);
  await settle();
};
/** The gating state of each gated element. */
const states = () =>
  page
    .locator("[data-candor-purpose]")
    .evaluateAll((elements) => elements.map((e) => e.getAttribute("data-candor-state")));
const gatedRequests = () => requests.filter((url) => GATED.includes(new URL(url).hostname));
/** The data layer in order: gtag commands as arrays, events by name. */
const dataLayer = () =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((entry) =>
      entry && typeof entry === "object" && "event" in entry
        ? `event:${String(entry.event)}`
        : Array.from(entry as IArguments),
    ),
  );
const click = async (name: string) => {
  await page.getByRole("button", { name, exact: true }).click();
  await settle();
};

describe("Google Consent Mode v2 on a page with a stand-in gtag.js", () => {
  it("pushes the default before the tag loads, an update after each choice, and nothing granted after Reject all", async () => {
    await open();
    let layer = await dataLayer();
    const first = layer.findIndex((e) => Array.isArray(e) && e[1] === "default");
    const tag = layer.indexOf("event:stand-in gtag.js loaded");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(tag);
    expect(layer[first]).toEqual([
      "consent",
      "default",
      expect.objectContaining({ ad_storage: "denied", analytics_storage: "denied", wait_for_update: 500 }),
    ]);
    expect(layer.filter((e) => Array.isArray(e) && e[1] === "update")).toEqual([]);
    await click("Accept all");
    await click("Reject all");
    layer = await dataLayer();
    const updates = layer.filter((e): e is unknown[] => Array.isArray(e) && e[1] === "update");
    expect(layer.findIndex((e) => Array.isArray(e) && e[1] === "update")).toBeGreaterThan(tag);
    expect(updates.map((u) => (u[2] as Record<string, string>).ad_storage)).toEqual(["granted", "denied"]);
    const granted = Object.entries(updates[1]?.[2] as Record<string, string>).filter(
      ([, v]) => v === "granted",
    );
    expect(granted.map(([k]) => k)).toEqual(["functionality_storage", "security_storage"]);
  });

  it("grants no advertising signal under GPC, even after Accept all", async () => {
    await open("region=DE&gpc=1");
    await click("Accept all");
    const updates = (await dataLayer()).filter((e): e is unknown[] => Array.isArray(e) && e[1] === "update");
    expect(updates.at(-1)?.[2]).toMatchObject({
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "granted",
    });
  });
});

describe("script, iframe and pixel gating", () => {
  it("requests no gated URL before consent or after Reject all, and activates each element once after Accept all", async () => {
    await open();
    expect(await states()).toEqual(["blocked", "blocked", "blocked", "blocked"]);
    expect(gatedRequests()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length])).toEqual(["", 0]);
    await click("Reject all");
    await page.reload();
    await page.waitForFunction(() => "fixture" in window);
    await settle();
    expect(await states()).toEqual(["blocked", "blocked", "blocked", "blocked"]);
    expect(gatedRequests()).toEqual([]);
    await click("Accept all");
    // Accepting again and an unrelated consent change activate nothing twice.
    await page.evaluate(() => {
      const { manager } = (
        window as unknown as { fixture: { manager: { acceptAll(): void; set(c: object): void } } }
      ).fixture;
      manager.acceptAll();
      manager.set({ "personalization.context": false });
    });
    await expect.poll(() => gatedRequests().length).toBe(3);
    await settle();
    expect(gatedRequests().sort()).toEqual([
      "https://analytics.invalid/collect.js",
      "https://pixel.invalid/p.gif",
      "https://video.invalid/embed/7",
    ]);
    expect(await page.evaluate(() => [window.analyticsRuns, window.inlineRuns])).toEqual([1, 1]);
  });

  it("clears the withdrawn purpose's cookies and storage and names the scripts that need a reload", async () => {
    await open();
    await click("Accept all");
    await page.waitForFunction(() => window.analyticsRuns === 1);
    expect(await page.evaluate(() => document.cookie)).toContain("_sa_id=42");
    const report = await page.evaluate(() => {
      const { manager, withdrawals } = (
        window as unknown as { fixture: { manager: { withdraw(p: string): void }; withdrawals: unknown[] } }
      ).fixture;
      manager.withdraw("analytics");
      return { withdrawals, cookie: document.cookie, stored: localStorage.getItem("sa.visits") };
    });
    expect(report.cookie).not.toMatch(/_sa_/);
    expect(report.stored).toBeNull();
    expect(report.withdrawals).toEqual([
      {
        purposes: ["analytics"],
        cleared: { cookies: expect.arrayContaining(["_sa_id", "_sa_inline"]), storage: ["local:sa.visits"] },
        reload: ["https://analytics.invalid/collect.js", "inline script #1"],
        unloaded: [],
      },
    ]);
  });

  it("offers a one-purpose opt-in in the placeholder of a blocked embed", async () => {
    await open();
    const placeholder = page.getByRole("group", { name: "Allow “Embedded videos”" });
    expect(await placeholder.textContent()).toContain("Content from video.invalid is blocked");
    expect(await page.getByTitle("A product video").isHidden()).toBe(true);
    await placeholder.getByRole("button").click();
    await expect.poll(() => gatedRequests()).toEqual(["https://video.invalid/embed/7"]);
    expect(await page.getByTitle("A product video").isVisible()).toBe(true);
    expect(
      await page.evaluate(
        () =>
          (
            window as unknown as {
              fixture: { manager: { getState(): { granted: Record<string, boolean> } } };
            }
          ).fixture.manager.getState().granted,
      ),
    ).toMatchObject({
      "embeds.video": true,
      analytics: false,
    });
    expect(await placeholder.count()).toBe(0);
  });
});

describe("IAB APIs on the page", () => {
  it("__tcfapi answers a call queued by the official stub, with cmpuishown then useractioncomplete", async () => {
    await open();
    await click("Accept all");
    const events = await page.evaluate(
      () => (window as unknown as { tcfEvents: { eventStatus: string; tcString: string }[] }).tcfEvents,
    );
    expect(events.map((e) => e.eventStatus)).toEqual(["cmpuishown", "useractioncomplete"]);
    expect(events[0]?.tcString).toBe("");
    expect(events[1]?.tcString).toMatch(/^C[\w-]+\./);
  });

  it("__gpp serves usca in California and fires sectionChange on Reject all", async () => {
    await open("region=US-CA");
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          type Gpp = (command: string, callback: (data: unknown) => void, parameter?: string) => void;
          const gpp = (window as unknown as { __gpp: Gpp }).__gpp;
          const changes: unknown[] = [];
          gpp("addEventListener", (event) => {
            const e = event as { eventName: string; data: unknown };
            if (e.eventName === "sectionChange") changes.push(e.data);
          });
          gpp("ping", (ping) => {
            document.getElementById("reject")?.click();
            gpp("getSection", (usca) => resolve({ ping, usca, changes }), "usca");
          });
        }),
    );
    expect(result).toMatchObject({
      ping: { applicableSections: [8], cmpId: 300, signalStatus: "ready" },
      usca: { SaleOptOutNotice: 1, SaleOptOut: 1, SharingOptOut: 1, Gpc: false },
      changes: ["usnat", "usca"],
    });
  });
});

declare global {
  interface Window {
    analyticsRuns?: number;
    inlineRuns?: number;
  }
}
