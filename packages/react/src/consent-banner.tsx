/** @jsxImportSource react */
/** The first-layer consent banner: Accept all, Reject all and Customize with equal weight (EDPB 03/2022, CPRA §7004). */
import type { ConsentManager } from "@candor/core/consent";
import { bannerTexts } from "@candor/core/ui";
import {
  createConsentBannerModel,
  reserveBannerSpace,
  restoreFocusAfterBanner,
} from "@candor/core/ui/models";
import { useEffect, useRef, useState } from "react";
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

/**
 * Shown while the manager needs a choice. It never blocks the page: the shop stays usable without one
 * (GDPR Art. 7(4)), and closing it is not consent. Its text follows the regime: opt-in where nothing is used before a
 * choice; under CPRA the notice at collection with the opt-out links (§7012, §7026, §7027). It closes once the shopper
 * stores a choice here, in the settings or through the opt-out link; dismissing the settings stores nothing and keeps
 * it. Render it first in the page, so keyboard focus reaches it first. After an erasure (a new subject) it asks again.
 * Its logic is `createConsentBannerModel` (`@candor/core/ui/models`).
 */
export function ConsentBanner(props: ConsentBannerProps) {
  const { manager, locale = "en", onCustomize } = props;
  const state = useConsent(manager);
  const [model] = useState(() => createConsentBannerModel(manager));
  const [, rerender] = useState(0);
  const root = useRef<HTMLElement>(null);
  const texts = bannerTexts(locale);
  const view = model.view(state, texts, locale, { onLimitSensitive: props.onLimitSensitive });
  useEffect(() => {
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    const change = model.sync(state);
    if (change) rerender((n) => n + 1);
    if (change === "closed") restoreFocusAfterBanner(hadFocus, props.focusAfterChoice);
  }, [model, state, props.focusAfterChoice]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the notice is recorded when the banner opens.
  useEffect(() => model.noticeShown(state), [model, state, view.open]);
  useEffect(() => {
    const element = root.current;
    return view.open && element ? reserveBannerSpace(element) : undefined;
  }, [view.open]);
  if (!view.open) return null;
  const { labels } = view;
  return (
    <section
      ref={root}
      className="candor-banner"
      aria-labelledby="candor-banner-title"
      aria-describedby="candor-banner-text"
      lang={texts.lang}
      dir={texts.dir}
    >
      <h2 id="candor-banner-title" className="candor-banner__title">
        {view.title}
      </h2>
      <p id="candor-banner-text" className="candor-banner__text">
        {view.text}
      </p>
      <div className="candor-banner__actions">
        <button type="button" className="candor-button" onClick={view.acceptAll}>
          {labels.acceptAll}
        </button>
        <button type="button" className="candor-button" onClick={view.rejectAll}>
          {labels.rejectAll}
        </button>
        <button type="button" className="candor-button" onClick={onCustomize}>
          {labels.customize}
        </button>
      </div>
      {(props.privacyPolicyUrl || view.california) && (
        <p className="candor-banner__links">
          {props.privacyPolicyUrl && <a href={props.privacyPolicyUrl}>{labels.privacyPolicy}</a>}
          {view.doNotSell && (
            <button type="button" className="candor-link" onClick={view.doNotSell}>
              {labels.doNotSell}
            </button>
          )}
          {view.limitSensitive && (
            <button type="button" className="candor-link" onClick={view.limitSensitive}>
              {labels.limitSensitive}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
