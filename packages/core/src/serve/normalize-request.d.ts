import type { ConsentState } from "../consent/types.ts";
import type { ServeRequest } from "./types.ts";
/** Slate length when the request names none. */
export declare const DEFAULT_K = 10;
/** The longest slate served. */
export declare const MAX_K = 100;
/** What a request without a readable consent state is served under: no consent, for nobody in particular. */
export declare const anonymousConsent: ConsentState;
/** The request with every field checked, and the names of the fields that were dropped. */
export declare function normalizeRequest(input: ServeRequest): {
    request: ServeRequest;
    invalid: string[];
};
