/** The IAB GPP CMP API (`__gpp`) over a consent manager, with the official `@iabgpp/cmpapi`. */

import { CmpApi, CmpDisplayStatus, CmpStatus, GppModel, SignalStatus } from "@iabgpp/cmpapi";
import type { ConsentManager } from "../consent/consent-manager.ts";
import type { ConsentState, Purpose } from "../consent/types.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { installGppStub } from "./gpp-stub.ts";
import { toUsCa, toUsNat, type UsSectionOptions } from "./us-sections.ts";

/** A GPP section Candor writes. */
export type GppSectionName = "usnat" | "usca";

const SECTION_IDS: Readonly<Record<GppSectionName, number>> = { usnat: 7, usca: 8 };

/** Options of {@link encodeGpp}. */
export interface EncodeGppOptions extends UsSectionOptions {
  /** The sections to write; default both `usnat` and `usca`. */
  readonly sections?: readonly GppSectionName[];
}

/** Options of {@link connectGpp}. Invalid options throw an `ConfigError`. */
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
export function applicableSection(
  state: ConsentState,
  sections: readonly GppSectionName[],
): GppSectionName | null {
  const region = state.regime.region;
  if (region === "US-CA" && sections.includes("usca")) return "usca";
  if ((region === null || region.startsWith("US")) && sections.includes("usnat")) return "usnat";
  return null;
}

function fieldsOf(
  state: ConsentState,
  purposes: readonly Purpose[],
  name: GppSectionName,
  options: UsSectionOptions,
) {
  return name === "usnat" ? toUsNat(state, purposes, options) : toUsCa(state, purposes, options);
}

/** A GPP string with the requested US sections for a consent state, encoded by the official library. */
export function encodeGpp(
  state: ConsentState,
  purposes: readonly Purpose[],
  options: EncodeGppOptions = {},
): string {
  const model = new GppModel();
  for (const name of options.sections ?? ["usnat", "usca"]) {
    for (const [field, value] of Object.entries(fieldsOf(state, purposes, name, options))) {
      model.setFieldValue(name, field, value);
    }
  }
  return model.encode();
}

/**
 * Installs the `__gpp` API (ping, addEventListener, getSection, hasSection, getField) with the `usnat` and `usca`
 * sections derived from the manager's state, and publishes a new string with a `sectionChange` event on every change.
 * Load it early; queued calls of the IAB stub are answered once it runs.
 */
export function connectGpp(manager: ConsentManager, options: GppOptions): GppConnection {
  const cmpVersion = options.cmpVersion ?? 1;
  if (!Number.isInteger(options.cmpId) || options.cmpId < 1 || options.cmpId > 4095) {
    throw new ConfigError("cmpId", "must be the IAB-registered CMP id, a whole number from 1 to 4095");
  }
  if (!Number.isInteger(cmpVersion) || cmpVersion < 0) {
    throw new ConfigError("cmpVersion", "must be a whole number, at least 0");
  }
  const sections = options.sections ?? ["usnat", "usca"];
  sections.forEach((name, i) => {
    if (!(name in SECTION_IDS)) throw new ConfigError(`sections.${i}`, `"${name}" is not usnat or usca`);
  });
  const uiVisible = options.uiVisible ?? (() => manager.needsPrompt());
  const win = (options.window ?? globalThis) as { __gpp?: (...args: unknown[]) => unknown };
  installGppStub(win);
  // Calls queued by a stub are held back until the sections are set, so that they get real answers.
  const queued = win.__gpp?.();
  const held = Array.isArray(queued) ? (queued.splice(0) as unknown[][]) : [];
  const api = new CmpApi(options.cmpId, cmpVersion);
  api.setSupportedAPIs(sections.map((name) => `${SECTION_IDS[name]}:${name}`));
  let published = "";

  const publish = () => {
    const state = manager.getState();
    const sectionOptions: UsSectionOptions = {
      ...options,
      limitSensitive: options.limitSensitive?.() ?? false,
    };
    const applicable = applicableSection(state, sections);
    api.setSignalStatus(SignalStatus.NOT_READY);
    api.setApplicableSections(applicable === null ? [-1] : [SECTION_IDS[applicable]]);
    for (const name of sections) {
      for (const [field, value] of Object.entries(fieldsOf(state, manager.purposes, name, sectionOptions))) {
        api.setFieldValue(name, field, value);
      }
    }
    api.setCmpDisplayStatus(uiVisible() ? CmpDisplayStatus.VISIBLE : CmpDisplayStatus.HIDDEN);
    const next = api.getGppString();
    const changed = next !== published;
    published = next;
    api.setSignalStatus(SignalStatus.READY);
    if (changed) for (const name of sections) api.fireSectionChange(name);
  };

  api.setCmpStatus(CmpStatus.LOADED);
  publish();
  for (const args of held) win.__gpp?.(...args);
  const unsubscribe = manager.subscribe(publish);
  return { gppString: () => published, refresh: publish, disconnect: unsubscribe };
}
