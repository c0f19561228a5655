/** Which TCF purposes (1–11) and special features (1–2) each Candor purpose grants. */
import type { Purpose, PurposeId } from "../consent/types.ts";
import {
  isAdvertising,
  isAnalytics,
  isPersonalisedAdvertising,
  isPersonalization,
} from "../internal/signal-purposes.ts";

/** The TCF 2.2 purpose ids. */
export const TCF_PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** The TCF special feature ids: 1 precise geolocation, 2 active device scanning. */
export const TCF_SPECIAL_FEATURES = [1, 2] as const;

/**
 * Candor purposes per TCF purpose and special feature: a TCF purpose is consented when any listed Candor purpose is in
 * effect. Ids left out use the default mapping (see {@link defaultTcfMapping}); an empty list keeps one refused.
 */
export interface TcfMapping {
  /** Candor purposes per TCF purpose id (1–11). */
  readonly purposes?: { readonly [id: number]: readonly PurposeId[] };
  /** Candor purposes per TCF special feature id (1–2); none by default. */
  readonly specialFeatures?: { readonly [id: number]: readonly PurposeId[] };
}

/**
 * The default mapping: advertising purposes grant 1, 2, 7 and 9 (personalised ones also 3 and 4); analytics grants
 * 1, 8, 9 and 10; personalization of the shop grants 1, 5, 6 and 11. No special feature is ever granted by default:
 * precise geolocation and device scanning need a purpose the shop maps to them explicitly.
 */
export function defaultTcfMapping(purposes: readonly Purpose[]): Required<TcfMapping> {
  const grants = new Map<number, PurposeId[]>(TCF_PURPOSES.map((id) => [id, []]));
  const add = (purpose: Purpose, tcf: readonly number[]) => {
    for (const id of tcf) grants.get(id)?.push(purpose.id);
  };
  for (const purpose of purposes) {
    if (isAdvertising(purpose))
      add(purpose, isPersonalisedAdvertising(purpose) ? [1, 2, 3, 4, 7, 9] : [1, 2, 7, 9]);
    else if (isAnalytics(purpose)) add(purpose, [1, 8, 9, 10]);
    else if (isPersonalization(purpose)) add(purpose, [1, 5, 6, 11]);
  }
  return { purposes: Object.fromEntries(grants), specialFeatures: { 1: [], 2: [] } };
}
