/** The error thrown when a generator is called with an option it cannot honour. */
/** Thrown by the sample-shop factories for a bad option; carries the option's path and the value given. */
export declare class InvalidOptionError extends Error {
    /** Dotted path of the option, e.g. `"createCatalog.items"`. */
    readonly path: string;
    /** The value that was given. */
    readonly value: unknown;
    constructor(path: string, value: unknown, reason: string);
}
/** Throws {@link InvalidOptionError} unless `value` is an integer in [min, max]. */
export declare function checkInteger(path: string, value: number, min: number, max?: number): void;
/** Throws {@link InvalidOptionError} unless `value` is a finite number. */
export declare function checkFinite(path: string, value: number): void;
