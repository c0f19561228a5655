/** The consent banner's model: when it is open, its words, and what its buttons record (EDPB 03/2022, CPRA §7004). */
import {
  type ConsentManager,
  type ConsentState,
  type ConsentVia,
  localize,
  needsConsent,
  SENSITIVE,
} from "../../consent/index.ts";
import { formatList } from "../format.ts";
import type { BannerTexts } from "../texts.ts";

/** One time the banner asks: for which subject, whether it asks at all, and the last event before it opened. */
export interface BannerEpisode {
  readonly subject: string;
  readonly open: boolean;
  readonly since: string | null;
  /** Whether the notice was recorded as shown in this episode. */
  readonly noticed: boolean;
}

/** What a binding renders: the banner's state, words and actions. */
export interface ConsentBannerView {
  /** Whether the banner is shown. */
  readonly open: boolean;
  /** CPRA: the notice at collection with the opt-out links (§7012, §7026). */
  readonly california: boolean;
  readonly title: string;
  /** The first layer's text with the purposes asked about. */
  readonly text: string;
  readonly acceptAll: () => void;
  readonly rejectAll: () => void;
  /** Withdraws every sale-or-sharing purpose (CPRA §7026); offered in California only. */
  readonly doNotSell: (() => void) | null;
  /** Withdraws the sensitive purpose and calls the shop's handler (CPRA §7027); `null` without a handler or outside California. */
  readonly limitSensitive: (() => void) | null;
  readonly labels: Pick<
    BannerTexts,
    "acceptAll" | "rejectAll" | "customize" | "privacyPolicy" | "doNotSell" | "limitSensitive"
  >;
}

/** Options of {@link createConsentBannerModel}. */
export interface ConsentBannerModelOptions {
  /** Called after "Limit the Use of My Sensitive Personal Information" withdrew the sensitive purpose. */
  readonly onLimitSensitive?: (() => void) | undefined;
}

/** A banner instance: its episode store and what it derives from the consent state. */
export interface ConsentBannerModel {
  /** The current episode. */
  episode(): BannerEpisode;
  /**
   * Moves the episode on with the consent state: an erasure (a new subject) asks again, a choice stored in the UI
   * closes it. Returns what changed, so a binding re-renders (`"restarted"`, `"closed"`: then focus moves on), or
   * `null`. Idempotent for one state, so effects may run twice.
   */
  sync(state: ConsentState): "restarted" | "closed" | null;
  /** Records once per episode that the notice was shown; does nothing while closed. */
  noticeShown(state: ConsentState): void;
  /** The banner's view for the state, texts and locale. */
  view(
    state: ConsentState,
    texts: BannerTexts,
    locale: string,
    options?: ConsentBannerModelOptions,
  ): ConsentBannerView;
}

const UI = "candor-banner@1";
const via = (control: string): ConsentVia => ({ kind: "ui", control, ui: UI });
const CHOICES = new Set(["given", "refused", "withdrawn"]);

const start = (manager: ConsentManager, state: ConsentState): BannerEpisode => ({
  subject: state.subject,
  open: manager.needsPrompt(),
  since: state.lastEvent?.id ?? null,
  noticed: false,
});

const chosenSince = (episode: BannerEpisode, state: ConsentState): boolean =>
  state.lastEvent !== null &&
  state.lastEvent.id !== episode.since &&
  CHOICES.has(state.lastEvent.type) &&
  state.lastEvent.via.kind === "ui";

const isOpen = (episode: BannerEpisode, state: ConsentState): boolean =>
  episode.open && episode.subject === state.subject && !chosenSince(episode, state);

/** Withdraws every purpose that sells or shares data, recorded with `control` (CPRA §7026). */
export function doNotSellOrShare(manager: ConsentManager, via: ConsentVia): void {
  manager.set(
    Object.fromEntries(manager.purposes.filter((p) => p.saleOrSharing).map((p) => [p.id, false])),
    via,
  );
}

/**
 * The banner is asked once per subject: it closes on the first choice stored in the UI after it opened (here, in the
 * settings, through an opt-out link); dismissing the settings stores nothing and keeps it; an erasure asks again.
 */
export function createConsentBannerModel(manager: ConsentManager): ConsentBannerModel {
  let episode = start(manager, manager.getState());
  return {
    episode: () => episode,
    sync(state) {
      if (episode.subject !== state.subject) {
        episode = start(manager, state);
        return "restarted";
      }
      if (!episode.open || !chosenSince(episode, state)) return null;
      episode = { ...episode, open: false, since: state.lastEvent?.id ?? null };
      return "closed";
    },
    noticeShown(state) {
      if (episode.noticed || !isOpen(episode, state)) return;
      episode = { ...episode, noticed: true };
      manager.noticeShown(via("banner.shown"));
    },
    view(state, texts, locale, options = {}) {
      const california = state.regime.id === "cpra";
      const purposes = manager.purposes
        .filter((p) => needsConsent(p) && !p.special)
        .map((p) => localize(p.title, locale));
      const list = formatList(purposes, locale);
      const { onLimitSensitive } = options;
      return {
        open: isOpen(episode, state),
        california,
        title: texts.title,
        // One list placeholder, filled without the message formatter so the first page stays small.
        text: `${state.regime.model === "opt-out" ? texts.optOut : texts.optIn} ${texts.purposes.replace("{purposes}", list)}`,
        acceptAll: () => manager.acceptAll(via("banner.accept-all")),
        rejectAll: () => manager.rejectAll(via("banner.reject-all")),
        doNotSell: california ? () => doNotSellOrShare(manager, via("banner.do-not-sell")) : null,
        limitSensitive:
          california && onLimitSensitive
            ? () => {
                manager.set({ [SENSITIVE]: false }, via("banner.limit-sensitive"));
                onLimitSensitive();
              }
            : null,
        labels: texts,
      };
    },
  };
}

/** Where focus goes by default once the banner closes: the page's `<main>`, if it can take focus. */
export function focusMain(): void {
  const main = typeof document === "undefined" ? null : document.querySelector("main");
  if (main && main.tabIndex >= -1 && main.hasAttribute("tabindex")) main.focus();
}

/**
 * After a choice closed the banner (and the settings dialog with it): focus the banner held, or focus lost to
 * `<body>`, goes to `focus` (default {@link focusMain}) on the next task, so it never falls off the page.
 */
export function restoreFocusAfterBanner(hadFocus: boolean, focus: () => void = focusMain): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (hadFocus || !active || active === document.body || !active.isConnected) focus();
  }, 0);
}

/**
 * Keeps `--candor-banner-height` on the root element equal to the banner's height, so the page keeps room below its
 * content and the fixed banner never covers the last controls. Returns the cleanup.
 */
export function reserveBannerSpace(element: HTMLElement): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  const style = document.documentElement.style;
  const observer = new ResizeObserver(() =>
    style.setProperty("--candor-banner-height", `${element.offsetHeight}px`),
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    style.removeProperty("--candor-banner-height");
  };
}
