/** @jsxImportSource react */
/** The second layer: one switch per purpose with its description, data categories and legal basis. */
import type { ConsentManager } from "@candor/core/consent";
import { categoryTexts, settingsTexts } from "@candor/core/ui";
import { type ConsentDraft, initialDraft, privacySettingsView } from "@candor/core/ui/models";
import { useEffect, useRef, useState } from "react";
import { useConsent } from "./use-consent.ts";

/** Props of {@link PrivacySettings}. */
export interface PrivacySettingsProps {
  readonly manager: ConsentManager;
  readonly locale?: string;
  /** Called when the dialog closes, saved or not. */
  readonly onClose: () => void;
}

/**
 * A modal dialog named "Privacy settings". Nothing is pre-ticked that the shopper has not granted
 * (GDPR Art. 4(11)); saving records one event with control `settings.save` (GDPR Art. 7(1)). "Accept all",
 * "Reject all" and "Save choices" sit side by side with one style, so withdrawing everything is one action, as
 * giving is (GDPR Art. 7(3), CPRA §7004). Data categories are named in plain words. Escape or Close stores nothing.
 */
export function PrivacySettings({ manager, locale = "en", onClose }: PrivacySettingsProps) {
  const state = useConsent(manager);
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<ConsentDraft>(() => initialDraft(manager, state));
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    // StrictMode's simulated unmount keeps the element in the page: closing it then would fire `close` and call
    // onClose; a real unmount has removed it by the time this runs.
    return () => {
      if (element && !element.isConnected) element.close?.();
    };
  }, []);
  const texts = settingsTexts(locale);
  const categories = categoryTexts(locale).names;
  const view = privacySettingsView({ manager, draft, texts, categories, locale, onClose });
  const { labels } = view;
  return (
    <dialog
      ref={dialog}
      className="candor-dialog"
      aria-labelledby="candor-settings-title"
      onClose={onClose}
      lang={texts.lang}
      dir={texts.dir}
    >
      <h2 id="candor-settings-title">{view.title}</h2>
      <p>{view.intro}</p>
      <ul className="candor-purposes">
        {view.purposes.map((purpose) => (
          <li key={purpose.id} className="candor-purpose">
            <div className="candor-purpose__head">
              <span id={`${purpose.domId}-title`} className="candor-purpose__title">
                {purpose.title}
              </span>
              <button
                type="button"
                role="switch"
                className="candor-switch"
                aria-checked={purpose.on}
                aria-labelledby={`${purpose.domId}-title`}
                aria-describedby={`${purpose.domId}-description`}
                disabled={purpose.essential}
                onClick={() => setDraft(purpose.toggled)}
              >
                <span className="candor-switch__knob" aria-hidden="true" />
                <span className="candor-switch__state" aria-hidden="true">
                  {purpose.stateLabel}
                </span>
              </button>
            </div>
            <p id={`${purpose.domId}-description`} className="candor-purpose__description">
              {purpose.description}
            </p>
            <p className="candor-purpose__meta">{purpose.meta}</p>
          </li>
        ))}
      </ul>
      <div className="candor-dialog__actions candor-dialog__choices">
        <button type="button" className="candor-button" onClick={view.acceptAll}>
          {labels.acceptAll}
        </button>
        <button type="button" className="candor-button" onClick={view.rejectAll}>
          {labels.rejectAll}
        </button>
        <button type="button" className="candor-button" onClick={view.save}>
          {labels.save}
        </button>
      </div>
      <button type="button" className="candor-link candor-dialog__close" onClick={onClose}>
        {labels.close}
      </button>
    </dialog>
  );
}
