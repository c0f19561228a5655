/** Cumulative position-weighted exposure per provider across requests: the state behind exposure amortization. */
import { positionWeight } from "../internal/position-weight.ts";
import { checkExposureOptions } from "./factory-options.ts";
import { lookupItem } from "./item-features.ts";
import type { CatalogItem, ItemLookup } from "./types.ts";

/** Options of {@link createExposureTracker}. */
export interface ExposureTrackerOptions {
  /** The provider an item's exposure counts for; default its `sellerId` (items without one are not tracked). */
  readonly providerOf?: (item: CatalogItem) => string | undefined;
  /** Factor in (0, 1] applied to all past exposure at each recorded slate, to forget slowly; default 1 (never). */
  readonly decay?: number;
  /** Exposure to start from, e.g. restored from storage; default none. */
  readonly initial?: ReadonlyMap<string, number>;
}

/** A snapshot of the tracker. */
export interface ExposureState {
  /** Cumulative (decayed) exposure per provider. */
  readonly byProvider: ReadonlyMap<string, number>;
  /** Number of slates recorded. */
  readonly slates: number;
}

/** Tracks exposure per provider; `record` each served slate, pass the tracker in the re-rank context. */
export interface ExposureTracker {
  /** Adds each item's exposure 1 / log2(rank + 1) to its provider. */
  record(slate: readonly { readonly item: string; readonly rank: number }[], items: ItemLookup): void;
  /** Cumulative exposure of a provider; 0 when never shown. */
  exposureOf(provider: string): number;
  /** The provider of an item, as the tracker counts it. */
  providerOf(item: CatalogItem): string | undefined;
  /** A snapshot of the state. */
  getState(): ExposureState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets all exposure. */
  reset(): void;
}

/**
 * Creates an exposure tracker (the one stateful piece of re-ranking, hence a closure). Decay is applied lazily
 * through a global scale, so recording costs O(k) however many providers there are.
 */
export function createExposureTracker(options: ExposureTrackerOptions = {}): ExposureTracker {
  checkExposureOptions(options);
  const providerOf = options.providerOf ?? ((item: CatalogItem) => item.sellerId);
  const decay = options.decay ?? 1;
  const stored = new Map<string, number>();
  const listeners = new Set<() => void>();
  let scale = 1;
  let slates = 0;
  for (const [provider, value] of options.initial ?? []) stored.set(provider, value);
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    record(slate, items) {
      if (decay < 1) {
        scale *= decay;
        if (scale < 1e-100) {
          for (const [provider, value] of stored) stored.set(provider, value * scale);
          scale = 1;
        }
      }
      for (const { item: id, rank } of slate) {
        const item = lookupItem(items, id);
        const provider = item ? providerOf(item) : undefined;
        if (provider === undefined || !(rank >= 1)) continue;
        stored.set(provider, (stored.get(provider) ?? 0) + positionWeight(rank) / scale);
      }
      slates++;
      notify();
    },
    exposureOf(provider) {
      return (stored.get(provider) ?? 0) * scale;
    },
    providerOf,
    getState() {
      const byProvider = new Map<string, number>();
      for (const [provider, value] of stored) byProvider.set(provider, value * scale);
      return { byProvider, slates };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      stored.clear();
      scale = 1;
      slates = 0;
      notify();
    },
  };
}
