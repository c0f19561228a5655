/** @jsxImportSource react */
/** "Why am I seeing this?": a button on a recommended item that opens its faithful explanation with its controls. */
import type { Control, Explanation } from "@candor/core/explain";
import { categoryTexts, contextTexts, whyTexts } from "@candor/core/ui";
import { whyView } from "@candor/core/ui/models";
import { useEffect, useId, useRef, useState } from "react";

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
  purposeTitle,
  categoryTitle,
  describedBy,
  locale = "en",
}: WhyAmISeeingThisProps) {
  const [open, setOpen] = useState(false);
  // React's own id: stable across StrictMode's double render and server rendering; made safe for CSS selectors.
  const uid = `candor-why-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const texts = whyTexts(locale);
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
  const view = open
    ? whyView({
        explanation,
        itemTitle,
        texts,
        context: contextTexts(locale),
        categories: categoryTexts(locale).names,
        locale,
        purposeTitle,
        categoryTitle,
      })
    : null;
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="candor-why"
        aria-haspopup="dialog"
        aria-describedby={describedBy}
        lang={texts.lang}
        dir={texts.dir}
        onClick={() => setOpen(true)}
      >
        {texts.button}
      </button>
      {view && (
        <dialog
          ref={dialog}
          className="candor-dialog candor-explanation"
          aria-labelledby={`${uid}-title`}
          aria-describedby={`${uid}-headline`}
          lang={texts.lang}
          dir={texts.dir}
          onClose={() => setOpen(false)}
        >
          <h2 id={`${uid}-title`}>{view.title}</h2>
          <p className="candor-explanation__about">{view.about}</p>
          <p id={`${uid}-headline`} className="candor-explanation__headline">
            {view.headline}
          </p>
          <h3>{view.labels.reasonsHeading}</h3>
          <ul className="candor-reasons">
            {view.reasons.map((reason) => (
              <li key={reason.key} className="candor-reason" data-template={reason.templateId}>
                <span className="candor-reason__text">{reason.text}</span>
                <span className="candor-reason__share">{reason.share}</span>
                <span className="candor-reason__bar" aria-hidden="true">
                  <span style={{ width: reason.width }} />
                </span>
              </li>
            ))}
          </ul>
          {view.effects.length > 0 && (
            <>
              <h3>{view.labels.effectsHeading}</h3>
              <ul className="candor-effects">
                {view.effects.map((effect) => (
                  <li key={effect.key}>{effect.text}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{view.labels.dataHeading}</h3>
          {view.categories.length === 0 ? (
            <p>{view.labels.noPersonalData}</p>
          ) : (
            <ul className="candor-categories">
              {view.categories.map((c) => (
                <li key={c.key}>{c.name}</li>
              ))}
            </ul>
          )}
          {view.basis.length > 0 && (
            <>
              <h3>{view.labels.legalBasis}</h3>
              <ul className="candor-basis">
                {view.basis.map((b) => (
                  <li key={b.key}>{b.text}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{view.labels.controlsHeading}</h3>
          <ul className="candor-controls">
            {view.controls.map(({ key, control }) => (
              <li key={key}>
                <button
                  type="button"
                  className="candor-button candor-button--quiet"
                  data-control={control.kind}
                  onClick={() => run(control)}
                >
                  {control.label}
                </button>
              </li>
            ))}
          </ul>
          <div className="candor-dialog__actions">
            <button type="button" className="candor-button" onClick={close}>
              {view.labels.close}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
