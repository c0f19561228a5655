/** "Why am I seeing this?": a button on a recommended item that opens its faithful explanation with its controls. */
import type { Control, Explanation } from "@candor/core/explain";
import { categoryTexts, formatMessage, whyTexts } from "@candor/core/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { reasonText } from "./reason-text.ts";

/** Props of {@link WhyAmISeeingThis}. */
export interface WhyAmISeeingThisProps {
  /** The explanation of the served item, from `explainItem` (rendered from its score contributions only). */
  readonly explanation: Explanation;
  /** The item's display title, named in the dialog. */
  readonly itemTitle: string;
  /** Carries out a control (store the dismissal, hide the event, withdraw the purpose, …); the dialog closes first. */
  readonly onControl: (control: Control) => void;
  /** Display title of a purpose id; default the id. */
  readonly purposeTitle?: (purpose: string) => string;
  /** Display name of a data category id (`pd:BrowsingBehavior`); default its plain name in `locale`, else the id. */
  readonly categoryTitle?: (category: string) => string;
  /** Id of the element naming the item, to describe the button (many buttons share the name). */
  readonly describedBy?: string;
  /** UI language; default `"en"`. */
  readonly locale?: string;
}

let dialogs = 0;

/**
 * The explanation says what the score is made of (each reason with its share), what re-ranking did, which of the
 * shopper's data was used and on which legal basis (GDPR Arts. 13–15, CJEU C-203/22, DSA Art. 27), and offers the
 * controls that change it: not interested, don't use this, turn off this kind of personalization, change variety.
 * Shoppers see names, never ids: data categories in plain words, the consent relied on without its event id (the
 * auditor's console shows the ids).
 */
export function WhyAmISeeingThis({
  explanation,
  itemTitle,
  onControl,
  purposeTitle = (id) => id,
  categoryTitle,
  describedBy,
  locale = "en",
}: WhyAmISeeingThisProps) {
  const [open, setOpen] = useState(false);
  const [uid] = useState(() => `candor-why-${++dialogs}`);
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const text = whyTexts(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const names = categoryTexts(locale).names;
  const category = categoryTitle ?? ((id: string) => names[id] ?? id);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal?.();
  }, [open]);
  const close = () => {
    dialog.current?.close?.();
    setOpen(false);
    trigger.current?.focus();
  };
  const run = (control: Control) => {
    close();
    onControl(control);
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        class="candor-why"
        aria-haspopup="dialog"
        aria-describedby={describedBy}
        lang={text.lang}
        dir={text.dir}
        onClick={() => setOpen(true)}
      >
        {text.button}
      </button>
      {open && (
        <dialog
          ref={dialog}
          class="candor-dialog candor-explanation"
          aria-labelledby={`${uid}-title`}
          aria-describedby={`${uid}-headline`}
          lang={text.lang}
          dir={text.dir}
          onClose={() => setOpen(false)}
        >
          <h2 id={`${uid}-title`}>{text.button}</h2>
          <p class="candor-explanation__about">{formatMessage(text.about, { item: itemTitle }, locale)}</p>
          <p id={`${uid}-headline`} class="candor-explanation__headline">
            {reasonText(explanation.templateId, explanation.text, locale)}
          </p>
          <h3>{text.reasonsHeading}</h3>
          <ul class="candor-reasons">
            {explanation.reasons.map((reason, i) => (
              <li key={`${reason.templateId}-${i}`} class="candor-reason" data-template={reason.templateId}>
                <span class="candor-reason__text">{reasonText(reason.templateId, reason.text, locale)}</span>
                <span class="candor-reason__share">
                  {formatMessage(text.reasonShare, {
                    share:
                      reason.share > 0 && reason.share < 0.005
                        ? `<${percent.format(0.01)}`
                        : percent.format(reason.share),
                  })}
                </span>
                <span class="candor-reason__bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(0, Math.min(1, reason.share)) * 100}%` }} />
                </span>
              </li>
            ))}
          </ul>
          {explanation.effects.length > 0 && (
            <>
              <h3>{text.effectsHeading}</h3>
              <ul class="candor-effects">
                {explanation.effects.map((effect, i) => (
                  <li key={`${effect.stage}-${i}`}>{effect.text}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{text.dataHeading}</h3>
          {explanation.dataCategories.length === 0 ? (
            <p>{text.noPersonalData}</p>
          ) : (
            <ul class="candor-categories">
              {explanation.dataCategories.map((c) => (
                <li key={c}>{category(c)}</li>
              ))}
            </ul>
          )}
          {explanation.basis.length > 0 && (
            <>
              <h3>{text.legalBasis}</h3>
              <ul class="candor-basis">
                {explanation.basis.map((b) => (
                  <li key={b.purpose}>
                    {formatMessage(text.basisConsent, { purpose: purposeTitle(b.purpose) }, locale)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{text.controlsHeading}</h3>
          <ul class="candor-controls">
            {explanation.controls.map((control) => (
              <li
                key={`${control.kind}-${"purpose" in control ? control.purpose : ""}-${"events" in control ? control.item : ""}`}
              >
                <button
                  type="button"
                  class="candor-button candor-button--quiet"
                  data-control={control.kind}
                  onClick={() => run(control)}
                >
                  {control.label}
                </button>
              </li>
            ))}
          </ul>
          <div class="candor-dialog__actions">
            <button type="button" class="candor-button" onClick={close}>
              {text.close}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
