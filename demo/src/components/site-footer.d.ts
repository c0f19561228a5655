/** "Privacy settings" on every page (GDPR Art. 7(3)); in California also the opt-out and sensitive-data controls. */
export declare function SiteFooter(): import("preact").JSX.Element;
