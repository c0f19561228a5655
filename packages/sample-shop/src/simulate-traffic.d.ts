/** The traffic simulator collected into arrays: shoppers, behaviour events and consent changes. */
import { type TrafficOptions } from "./stream-traffic.ts";
import type { Traffic } from "./types.ts";
/**
 * Simulates `shoppers` background shoppers over `days` days from `start` and returns them with their
 * behaviour events and consent changes, each list in time order. Consent changes are kept apart so consumers
 * can route them to the consent store; `streamTraffic` yields both merged, lazily.
 */
export declare function simulateTraffic(options: TrafficOptions): Traffic;
