/** Saves text as a file in the browser, with no network and no inline script (CSP-clean). */
/** Offers `text` as a download named `filename`; does nothing outside a browser. */
export declare function downloadText(filename: string, text: string, type?: string): void;
