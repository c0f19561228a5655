/** The engine of `candor scan`: drives headless Chromium through the three phases and classifies what it saw. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { RECORD_BINDING, recorderScript, type StorageWrite } from "./recorder.ts";

/** What {@link scanPage} needs. */
export interface ScanOptions {
  readonly url: string;
  readonly executablePath: string;
  /** Accessible names of the reject and accept buttons (matched case-insensitively, whole name). */
  readonly reject: string;
  readonly accept: string;
  /** Strictly necessary cookie/storage names; `name*` is a prefix. */
  readonly essential: readonly string[];
  /** Hosts whose requests are not third-party. */
  readonly allowHosts: readonly string[];
  /** Extra wait after the network is idle. */
  readonly settleMs: number;
}

/** One storage write, classified. */
export interface ScannedStorage extends StorageWrite {
  readonly essential: boolean;
}

/** One third-party request. */
export interface ScannedRequest {
  readonly url: string;
  /** The request left for a host off this machine and was blocked by the scan. */
  readonly blocked: boolean;
}

/** What happened in one phase. */
export interface ScanPhase {
  readonly name: "before-choice" | "after-reject" | "after-accept";
  readonly title: string;
  readonly storage: readonly ScannedStorage[];
  readonly requests: readonly ScannedRequest[];
  /** Why the phase could not run (e.g. no reject button), or `null`. */
  readonly error: string | null;
}

/** The whole scan. */
export interface ScanReport {
  readonly url: string;
  readonly phases: readonly ScanPhase[];
  /** What breaks the rules: non-essential writes or third-party requests before a choice or after "Reject all". */
  readonly offenders: readonly { readonly phase: ScanPhase["name"]; readonly what: string }[];
  readonly ok: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const matches = (name: string, patterns: readonly string[]) =>
  patterns.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Records what one browser context stores and requests, from the moment it is created. */
async function watch(context: BrowserContext, pageOrigin: string, allowHosts: readonly string[]) {
  let writes: StorageWrite[] = [];
  let requests: ScannedRequest[] = [];
  await context.exposeBinding(RECORD_BINDING, (_source, write: StorageWrite) => void writes.push(write));
  await context.addInitScript(recorderScript, RECORD_BINDING);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const offMachine = (url.protocol === "http:" || url.protocol === "https:") && !LOOPBACK.has(url.hostname);
    if (url.origin !== pageOrigin && !allowHosts.includes(url.hostname) && url.protocol.startsWith("http")) {
      requests.push({ url: url.href, blocked: offMachine });
    }
    if (offMachine) await route.abort("blockedbyclient");
    else await route.continue();
  });
  return {
    /** Returns what was seen since the last call and starts afresh. */
    take() {
      const out = { writes, requests };
      writes = [];
      requests = [];
      return out;
    },
  };
}

async function settle(page: Page, ms: number) {
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle").catch(() => {});
  if (ms > 0) await page.waitForTimeout(ms);
}

/** Snapshot of the names stored in the context: cookies (including HTTP ones) and Web Storage keys of the page. */
async function stored(context: BrowserContext, page: Page): Promise<StorageWrite[]> {
  const cookies = (await context.cookies()).map((c) => ({ kind: "cookie" as const, name: c.name }));
  const keys = await page
    .evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }))
    .catch(() => ({ local: [] as string[], session: [] as string[] }));
  return [
    ...cookies,
    ...keys.local.map((name) => ({ kind: "localStorage" as const, name })),
    ...keys.session.map((name) => ({ kind: "sessionStorage" as const, name })),
  ];
}

const key = (w: StorageWrite) => `${w.kind}:${w.name}`;

/** Scans the page: three phases, each reported with what it wrote and requested. */
export async function scanPage(options: ScanOptions): Promise<ScanReport> {
  const { chromium } = await import("playwright-core");
  const origin = new URL(options.url).origin;
  const browser: Browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  const phases: ScanPhase[] = [];
  const classify = (
    name: ScanPhase["name"],
    title: string,
    seen: { writes: StorageWrite[]; requests: ScannedRequest[] },
    present: StorageWrite[],
    known: Set<string>,
    error: string | null = null,
  ): ScanPhase => {
    const all = new Map<string, StorageWrite>();
    for (const write of [...seen.writes, ...present.filter((p) => !known.has(key(p)))])
      all.set(key(write), write);
    const storage = [...all.values()].map((w) => ({ ...w, essential: matches(w.name, options.essential) }));
    const requests = [...new Map(seen.requests.map((r) => [r.url, r])).values()];
    return { name, title, storage, requests, error };
  };
  const click = async (page: Page, label: string) => {
    const button = page
      .getByRole("button", { name: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`, "i") })
      .first();
    try {
      await button.waitFor({ state: "visible", timeout: 10_000 });
    } catch {
      return `no visible "${label}" button (pass --${label === options.reject ? "reject" : "accept"} with its name)`;
    }
    await button.click();
    return null;
  };
  try {
    // Before any choice, then "Reject all" in the same visit, then a reload with the refusal stored.
    const context = await browser.newContext();
    const watcher = await watch(context, origin, options.allowHosts);
    const page = await context.newPage();
    await page.goto(options.url, { waitUntil: "load", timeout: 30_000 });
    await settle(page, options.settleMs);
    const initial = await stored(context, page);
    phases.push(classify("before-choice", "Before any choice", watcher.take(), initial, new Set()));
    const known = new Set(initial.map(key));
    const rejectError = await click(page, options.reject);
    if (!rejectError) {
      await settle(page, options.settleMs);
      await page.reload({ waitUntil: "load" });
      await settle(page, options.settleMs);
    }
    phases.push(
      classify(
        "after-reject",
        'After "Reject all"',
        watcher.take(),
        await stored(context, page),
        known,
        rejectError,
      ),
    );
    await context.close();

    // A fresh visit: "Accept all", then a reload (informational: what consent switches on).
    const acceptContext = await browser.newContext();
    const acceptWatcher = await watch(acceptContext, origin, options.allowHosts);
    const acceptPage = await acceptContext.newPage();
    await acceptPage.goto(options.url, { waitUntil: "load", timeout: 30_000 });
    await settle(acceptPage, options.settleMs);
    const before = new Set((await stored(acceptContext, acceptPage)).map(key));
    acceptWatcher.take();
    const acceptError = await click(acceptPage, options.accept);
    if (!acceptError) {
      await settle(acceptPage, options.settleMs);
      await acceptPage.reload({ waitUntil: "load" });
      await settle(acceptPage, options.settleMs);
    }
    phases.push(
      classify(
        "after-accept",
        'After "Accept all"',
        acceptWatcher.take(),
        await stored(acceptContext, acceptPage),
        before,
        acceptError,
      ),
    );
    await acceptContext.close();
  } finally {
    await browser.close();
  }
  const offenders = phases
    .filter((p) => p.name !== "after-accept")
    .flatMap((phase) => [
      ...(phase.error ? [{ phase: phase.name, what: phase.error }] : []),
      ...phase.storage
        .filter((s) => !s.essential)
        .map((s) => ({ phase: phase.name, what: `${s.kind} ${s.name}` })),
      ...phase.requests.map((r) => ({
        phase: phase.name,
        what: `request to ${new URL(r.url).host} (${r.url})`,
      })),
    ]);
  return { url: options.url, phases, offenders, ok: offenders.length === 0 };
}
