/** The first-layer consent banner: Accept all, Reject all and Customize with equal weight (EDPB 03/2022, CPRA §7004). */
import {
  type ConsentManager,
  type ConsentVia,
  localize,
  needsConsent,
  SENSITIVE,
} from "@candor/core/consent";
import { bannerTexts, formatList } from "@candor/core/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { useConsent } from "./use-consent.ts";

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
  readonly manager: ConsentManager;
  /** UI language; default `"en"`. */
  readonly locale?: string;
  /** Opens the privacy settings (the second layer); the banner stays until a choice is stored. */
  readonly onCustomize: () => void;
  /** The shop's privacy policy, linked from the first layer (GDPR Art. 13, CPRA §7011). */
  readonly privacyPolicyUrl?: string;
  /**
   * Under CPRA: called when the shopper uses "Limit the Use of My Sensitive Personal Information" (§7027); the banner
   * has already withdrawn the sensitive purpose. Without it the link is not offered on the banner.
   */
  readonly onLimitSensitive?: () => void;
  /** Where focus goes once the banner closes after a choice; default the page's `<main>`, if it can take focus. */
  readonly focusAfterChoice?: () => void;
}

const UI = "candor-banner@1";
const via = (control: string): ConsentVia => ({ kind: "ui", control, ui: UI });
const CHOICES = new Set(["given", "refused", "withdrawn"]);

const focusMain = () => {
  const main = document.querySelector("main");
  if (main && main.tabIndex >= -1 && main.hasAttribute("tabindex")) main.focus();
};

/**
 * Shown while the manager needs a choice. It never blocks the page: the shop stays usable without one
 * (GDPR Art. 7(4)), and closing it is not consent. Its text follows the regime: opt-in where nothing is used before a
 * choice; under CPRA the notice at collection with the opt-out links (§7012, §7026, §7027). It closes once the shopper
 * stores a choice here, in the settings or through the opt-out link; dismissing the settings stores nothing and keeps
 * it. Render it first in the page, so keyboard focus reaches it first. After an erasure (a new subject) it asks again.
 */
export function ConsentBanner(props: ConsentBannerProps) {
  const { manager, locale = "en", onCustomize } = props;
  const state = useConsent(manager);
  const { subject } = state;
  const text = bannerTexts(locale);
  const eventId = state.lastEvent?.id ?? null;
  // Asked once per subject: it closes on the first choice made after it opened; an erasure asks again.
  const [shown, setShown] = useState(() => ({ subject, open: manager.needsPrompt(), since: eventId }));
  const root = useRef<HTMLElement>(null);
  const chosen =
    state.lastEvent !== null &&
    eventId !== shown.since &&
    CHOICES.has(state.lastEvent.type) &&
    state.lastEvent.via.kind === "ui";
  const open = shown.open && shown.subject === subject && !chosen;
  useEffect(() => {
    if (shown.subject !== subject) setShown({ subject, open: manager.needsPrompt(), since: eventId });
    else if (shown.open && chosen) {
      const hadFocus = root.current?.contains(document.activeElement) ?? false;
      setShown({ subject, open: false, since: eventId });
      // After the settings dialog closes too: focus lost with the banner goes to the page, not to <body>.
      setTimeout(() => {
        const active = document.activeElement;
        if (hadFocus || !active || active === document.body || !active.isConnected)
          (props.focusAfterChoice ?? focusMain)();
      }, 0);
    }
  }, [manager, subject, shown, chosen, eventId, props.focusAfterChoice]);
  useEffect(() => {
    if (open) manager.noticeShown(via("banner.shown"));
  }, [manager, open]);
  // The page keeps room below its content for the fixed banner, so the banner never covers the last controls.
  useEffect(() => {
    const element = root.current;
    if (!open || !element || typeof ResizeObserver === "undefined") return;
    const style = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      style.setProperty("--candor-banner-height", `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      style.removeProperty("--candor-banner-height");
    };
  }, [open]);
  if (!open) return null;
  const optOut = state.regime.model === "opt-out";
  const california = state.regime.id === "cpra";
  const purposes = manager.purposes
    .filter((p) => needsConsent(p) && !p.special)
    .map((p) => localize(p.title, locale));
  const list = formatList(purposes, locale);
  const doNotSell = () =>
    manager.set(
      Object.fromEntries(manager.purposes.filter((p) => p.saleOrSharing).map((p) => [p.id, false])),
      via("banner.do-not-sell"),
    );
  const { onLimitSensitive } = props;
  const limit = onLimitSensitive
    ? () => {
        manager.set({ [SENSITIVE]: false }, via("banner.limit-sensitive"));
        onLimitSensitive();
      }
    : null;
  return (
    <section
      ref={root}
      class="candor-banner"
      aria-labelledby="candor-banner-title"
      aria-describedby="candor-banner-text"
      lang={text.lang}
      dir={text.dir}
    >
      <h2 id="candor-banner-title" class="candor-banner__title">
        {text.title}
      </h2>
      <p id="candor-banner-text" class="candor-banner__text">
        {optOut ? text.optOut : text.optIn}{" "}
        {/* Its one placeholder is a list, so the first page needs no message formatter. */}
        {text.purposes.replace("{purposes}", list)}
      </p>
      <div class="candor-banner__actions">
        <button
          type="button"
          class="candor-button"
          onClick={() => manager.acceptAll(via("banner.accept-all"))}
        >
          {text.acceptAll}
        </button>
        <button
          type="button"
          class="candor-button"
          onClick={() => manager.rejectAll(via("banner.reject-all"))}
        >
          {text.rejectAll}
        </button>
        <button type="button" class="candor-button" onClick={onCustomize}>
          {text.customize}
        </button>
      </div>
      {(props.privacyPolicyUrl || california) && (
        <p class="candor-banner__links">
          {props.privacyPolicyUrl && <a href={props.privacyPolicyUrl}>{text.privacyPolicy}</a>}
          {california && (
            <button type="button" class="candor-link" onClick={doNotSell}>
              {text.doNotSell}
            </button>
          )}
          {california && limit && (
            <button type="button" class="candor-link" onClick={limit}>
              {text.limitSensitive}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
