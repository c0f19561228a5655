/** Header with the main navigation. */
export declare function SiteHeader(): import("preact").JSX.Element;
