/** Named shopper personas for the demo: human names, distinct tastes, regions and consent behaviours. */
import { base, de, en, es, Faker, fr, type LocaleDefinition, nl } from "@faker-js/faker";
import { consentChoices } from "./consent-choices.ts";
import { checkFinite, checkInteger, InvalidOptionError } from "./invalid-option-error.ts";
import { deriveSeed, mulberry32 } from "./prng.ts";
import { regionProfile } from "./region-profiles.ts";
import { dirichlet } from "./sampling.ts";
import type { Catalog, ConsentProfile, Device, Persona, PurposeId, Region } from "./types.ts";

/** Options of {@link createPersonas}. */
export interface PersonaOptions {
  /** Seed; the same seed, catalog and count give the same personas. */
  readonly seed: number;
  /** The catalog whose leaf categories the tastes refer to. */
  readonly catalog: Catalog;
  /** Number of personas; default 8. The first eight have distinct favourite top-level categories. */
  readonly count?: number;
}

interface Archetype {
  readonly label: string;
  readonly tops: Readonly<Record<string, number>>;
  readonly region: Region;
  readonly device: Device;
  readonly consentProfile: ConsentProfile;
  readonly custom?: readonly PurposeId[];
  readonly gpc: boolean;
  readonly priceSensitivity: number;
  readonly minor?: true;
}

const archetypes: readonly Archetype[] = [
  {
    label: "Outdoor enthusiast",
    tops: { outdoor: 0.55, sports: 0.3, books: 0.15 },
    region: "DE",
    device: "desktop",
    consentProfile: "accept-all",
    gpc: false,
    priceSensitivity: 0.35,
  },
  {
    label: "Home cook",
    tops: { kitchen: 0.5, "wine-spirits": 0.3, home: 0.2 },
    region: "FR",
    device: "desktop",
    consentProfile: "browsing-only",
    gpc: false,
    priceSensitivity: 0.5,
  },
  {
    label: "Teen gamer",
    tops: { electronics: 0.5, toys: 0.3, books: 0.2 },
    region: "US-CA",
    device: "mobile",
    consentProfile: "custom",
    custom: ["personalization.browsing", "personalization.purchases"],
    gpc: false,
    priceSensitivity: 0.8,
    minor: true,
  },
  {
    label: "Wellness seeker",
    tops: { beauty: 0.45, pharmacy: 0.35, fashion: 0.2 },
    region: "ES",
    device: "mobile",
    consentProfile: "custom",
    custom: ["personalization.browsing", "personalization.purchases", "sensitive"],
    gpc: false,
    priceSensitivity: 0.45,
  },
  {
    label: "Gardener",
    tops: { garden: 0.55, home: 0.3, outdoor: 0.15 },
    region: "NL",
    device: "desktop",
    consentProfile: "reject-all",
    gpc: false,
    priceSensitivity: 0.6,
  },
  {
    label: "Bookworm",
    tops: { books: 0.6, kitchen: 0.2, home: 0.2 },
    region: "US-TX",
    device: "desktop",
    consentProfile: "accept-all",
    gpc: false,
    priceSensitivity: 0.55,
  },
  {
    label: "Fashion lover",
    tops: { fashion: 0.55, beauty: 0.25, sports: 0.2 },
    region: "DE",
    device: "mobile",
    consentProfile: "browsing-only",
    gpc: false,
    priceSensitivity: 0.25,
  },
  {
    label: "Young parent",
    tops: { toys: 0.5, fashion: 0.25, kitchen: 0.25 },
    region: "US-CA",
    device: "mobile",
    consentProfile: "accept-all",
    gpc: true,
    priceSensitivity: 0.7,
  },
];

const fakerLocales: Readonly<Record<string, LocaleDefinition>> = { de, fr, es, nl };

/**
 * Creates `count` named personas with distinct tastes over the catalog's leaf categories (concentrated on 2–3
 * top-level categories), a region (EU countries, California and one Texan), one minor, a device, a consent
 * profile with its choices, and GPC. Deterministic for a seed; names come from Faker in the persona's locale.
 */
export function createPersonas(options: PersonaOptions): Persona[] {
  const { seed, catalog, count = 8 } = options;
  checkFinite("createPersonas.seed", seed);
  checkInteger("createPersonas.count", count, 1, 999);
  const leavesByTop = new Map<string, string[]>();
  for (const c of catalog.categories) {
    if (c.parent === null) continue;
    const list = leavesByTop.get(c.parent) ?? [];
    list.push(c.id);
    leavesByTop.set(c.parent, list);
  }
  if (leavesByTop.size === 0) {
    throw new InvalidOptionError("createPersonas.catalog", catalog, "has no leaf categories");
  }

  return Array.from({ length: count }, (_, i): Persona => {
    const archetype = archetypes[i % archetypes.length] as Archetype;
    const { locale } = regionProfile(archetype.region);
    const language = locale.split("-")[0] ?? "en";
    const fakerLocale = fakerLocales[language];
    const faker = new Faker({ locale: fakerLocale ? [fakerLocale, en, base] : [en, base] });
    faker.seed(deriveSeed(seed, `persona:${i}`));
    const random = mulberry32(deriveSeed(seed, `persona-tastes:${i}`));

    const tastes: Record<string, number> = {};
    for (const [top, weight] of Object.entries(archetype.tops)) {
      const leaves = leavesByTop.get(top) ?? [];
      const split = dirichlet(
        random,
        leaves.map(() => 2),
      );
      leaves.forEach((leaf, j) => {
        tastes[leaf] = weight * (split[j] ?? 0);
      });
    }
    const total = Object.values(tastes).reduce((a, b) => a + b, 0);
    for (const key of Object.keys(tastes)) tastes[key] = total > 0 ? (tastes[key] ?? 0) / total : 0;

    const choiceOptions = { gpc: archetype.gpc, ...(archetype.custom ? { custom: archetype.custom } : {}) };
    return {
      id: `persona-${String(i + 1).padStart(2, "0")}`,
      name: `${faker.person.firstName()} ${faker.person.lastName()}`,
      archetype: archetype.label,
      region: archetype.region,
      locale,
      minor: archetype.minor === true && i < archetypes.length,
      tastes,
      priceSensitivity: archetype.priceSensitivity,
      device: archetype.device,
      consentProfile: archetype.consentProfile,
      choices: consentChoices(archetype.consentProfile, choiceOptions),
      gpc: archetype.gpc,
    };
  });
}
