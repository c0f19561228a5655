/** The second layer: one switch per purpose with its description, data categories and legal basis. */
import { type ConsentManager, localize, needsConsent, type PurposeId } from "@candor/core/consent";
import { categoryTexts, settingsTexts } from "@candor/core/ui";
import { useEffect, useRef, useState } from "preact/hooks";
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
  const text = settingsTexts(locale);
  const categories = categoryTexts(locale).names;
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Record<PurposeId, boolean>>(() =>
    Object.fromEntries(
      manager.purposes.filter(needsConsent).map((p) => [p.id, state.granted[p.id] === true]),
    ),
  );
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);
  const via = (control: string) => ({ kind: "ui", control, ui: "candor-settings@1" }) as const;
  const save = () => {
    manager.set(draft, via("settings.save"));
    onClose();
  };
  const all = (accept: boolean) => () => {
    if (accept) manager.acceptAll(via("settings.accept-all"));
    else manager.rejectAll(via("settings.reject-all"));
    onClose();
  };
  const name = (category: string) => categories[category] ?? category;
  return (
    <dialog
      ref={dialog}
      class="candor-dialog"
      aria-labelledby="candor-settings-title"
      onClose={onClose}
      lang={text.lang}
      dir={text.dir}
    >
      <h2 id="candor-settings-title">{text.title}</h2>
      <p>{text.intro}</p>
      <ul class="candor-purposes">
        {manager.purposes.map((purpose) => {
          const id = `candor-purpose-${purpose.id.replace(/[^a-z0-9-]/g, "-")}`;
          const essential = !needsConsent(purpose);
          const on = essential || draft[purpose.id] === true;
          return (
            <li key={purpose.id} class="candor-purpose">
              <div class="candor-purpose__head">
                <span id={`${id}-title`} class="candor-purpose__title">
                  {localize(purpose.title, locale)}
                </span>
                <button
                  type="button"
                  role="switch"
                  class="candor-switch"
                  aria-checked={on}
                  aria-labelledby={`${id}-title`}
                  aria-describedby={`${id}-description`}
                  disabled={essential}
                  onClick={() => setDraft({ ...draft, [purpose.id]: !on })}
                >
                  <span class="candor-switch__knob" aria-hidden="true" />
                  <span class="candor-switch__state" aria-hidden="true">
                    {essential ? text.alwaysOn : on ? text.on : text.off}
                  </span>
                </button>
              </div>
              <p id={`${id}-description`} class="candor-purpose__description">
                {localize(purpose.description, locale)}
              </p>
              <p class="candor-purpose__meta">
                {text.dataUsed}: {purpose.dataCategories.map(name).join(", ")} · {text.legalBasis}:{" "}
                {text.bases[purpose.basis] ?? purpose.basis}
              </p>
            </li>
          );
        })}
      </ul>
      <div class="candor-dialog__actions candor-dialog__choices">
        <button type="button" class="candor-button" onClick={all(true)}>
          {text.acceptAll}
        </button>
        <button type="button" class="candor-button" onClick={all(false)}>
          {text.rejectAll}
        </button>
        <button type="button" class="candor-button" onClick={save}>
          {text.save}
        </button>
      </div>
      <button type="button" class="candor-link candor-dialog__close" onClick={onClose}>
        {text.close}
      </button>
    </dialog>
  );
}
