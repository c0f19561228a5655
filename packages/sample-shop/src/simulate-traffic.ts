/** The traffic simulator collected into arrays: shoppers, behaviour events and consent changes. */
import { prepareTraffic, type TrafficOptions } from "./stream-traffic.ts";
import type { SimConsentChange, SimEvent, Traffic } from "./types.ts";

/**
 * Simulates `shoppers` background shoppers over `days` days from `start` and returns them with their
 * behaviour events and consent changes, each list in time order. Consent changes are kept apart so consumers
 * can route them to the consent store; `streamTraffic` yields both merged, lazily.
 */
export function simulateTraffic(options: TrafficOptions): Traffic {
  const { shoppers, records } = prepareTraffic(options);
  const events: SimEvent[] = [];
  const consents: SimConsentChange[] = [];
  for (const record of records) {
    if (record.type === "consent") consents.push(record);
    else events.push(record);
  }
  return { shoppers, events, consents };
}
