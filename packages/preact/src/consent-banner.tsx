/** The first-layer consent banner: Accept all, Reject all and Customize with equal weight (EDPB 03/2022, CPRA §7004). */
import type { ConsentManager, ConsentVia } from "@candor/core/consent";
import { useEffect, useState } from "preact/hooks";
import { messagesFor } from "./messages.ts";
import { useConsent } from "./use-consent.ts";

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
  readonly manager: ConsentManager;
  /** UI language; default `"en"`. */
  readonly locale?: string;
  /** Opens the privacy settings (the second layer). */
  readonly onCustomize: () => void;
}

const UI = "candor-banner@1";
const via = (control: string): ConsentVia => ({ kind: "ui", control, ui: UI });

/**
 * Shown while the manager needs a choice. It never blocks the page: the shop stays usable without one
 * (GDPR Art. 7(4)), and closing it is not consent. Under opt-out regimes showing it is the notice at collection.
 * After an erasure (a new subject) it asks again.
 */
export function ConsentBanner({ manager, locale = "en", onCustomize }: ConsentBannerProps) {
  const { subject } = useConsent(manager);
  // Asked once per subject: a choice or Customize closes it; an erasure (a new subject) asks again.
  const [shown, setShown] = useState(() => ({ subject, open: manager.needsPrompt() }));
  const open = shown.open && shown.subject === subject;
  const text = messagesFor(locale);
  useEffect(() => {
    if (shown.subject !== subject) setShown({ subject, open: manager.needsPrompt() });
  }, [manager, subject, shown.subject]);
  useEffect(() => {
    if (open) manager.noticeShown(via("banner.shown"));
  }, [manager, open]);
  if (!open) return null;
  const choose = (action: () => void) => () => {
    action();
    setShown({ subject: manager.getState().subject, open: false });
  };
  return (
    <section class="candor-banner" aria-label={text.regionLabel} lang={locale}>
      <p class="candor-banner__text">{text.bannerText}</p>
      <div class="candor-banner__actions">
        <button
          type="button"
          class="candor-button"
          onClick={choose(() => manager.acceptAll(via("banner.accept-all")))}
        >
          {text.acceptAll}
        </button>
        <button
          type="button"
          class="candor-button"
          onClick={choose(() => manager.rejectAll(via("banner.reject-all")))}
        >
          {text.rejectAll}
        </button>
        <button type="button" class="candor-button" onClick={choose(onCustomize)}>
          {text.customize}
        </button>
      </div>
    </section>
  );
}
