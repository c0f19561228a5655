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
export declare const regionProfiles: readonly RegionProfile[];
/** The profile of a region; unknown regions get English and UTC. */
export declare function regionProfile(region: Region): RegionProfile;
