/** The configuration error shared by the interop adapters (Consent Mode, GPP, TCF, gating). */
/** Thrown when an adapter's options are invalid: names the option path and the reason (fail fast at configuration). */
export declare class AdapterConfigError extends Error {
    /** Dotted path of the offending option, e.g. `"mapping.ad_storage.0"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    constructor(path: string, reason: string);
}
