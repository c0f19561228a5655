import type { ConsentManager } from "../consent/consent-manager.ts";
import type { ConsentState, Purpose } from "../consent/types.ts";
import { type UsSectionOptions } from "./us-sections.ts";
/** A GPP section Candor writes. */
export type GppSectionName = "usnat" | "usca";
/** Options of {@link encodeGpp}. */
export interface EncodeGppOptions extends UsSectionOptions {
    /** The sections to write; default both `usnat` and `usca`. */
    readonly sections?: readonly GppSectionName[];
}
/** Options of {@link connectGpp}. Invalid options throw an `AdapterConfigError`. */
export interface GppOptions extends Omit<EncodeGppOptions, "limitSensitive"> {
    /** The CMP id the shop's CMP was registered under with IAB Tech Lab (a whole number ≥ 1). */
    readonly cmpId: number;
    /** The shop's own version number of its CMP integration; default 1. */
    readonly cmpVersion?: number;
    /** Whether the shopper limited the use of sensitive personal information (CPRA §7027); read on every change. */
    readonly limitSensitive?: () => boolean;
    /** Whether the consent UI is showing; default `manager.needsPrompt()`. */
    readonly uiVisible?: () => boolean;
    /** The window the API is installed on; default `globalThis` (`@iabgpp/cmpapi` itself always uses `window`). */
    readonly window?: object;
}
/** What {@link connectGpp} returns. */
export interface GppConnection {
    /** The GPP string last published. */
    gppString(): string;
    /** Re-reads the consent state and the limit flag, and publishes if anything changed (call after `limitSensitive` changes). */
    refresh(): void;
    /** Stops following the manager (the `__gpp` API keeps answering with the last string). */
    disconnect(): void;
}
/** The section that applies to a region: `usca` in California, `usnat` elsewhere in the US and when unknown, none outside. */
export declare function applicableSection(state: ConsentState, sections: readonly GppSectionName[]): GppSectionName | null;
/** A GPP string with the requested US sections for a consent state, encoded by the official library. */
export declare function encodeGpp(state: ConsentState, purposes: readonly Purpose[], options?: EncodeGppOptions): string;
/**
 * Installs the `__gpp` API (ping, addEventListener, getSection, hasSection, getField) with the `usnat` and `usca`
 * sections derived from the manager's state, and publishes a new string with a `sectionChange` event on every change.
 * Load it early; queued calls of the IAB stub are answered once it runs.
 */
export declare function connectGpp(manager: ConsentManager, options: GppOptions): GppConnection;
