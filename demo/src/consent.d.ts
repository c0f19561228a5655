/** What the consent manager of one demo visit depends on. */
export interface DemoConsentOptions {
    /** Region code, e.g. `"DE"`, `"US-CA"`. */
    readonly region: string;
    /** Simulated Global Privacy Control (`?gpc=1`), or the browser's own signal. */
    readonly gpc: boolean;
    /** Known minor (DSA Art. 28, Civ. Code §1798.120(c)). */
    readonly minor: boolean;
    /** The persona being shopped as, or `null` for the visitor; each has its own record and subject. */
    readonly persona: string | null;
}
/** Storage key of the consent record of the visitor or of a persona. */
export declare function consentKey(persona: string | null): string;
/** Creates the demo shop's consent manager, storing the record in `localStorage`. */
export declare function createDemoConsent(options: DemoConsentOptions): import("@candor/preact").ConsentManager;
