/** The privacy centre: the choices in force, the consent receipt, and how recommendations work, in the shopper's language. */
import type { ConsentManager } from "@candor/core/consent";
import { toConsentReceipt } from "@candor/core/consent/receipts";
import type { SurfaceDisclosure } from "@candor/core/explain";
import { privacyTexts } from "@candor/core/ui";
import { privacyCenterView } from "@candor/core/ui/models";
import { useMemo } from "preact/hooks";
import { useConsent } from "./use-consent.ts";

/** Props of {@link PrivacyCenter}. */
export interface PrivacyCenterProps {
  readonly manager: ConsentManager;
  /** UI language, with a region for dates (`"en-DE"`); default `"en"`. */
  readonly locale?: string;
  /** The disclosure of the recommendation surface to explain (`serving.disclosure.surfaces[0]`). */
  readonly disclosure?: SurfaceDisclosure;
  /** Whether the CPRA limit on sensitive personal information is in force. */
  readonly limited?: boolean;
  /** Opens the privacy settings. */
  readonly onOpenSettings: () => void;
  /** The shop's My data page. */
  readonly myDataUrl?: string;
  /** Level of the section headings; default 2. */
  readonly headingLevel?: 2 | 3;
}

/**
 * What a shopper may want to know and change, in plain words (GDPR Arts. 12–15, DSA Art. 27): the rules in force and
 * each purpose on or off, the consent receipt (Kantara v1.1) with a download, and the main parameters of the
 * recommender with what the shopper can change. Signal names, stage names and the disclosure's version hash are
 * left to the auditor's views.
 */
export function PrivacyCenter(props: PrivacyCenterProps) {
  const { manager, locale = "en", disclosure } = props;
  const state = useConsent(manager);
  const H = props.headingLevel === 3 ? "h3" : "h2";
  const Sub = props.headingLevel === 3 ? "h4" : "h3";
  const receipt = useMemo(() => toConsentReceipt(manager, locale), [manager, state, locale]);
  const texts = privacyTexts(locale);
  const view = privacyCenterView({
    manager,
    state,
    receipt,
    texts,
    locale,
    disclosure,
    limited: props.limited,
  });
  const t = view.labels;
  return (
    <div class="candor-privacy" lang={texts.lang} dir={texts.dir}>
      <section aria-labelledby="candor-privacy-choices">
        <H id="candor-privacy-choices">{t.choicesHeading}</H>
        <p>{view.notes}</p>
        <ul class="candor-privacy__purposes">
          {view.purposes.map((p) => (
            <li key={p.id}>
              <span>{p.title}</span>: <strong>{p.state}</strong>
            </li>
          ))}
        </ul>
        <button type="button" class="candor-button" onClick={props.onOpenSettings}>
          {t.change}
        </button>
      </section>
      <section aria-labelledby="candor-privacy-receipt">
        <H id="candor-privacy-receipt">{t.receiptHeading}</H>
        {view.receipt ? (
          <>
            <p>{view.receipt.intro}</p>
            <details>
              <summary>{t.showReceipt}</summary>
              <pre class="candor-receipt__json">{view.receipt.json}</pre>
            </details>
            <button type="button" class="candor-button candor-button--quiet" onClick={view.receipt.download}>
              {t.downloadReceipt}
            </button>
          </>
        ) : (
          <p>{t.receiptNone}</p>
        )}
        {props.myDataUrl && (
          <p>
            {view.myData.before}
            <a href={props.myDataUrl}>{view.myData.link}</a>
            {view.myData.after}
          </p>
        )}
      </section>
      {view.how && (
        <section aria-labelledby="candor-privacy-how">
          <H id="candor-privacy-how">{t.howHeading}</H>
          <p>{view.how.summary}</p>
          <Sub>{t.parametersHeading}</Sub>
          <ul>
            {view.how.parameters.map((p) => (
              <li key={p.key}>
                <strong>{p.name}</strong> ({p.importance}){p.rest}
              </li>
            ))}
          </ul>
          <Sub>{t.optionsHeading}</Sub>
          <ul>
            {view.how.options.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <Sub>{t.protectionsHeading}</Sub>
          <ul>
            {view.how.protections.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
