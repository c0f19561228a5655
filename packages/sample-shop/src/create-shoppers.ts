/** Simulated background shoppers: latent taste cluster, tastes, region, device and consent behaviour. */
import { indexCatalog } from "./catalog-index.ts";
import { consentChoices, PURPOSE_IDS } from "./consent-choices.ts";
import { checkFinite, checkInteger } from "./invalid-option-error.ts";
import { deriveSeed, mulberry32, type Random } from "./prng.ts";
import { regionProfiles } from "./region-profiles.ts";
import { dirichlet, gamma, pickIndex } from "./sampling.ts";
import { tasteClusterShares, tasteClusters } from "./taste-clusters.ts";
import type { Catalog, ConsentProfile, PurposeId, Region, SimShopper } from "./types.ts";

/** Options of {@link createShoppers}. */
export interface ShopperOptions {
  /** Seed; the same seed and catalog give the same shoppers, and shopper `i` does not depend on the count. */
  readonly seed: number;
  /** The catalog whose leaf categories the tastes refer to. */
  readonly catalog: Catalog;
  /** Number of shoppers; default 500. */
  readonly shoppers?: number;
}

/** How strongly a shopper's top-level tastes follow their cluster (Dirichlet concentration). */
const CLUSTER_CONCENTRATION = 6;
/** Dirichlet weight every top-level category gets, so shoppers stray outside their cluster a little. */
const BACKGROUND = 0.08;
/** Dirichlet weight of each leaf within a top-level category. */
const LEAF_CONCENTRATION = 1.5;
/** Share of consenting shoppers who withdraw some time during the run. */
const WITHDRAWAL_SHARE = 0.12;

type Profile = ConsentProfile | "default";

/** Banner answers and GPC share by regime: EU opt-in, California opt-out (CPRA), elsewhere opt-in. */
const consentMix: Readonly<Record<"eu" | "ca" | "other", { profiles: readonly number[]; gpc: number }>> = {
  eu: { profiles: [0.3, 0.3, 0.2, 0.1, 0.1], gpc: 0.04 },
  ca: { profiles: [0.1, 0.15, 0.05, 0.1, 0.6], gpc: 0.25 },
  other: { profiles: [0.35, 0.2, 0.15, 0.1, 0.2], gpc: 0.08 },
};
const PROFILES: readonly Profile[] = ["accept-all", "reject-all", "browsing-only", "custom", "default"];
const PERSONALIZATION: readonly PurposeId[] = PURPOSE_IDS.filter((p) => p.startsWith("personalization."));

/** A shopper and what the simulator needs to drive them. */
export interface ShopperPlan {
  readonly shopper: SimShopper;
  /** Tastes over the index's leaves, summing to 1. */
  readonly taste: Float64Array;
  /** The banner answer's choices, or `null` when the shopper never answers. */
  readonly banner: Readonly<Record<PurposeId, boolean>> | null;
  /** A withdrawal in settings: when (fraction of the run) and which purposes. */
  readonly withdrawal: {
    readonly fraction: number;
    readonly choices: Partial<Record<PurposeId, boolean>>;
  } | null;
}

/**
 * Creates `shoppers` pseudonymous background shoppers (`s0001`, …). Each belongs to one latent taste cluster
 * (ground truth, see `tasteClusters`) and has tastes drawn around it, a region (EU, California, Texas), a
 * device, price sensitivity, activity, a banner answer drawn by regime and GPC.
 */
export function createShoppers(options: ShopperOptions): SimShopper[] {
  return planShoppers(options).map((p) => p.shopper);
}

/** {@link createShoppers} with the simulator's private plan for each shopper. */
export function planShoppers(options: ShopperOptions): ShopperPlan[] {
  const { seed, catalog, shoppers: count = 500 } = options;
  checkFinite("createShoppers.seed", seed);
  checkInteger("createShoppers.shoppers", count, 1, 9_999_999);
  const index = indexCatalog(catalog);
  const random = mulberry32(deriveSeed(seed, "shoppers"));
  const width = Math.max(4, String(count).length);
  const tops = [...new Set(index.leafTop)];
  const topLeaves = tops.map((top) => index.leafTop.flatMap((t, l) => (t === top ? [l] : [])));
  const regionShares = regionProfiles.map((r) => r.share);

  return Array.from({ length: count }, (_, i): ShopperPlan => {
    const subject = `s${String(i + 1).padStart(width, "0")}`;
    const cluster = pickIndex(random, tasteClusterShares);
    const taste = drawTaste(random, index.leaves.length, tops, topLeaves, cluster);
    const profile = regionProfiles[pickIndex(random, regionShares)] ?? regionProfiles[0];
    const region: Region = profile?.region ?? "DE";
    const mix = consentMix[region === "US-CA" ? "ca" : region.startsWith("US") ? "other" : "eu"];
    const consentProfile = PROFILES[pickIndex(random, mix.profiles)] ?? "default";
    const gpc = random() < mix.gpc;
    const banner = consentProfile === "default" ? null : bannerChoices(random, consentProfile, gpc);
    const optedIn = banner ? PERSONALIZATION.some((p) => banner[p]) : region === "US-CA";
    const withdrawal = optedIn && random() < WITHDRAWAL_SHARE ? drawWithdrawal(random, banner) : null;

    const tastes: Record<string, number> = {};
    index.leaves.forEach((leaf, l) => {
      tastes[leaf] = taste[l] ?? 0;
    });
    const shopper: SimShopper = {
      subject,
      cluster,
      tastes,
      region,
      locale: profile?.locale ?? "en",
      device: random() < 0.6 ? "mobile" : "desktop",
      priceSensitivity: (random() + random()) / 2,
      activity: gamma(random, 2) / 2,
      consentProfile,
      gpc,
    };
    return { shopper, taste, banner, withdrawal };
  });
}

function drawTaste(
  random: Random,
  leafCount: number,
  tops: readonly string[],
  topLeaves: readonly (readonly number[])[],
  cluster: number,
): Float64Array {
  const weights = tasteClusters[cluster]?.categories ?? {};
  const topShare = dirichlet(
    random,
    tops.map((t) => CLUSTER_CONCENTRATION * (weights[t] ?? 0) + BACKGROUND),
  );
  const taste = new Float64Array(leafCount);
  topLeaves.forEach((leaves, t) => {
    const split = dirichlet(
      random,
      leaves.map(() => LEAF_CONCENTRATION),
    );
    leaves.forEach((l, j) => {
      taste[l] = (topShare[t] ?? 0) * (split[j] ?? 0);
    });
  });
  return taste;
}

function bannerChoices(random: Random, profile: ConsentProfile, gpc: boolean): Record<PurposeId, boolean> {
  if (profile !== "custom") return consentChoices(profile, { gpc });
  const custom = PURPOSE_IDS.filter((p) => random() < (p === "sensitive" ? 0.15 : 0.5));
  return consentChoices("custom", { gpc, custom });
}

function drawWithdrawal(
  random: Random,
  banner: Readonly<Record<PurposeId, boolean>> | null,
): ShopperPlan["withdrawal"] {
  const fraction = 0.2 + 0.75 * random();
  if (random() < 0.5) {
    return { fraction, choices: Object.fromEntries(PURPOSE_IDS.map((p) => [p, false])) };
  }
  const granted = banner ? PERSONALIZATION.filter((p) => banner[p]) : PERSONALIZATION;
  const purpose = granted[Math.floor(random() * granted.length)] ?? "personalization.browsing";
  return { fraction, choices: { [purpose]: false } };
}
