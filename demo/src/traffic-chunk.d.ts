/**
 * The generator worker's messages. Traffic travels in compact chunks of typed arrays (transferred, not copied), so
 * the main thread learns from one chunk while the worker generates the next.
 */
/** Interaction types the recommender learns from, by code. */
export declare const INGEST_TYPES: readonly ["view", "add_to_cart", "purchase", "rating"];
/** Devices by code. */
export declare const DEVICES: readonly ["mobile", "desktop"];
/** What the generator is asked for. */
export interface GenerateRequest {
    readonly seed: number;
    readonly shoppers: number;
    readonly eventsPerShopperPerDay: number;
    readonly days: number;
    readonly start: number;
    /** Records per traffic chunk. */
    readonly chunk: number;
}
/** A consent change of a background shopper, applied before event `before` of its chunk. */
export interface ChunkConsent {
    readonly before: number;
    readonly subject: number;
    readonly choices: Readonly<Record<string, boolean>>;
}
/** Events of background shoppers, column by column; `subject` indexes the shoppers, `item` the catalog. */
export interface TrafficChunk {
    readonly kind: "traffic";
    readonly count: number;
    readonly subject: Uint32Array;
    readonly type: Uint8Array;
    readonly item: Uint32Array;
    readonly at: Float64Array;
    readonly device: Uint8Array;
    readonly hour: Uint8Array;
    readonly region: Uint8Array;
    readonly consents: readonly ChunkConsent[];
    /** Every event generated, including kinds the recommender does not learn from (searches, dismissals). */
    readonly generated: number;
    readonly last: boolean;
}
/** The shoppers of the run, sent before their traffic. */
export interface ShoppersMessage {
    readonly kind: "shoppers";
    readonly subjects: readonly string[];
    /** Region code of each shopper, as an index into `regions`. */
    readonly regionOf: Uint8Array;
    readonly regions: readonly string[];
}
