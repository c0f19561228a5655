/** Holds back scripts, iframes, images and other embeds until their purposes are granted; undoes what it can on withdrawal. */

import { createStore } from "zustand/vanilla";
import type { ConsentManager } from "../consent/consent-manager.ts";
import { localize } from "../consent/purposes.ts";
import type { PurposeId } from "../consent/types.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { purposesInEffect } from "../internal/signal-purposes.ts";
import { type Cleared, clearStorage, type PurposeStorage } from "./clear-storage.ts";
import { createPlaceholder, englishPlaceholderLabels, type PlaceholderLabels } from "./placeholder.ts";

const SELECTOR = "[data-candor-purpose]";
const PLACEHOLDER_TAGS = new Set(["IFRAME", "VIDEO", "AUDIO", "EMBED", "OBJECT"]);

/** A problem the gate recovered from, reported through `onError`. */
export interface GateIssue {
  readonly code: "unknown-purpose" | "no-purpose";
  readonly message: string;
  readonly element: Element;
}

/** What a withdrawal undid, and what it could not. */
export interface WithdrawalReport {
  /** The purposes no longer in effect. */
  readonly purposes: readonly PurposeId[];
  /** The declared cookies and storage keys that were removed. */
  readonly cleared: Cleared;
  /** Scripts that already ran and keep running until the page reloads (their `src`, or `inline script #n`). */
  readonly reload: readonly string[];
  /** Embeds that were unloaded (their `src`). */
  readonly unloaded: readonly string[];
}

/** The gate's state. */
export interface GateState {
  /** How many activations happened (each gated element counts once per grant; a script once per page). */
  readonly activations: number;
  /** Gated elements still waiting for their purposes. */
  readonly blocked: number;
  /** Scripts that ran under a purpose since withdrawn: reload the page to stop them. */
  readonly reloadNeeded: readonly string[];
}

/** Options of {@link createGate}. Invalid options throw an `ConfigError`. */
export interface GateOptions {
  /** The subtree to gate; default `document`. Elements added later are gated too. */
  readonly root?: Document | Element;
  /** What each purpose stores on the device, cleared when it is withdrawn (ePrivacy Art. 5(3), GDPR Art. 7(3)). */
  readonly storage?: { readonly [purpose: PurposeId]: PurposeStorage };
  /** Show a placeholder with a one-purpose opt-in in place of blocked iframes, videos and other embeds; default `true`. */
  readonly placeholders?: boolean;
  /** Placeholder words; default English. */
  readonly labels?: PlaceholderLabels;
  /** Locale of the purpose titles in placeholders; default `"en"`. */
  readonly locale?: string;
  /** Called after every withdrawal that undid or left anything. */
  readonly onWithdraw?: (report: WithdrawalReport) => void;
  /** Receives problems the gate recovered from (an element naming an unknown purpose stays blocked). */
  readonly onError?: (issue: GateIssue) => void;
}

/** What {@link createGate} returns: a small store. */
export interface Gate {
  /** The current state; the same object until something changes. */
  getState(): GateState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: GateState) => void): () => void;
  /** Gates elements added outside the observed root, or re-checks after a manual change. */
  scan(): void;
  /** Stops observing the page and the manager; activated elements stay as they are. */
  destroy(): void;
}

interface Entry {
  readonly purposes: readonly PurposeId[];
  active: boolean;
  ran: boolean;
  placeholder: HTMLElement | null;
}

/**
 * Gates every element with `data-candor-purpose="id [id…]"` under `root`: `<script type="text/plain">` (with `src` or
 * inline), and iframes, images and other elements with `data-candor-src`/`data-candor-srcset`. Each is activated once
 * its purposes are all in effect, never before: a script runs once per page, an embed loads once per grant and is
 * unloaded on withdrawal. Withdrawal clears the purpose's declared cookies and storage and reports the scripts that
 * need a reload.
 */
