import type { Catalog, Persona } from "./types.ts";
/** Options of {@link createPersonas}. */
export interface PersonaOptions {
    /** Seed; the same seed, catalog and count give the same personas. */
    readonly seed: number;
    /** The catalog whose leaf categories the tastes refer to. */
    readonly catalog: Catalog;
    /** Number of personas; default 8. The first eight have distinct favourite top-level categories. */
    readonly count?: number;
}
/**
 * Creates `count` named personas with distinct tastes over the catalog's leaf categories (concentrated on 2–3
 * top-level categories), a region (EU countries, California and one Texan), one minor, a device, a consent
 * profile with its choices, and GPC. Deterministic for a seed; names come from Faker in the persona's locale.
 */
export declare function createPersonas(options: PersonaOptions): Persona[];
