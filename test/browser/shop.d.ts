import type { Locator, Page } from "playwright-core";
/** The two jurisdictions every storefront test runs in. */
export declare const regions: readonly [readonly ["EU", "DE"], readonly ["California", "US-CA"]];
/** The consent banner. */
export declare const banner: (page: Page) => Locator;
/** A recommendation row by its title. */
export declare const row: (page: Page, title: string) => Locator;
/** The items of a row. */
export declare const rowItems: (page: Page, title: string) => Locator;
/** Opens the shop and waits until the first recommendation row has items. */
export declare function openShop(page: Page, url: string, query: string, hash?: string): Promise<void>;
/** Sets the privacy settings dialog's switches so that exactly `granted` are on, and saves. */
export declare function chooseOnly(page: Page, granted: readonly string[]): Promise<void>;
/** Opens the privacy settings from the footer. */
export declare function openPrivacySettings(page: Page): Promise<void>;
/** The title of the first product in the listing or row that `scope` finds, and opens its page. */
export declare function openProduct(page: Page, link: Locator): Promise<string>;
/** The texts of every reason shown under the items of a row. */
export declare function reasonsOf(page: Page, title: string): Promise<string[]>;
/** Clicks `trigger` and returns the text of the file it downloads. */
export declare function downloadText(page: Page, trigger: Locator): Promise<string>;
/** Every record in the vault's IndexedDB database, or `null` when the database was never created. */
export declare function vaultRecords(page: Page): Promise<unknown[] | null>;
/** The stored consent record of the visitor, parsed, or `null`. */
export declare function consentRecord(page: Page): Promise<{
    events: {
        type: string;
        via: {
            control?: string;
        };
        purposes: Record<string, {
            granted: boolean;
        }>;
    }[];
} | null>;
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
export declare function axeViolations(page: Page): Promise<Violation[]>;
