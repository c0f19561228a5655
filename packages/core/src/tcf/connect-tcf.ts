/** The TCF `__tcfapi` over a consent manager, with the official `@iabtechlabtcf/cmpapi` and stub. */

import { CmpApi } from "@iabtechlabtcf/cmpapi";
import installStub from "@iabtechlabtcf/stub";
import type { ConsentManager } from "../consent/consent-manager.ts";
import type { ConsentState } from "../consent/types.ts";
import { checkTcOptions, encodeTcString, type TcStringOptions } from "./encode-tc-string.ts";

/** Options of {@link connectTcf}. Invalid options throw an `ConfigError`. */
export interface TcfOptions extends TcStringOptions {
  /** Whether the consent UI is showing; default `manager.needsPrompt()`. */
  readonly uiVisible?: () => boolean;
}

/** What {@link connectTcf} returns. */
export interface TcfConnection {
  /** The TC string last published: `null` where GDPR does not apply, `""` before a standing choice. */
  tcString(): string | null;
  /** Stops following the manager (`__tcfapi` keeps answering with the last string). */
  disconnect(): void;
}

/**
 * Defines the official TCF stub (`window.__tcfapi` queueing calls, and the `__tcfapiLocator` frame) unless an API is
 * there already. It must run before any vendor script: serve `@iabtechlabtcf/stub/lib/stub.js` as the first script of
 * `<head>`, or call this from the first script.
 */
export function installTcfStub(win: object = globalThis): void {
  if (typeof (win as { __tcfapi?: unknown }).__tcfapi === "function") return;
  installStub();
}

/** Whether TCF's GDPR signal applies: the EU/EEA/UK/CH regime, and an unknown region (the strictest). */
export function gdprApplies(state: ConsentState): boolean {
  return state.regime.id === "gdpr" || state.regime.id === "strictest";
}

/**
 * Installs `__tcfapi` (ping, getTCData, addEventListener, removeEventListener, getVendorList of the supplied GVL) and
 * publishes a TC string for the manager's state at once and on every change: `cmpuishown` while the UI shows,
 * `useractioncomplete` after a choice, `tcloaded` for a standing choice on page load. Service-specific only.
 */
export function connectTcf(manager: ConsentManager, options: TcfOptions): TcfConnection {
  checkTcOptions(options, manager.purposes);
  const uiVisible = options.uiVisible ?? (() => manager.needsPrompt());
  installTcfStub();
  const api = new CmpApi(options.cmpId, options.cmpVersion ?? 1, true);
  let published: string | null = null;
  const publish = () => {
    const state = manager.getState();
    if (!gdprApplies(state)) published = null;
    else if (state.status !== "decided") published = "";
    else published = encodeTcString(state, manager.purposes, options);
    api.update(published, uiVisible());
  };
  publish();
  const unsubscribe = manager.subscribe(publish);
  return { tcString: () => published, disconnect: unsubscribe };
}
