/** The privacy centre: the choices in force, the consent receipt, and how recommendations work, in the shopper's language. */
import { type ConsentManager, localize, needsConsent } from "@candor/core/consent";
import { toConsentReceipt } from "@candor/core/consent/receipts";
import type { SurfaceDisclosure } from "@candor/core/explain";
import { formatList, formatMessage, privacyTexts } from "@candor/core/ui";
import { useMemo } from "preact/hooks";
import { downloadText } from "./download.ts";
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
  const t = privacyTexts(locale);
  const H = props.headingLevel === 3 ? "h3" : "h2";
  const Sub = props.headingLevel === 3 ? "h4" : "h3";
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const receipt = useMemo(() => toConsentReceipt(manager, locale), [manager, state, locale]);
  const consentPurposes = manager.purposes.filter(needsConsent);
  const granted = consentPurposes.filter((p) => state.granted[p.id]).map((p) => localize(p.title, locale));
  const notes = [
    formatMessage(t.rules, { rules: t.regimes[state.regime.id] ?? state.regime.id }, locale),
    state.status === "decided" && state.decidedAt !== null
      ? formatMessage(
          t.chosen,
          {
            date: date.format(state.decidedAt),
            expires: state.expiresAt ? date.format(state.expiresAt) : "—",
          },
          locale,
        )
      : state.regime.model === "opt-out"
        ? t.defaults
        : t.notChosen,
    state.minor ? t.minor : "",
    state.gpc.detected ? (state.gpc.honored ? t.gpcHonored : t.gpc) : "",
    props.limited ? t.limited : "",
  ].filter(Boolean);
  const reranked = (disclosure?.options.length ?? 0) > 3;
  const minorsText = disclosure?.protections[2] ?? "";
  const protections = [
    ...t.protections.slice(0, 2),
    ...(minorsText.includes("recommendations or ads")
      ? t.protections.slice(2)
      : minorsText
        ? [minorsText]
        : []),
  ];
  const [before, after] = t.myData.split("{link}");
  return (
    <div class="candor-privacy" lang={t.lang} dir={t.dir}>
      <section aria-labelledby="candor-privacy-choices">
        <H id="candor-privacy-choices">{t.choicesHeading}</H>
        <p>{notes.join(" ")}</p>
        <ul class="candor-privacy__purposes">
          {consentPurposes.map((p) => (
            <li key={p.id}>
              <span>{localize(p.title, locale)}</span>: <strong>{state.granted[p.id] ? t.on : t.off}</strong>
            </li>
          ))}
        </ul>
        <button type="button" class="candor-button" onClick={props.onOpenSettings}>
          {t.change}
        </button>
      </section>
      <section aria-labelledby="candor-privacy-receipt">
        <H id="candor-privacy-receipt">{t.receiptHeading}</H>
        {receipt ? (
          <>
            <p>
              {formatMessage(
                t.receiptIntro,
                {
                  date: date.format(receipt.consentTimestamp * 1000),
                  purposes: granted.length > 0 ? formatList(granted, locale) : t.nothingGranted,
                },
                locale,
              )}
            </p>
            <details>
              <summary>{t.showReceipt}</summary>
              <pre class="candor-receipt__json">{JSON.stringify(receipt, null, 2)}</pre>
            </details>
            <button
              type="button"
              class="candor-button candor-button--quiet"
              onClick={() =>
                downloadText("candor-consent-receipt.json", `${JSON.stringify(receipt, null, 2)}\n`)
              }
            >
              {t.downloadReceipt}
            </button>
          </>
        ) : (
          <p>{t.receiptNone}</p>
        )}
        {props.myDataUrl && (
          <p>
            {before}
            <a href={props.myDataUrl}>{t.myDataLink}</a>
            {after}
          </p>
        )}
      </section>
      {disclosure && (
        <section aria-labelledby="candor-privacy-how">
          <H id="candor-privacy-how">{t.howHeading}</H>
          <p>
            {t.summary}
            {reranked ? ` ${t.reranked}` : ""}
          </p>
          <Sub>{t.parametersHeading}</Sub>
          <ul>
            {disclosure.mainParameters.map((p) => {
              const words = t.parameters[p.parameter] ?? p.description;
              const colon = words.indexOf(":");
              return (
                <li key={p.parameter}>
                  <strong>{colon > 0 ? words.slice(0, colon).trim() : p.parameter}</strong> (
                  {t.importance[p.importance] ?? p.importance}){colon > 0 ? words.slice(colon) : `: ${words}`}
                </li>
              );
            })}
          </ul>
          <Sub>{t.optionsHeading}</Sub>
          <ul>
            {t.options.slice(0, reranked ? 4 : 3).map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <Sub>{t.protectionsHeading}</Sub>
          <ul>
            {protections.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
