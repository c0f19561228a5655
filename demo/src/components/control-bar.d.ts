/** The jurisdictions the demo can simulate, by the region code it sends. */
export declare const jurisdictions: readonly [{
    readonly region: "DE";
    readonly label: "EU (Germany, GDPR)";
}, {
    readonly region: "US-CA";
    readonly label: "California (CPRA)";
}, {
    readonly region: "US-TX";
    readonly label: "Elsewhere (Texas)";
}];
/** Not part of a real shop: it lets a visitor try the regimes, signals and personas. */
export declare function ControlBar(): import("preact").JSX.Element;
