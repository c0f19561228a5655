import { type Browser, type BrowserContext, type Page } from "playwright-core";
/** Where screenshots go (not committed). */
export declare const artifacts: string;
/** The Chromium to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare function chromiumPath(): string;
/** Launches headless Chromium with the flags this machine needs; playwright gives it a fresh profile directory. */
export declare function launchChromium(): Promise<Browser>;
/** Serves the built demo (see global-setup.ts) with the production CSP; returns the base URL and a stop function. */
export declare function serveDemo(): Promise<{
    url: string;
    close: () => Promise<void>;
}>;
/** Saves a full-page screenshot under test/artifacts. */
export declare function screenshot(page: Page, name: string): Promise<void>;
/** Collects console errors and CSP violations of a page, to assert there were none. */
export declare function watchErrors(page: Page): string[];
/** What {@link useDemoPage} hands each test: a fresh context and page on the served demo, and its errors. */
export interface DemoSession {
    readonly browser: Browser;
    readonly demo: {
        url: string;
        close: () => Promise<void>;
    };
    readonly context: BrowserContext;
    readonly page: Page;
    readonly errors: string[];
}
/**
 * Registers the hooks every browser test file shares: serve the demo and launch Chromium once per file, a new
 * context and page per test, and no console error or CSP violation allowed. `assign` receives each test's session.
 */
export declare function useDemoPage(assign: (session: DemoSession) => void): void;
