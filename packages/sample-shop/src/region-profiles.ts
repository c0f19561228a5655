/** Regions the sample shop's shoppers come from, with their locale and UTC offset (winter time). */
import type { Region } from "./types.ts";

/** What the generators need to know about a shopper's region. */
export interface RegionProfile {
  readonly region: Region;
  /** BCP 47 locale, e.g. `"de-DE"`. */
  readonly locale: string;
  /** Hours to add to UTC for local time. */
  readonly utcOffset: number;
  /** Share of simulated shoppers from the region. */
  readonly share: number;
}

/** The regions of simulated shoppers: EU countries, California (CPRA) and Texas. */
export const regionProfiles: readonly RegionProfile[] = [
  { region: "DE", locale: "de-DE", utcOffset: 1, share: 0.2 },
  { region: "FR", locale: "fr-FR", utcOffset: 1, share: 0.15 },
  { region: "ES", locale: "es-ES", utcOffset: 1, share: 0.1 },
  { region: "NL", locale: "nl-NL", utcOffset: 1, share: 0.08 },
  { region: "IT", locale: "it-IT", utcOffset: 1, share: 0.07 },
  { region: "US-CA", locale: "en-US", utcOffset: -8, share: 0.28 },
  { region: "US-TX", locale: "en-US", utcOffset: -6, share: 0.12 },
];

/** The profile of a region; unknown regions get English and UTC. */
export function regionProfile(region: Region): RegionProfile {
  return regionProfiles.find((p) => p.region === region) ?? { region, locale: "en", utcOffset: 0, share: 0 };
}