export function createGate(manager: ConsentManager, options: GateOptions = {}): Gate {
  const root = options.root ?? (globalThis as { document?: Document }).document;
  if (!root) throw new ConfigError("root", "gating needs a DOM: pass a document or an element");
  const doc = root.ownerDocument ?? (root as Document);
  const known = new Set(manager.purposes.map((p) => p.id));
  for (const id of Object.keys(options.storage ?? {})) {
    if (!known.has(id)) throw new ConfigError(`storage.${id}`, `names unknown purpose "${id}"`);
  }
  const labels = options.labels ?? englishPlaceholderLabels;
  const entries = new Map<Element, Entry>();
  const store = createStore<GateState>()(() => ({ activations: 0, blocked: 0, reloadNeeded: [] }));
  let inlineCount = 0;
  const names = new WeakMap<Element, string>();
  let inEffect = purposesInEffect(manager.getState(), manager.purposes);

  const nameOf = (element: Element) => {
    let name = names.get(element);
    if (!name) {
      const src = element.getAttribute("src") ?? element.getAttribute("data-candor-src");
      name = src ? new URL(src, doc.baseURI).href : `inline script #${++inlineCount}`;
      names.set(element, name);
    }
    return name;
  };

  /** Starts tracking a gated element; returns whether it is new. */
  const register = (element: Element): boolean => {
    if (entries.has(element)) return false;
    const purposes = (element.getAttribute("data-candor-purpose") ?? "").split(/\s+/).filter(Boolean);
    const unknown = purposes.find((p) => !known.has(p));
    if (purposes.length === 0 || unknown !== undefined) {
      options.onError?.({
        code: purposes.length === 0 ? "no-purpose" : "unknown-purpose",
        message: unknown
          ? `gated element names unknown purpose "${unknown}"; it stays blocked`
          : "empty data-candor-purpose",
        element,
      });
      return false;
    }
    // An element another gate already activated (e.g. before the page switched consent managers) stays counted.
    const done = element.getAttribute("data-candor-state") === "activated";
    const entry: Entry = {
      purposes,
      active: done,
      ran: done && element.tagName === "SCRIPT",
      placeholder: null,
    };
    entries.set(element, entry);
    if ((options.placeholders ?? true) && PLACEHOLDER_TAGS.has(element.tagName)) {
      const source = element.getAttribute("data-candor-src") ?? "";
      const host = source ? new URL(source, doc.baseURI).host : doc.location.host;
      const titles = purposes
        .map((id) => localize(manager.purposes.find((p) => p.id === id)?.title ?? id, options.locale))
        .join("”, “");
      entry.placeholder = createPlaceholder(doc, {
        titles,
        host,
        labels,
        onAllow: () =>
          manager.set(Object.fromEntries(purposes.map((p) => [p, true])), {
            kind: "ui",
            control: "placeholder.allow",
            ui: "candor-gate@1",
          }),
      });
    }
    return true;
  };

  const activate = (element: Element, entry: Entry) => {
    entry.active = true;
    entry.placeholder?.remove();
    if (element.tagName === "SCRIPT") {
      entry.ran = true;
      const original = element as HTMLScriptElement;
      const script = doc.createElement("script");
      for (const attribute of Array.from(original.attributes)) {
        if (attribute.name === "type" || attribute.name.startsWith("data-candor-")) continue;
        script.setAttribute(attribute.name, attribute.value);
      }
      const type = original.getAttribute("data-candor-type");
      if (type) script.type = type;
      const src = original.getAttribute("data-candor-src");
      if (src) script.src = src;
      if (original.nonce) script.nonce = original.nonce;
      if (!script.hasAttribute("src")) script.text = original.text;
      script.setAttribute("data-candor-state", "activated-copy");
      original.setAttribute("data-candor-state", "activated");
      original.after(script);
      return;
    }
    const src = element.getAttribute("data-candor-src");
    const srcset = element.getAttribute("data-candor-srcset");
    if (srcset !== null) element.setAttribute("srcset", srcset);
    if (src !== null) element.setAttribute("src", src);
    (element as HTMLElement).hidden = false;
    element.setAttribute("data-candor-state", "activated");
  };

  const deactivate = (element: Element, entry: Entry) => {
    entry.active = false;
    element.setAttribute("data-candor-state", entry.ran ? "activated" : "blocked");
    if (element.tagName === "SCRIPT") return;
    if (element.tagName === "IFRAME") element.setAttribute("src", "about:blank");
    else element.removeAttribute("src");
    element.removeAttribute("srcset");
    if (entry.placeholder) {
      (element as HTMLElement).hidden = true;
      element.before(entry.placeholder);
    }
  };

  const block = (element: Element, entry: Entry) => {
    element.setAttribute("data-candor-state", "blocked");
    if (entry.placeholder && !entry.placeholder.isConnected) {
      (element as HTMLElement).hidden = true;
      element.before(entry.placeholder);
    }
  };

  const allowed = (entry: Entry) => entry.purposes.every((p) => inEffect.has(p));

  /** Brings every known element in line with the purposes in effect; returns what a withdrawal left or undid. */
  const apply = () => {
    let activations = store.getState().activations;
    const reload = new Set(store.getState().reloadNeeded);
    const unloaded: string[] = [];
    const newlyReload: string[] = [];
    for (const [element, entry] of entries) {
      if (!element.isConnected) continue;
      if (entry.active && !allowed(entry)) {
        if (entry.ran) {
          if (!reload.has(nameOf(element))) newlyReload.push(nameOf(element));
          reload.add(nameOf(element));
        } else unloaded.push(nameOf(element));
        deactivate(element, entry);
      } else if (!entry.active && !entry.ran && allowed(entry)) {
        activate(element, entry);
        activations++;
      } else if (!entry.active && !entry.ran) block(element, entry);
    }
    const blocked = [...entries].filter(([el, e]) => el.isConnected && !e.active && !e.ran).length;
    store.setState({ activations, blocked, reloadNeeded: [...reload] });
    return { reload: newlyReload, unloaded };
  };

  const scan = () => {
    for (const element of Array.from(root.querySelectorAll(SELECTOR))) register(element);
    if (root instanceof Element && root.matches(SELECTOR)) register(root);
    apply();
  };

  const observer =
    typeof MutationObserver === "function"
      ? new MutationObserver((records) => {
          let added = false;
          for (const record of records) {
            for (const node of Array.from(record.addedNodes)) {
              if (!(node instanceof Element)) continue;
              const found = [
                ...(node.matches(SELECTOR) ? [node] : []),
                ...Array.from(node.querySelectorAll(SELECTOR)),
              ];
              for (const element of found) added = register(element) || added;
            }
          }
          if (added) apply();
        })
      : null;
  observer?.observe(root, { childList: true, subtree: true });

  const unsubscribe = manager.subscribe((state) => {
    const before = inEffect;
    inEffect = purposesInEffect(state, manager.purposes);
    const withdrawn = new Set([...before].filter((p) => !inEffect.has(p)));
    const cleared = { cookies: [] as string[], storage: [] as string[] };
    for (const purpose of withdrawn) {
      const declared = options.storage?.[purpose];
      if (!declared) continue;
      const result = clearStorage(doc, declared);
      cleared.cookies.push(...result.cookies);
      cleared.storage.push(...result.storage);
    }
    const { reload, unloaded } = apply();
    if (withdrawn.size > 0) {
      options.onWithdraw?.({ purposes: [...withdrawn], cleared, reload, unloaded });
    }
  });

  scan();
  return {
    getState: store.getState,
    subscribe: (listener) => store.subscribe((state) => listener(state)),
    scan,
    destroy() {
      observer?.disconnect();
      unsubscribe();
    },
  };
}
