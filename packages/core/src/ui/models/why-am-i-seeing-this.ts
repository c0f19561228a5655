/** The model of "Why am I seeing this?": an explanation in the shopper's words, with its controls. */
import type { Control, Explanation } from "../../explain/explain.ts";
import { formatMessage } from "../format.ts";
import type { ContextTexts, TextTable, WhyTexts } from "../texts.ts";
import { contextReasonText } from "./reason-text.ts";

/** One reason with its share. */
export interface ReasonView {
  readonly key: string;
  readonly templateId: string;
  readonly text: string;
  /** "42 % of the score"; below half a percent "<1 %". */
  readonly share: string;
  /** The bar's width, `"0%"` to `"100%"`. */
  readonly width: string;
}

/** What a binding renders inside the dialog. */
export interface WhyView {
  readonly title: string;
  readonly about: string;
  readonly headline: string;
  readonly reasons: readonly ReasonView[];
  readonly effects: readonly { readonly key: string; readonly text: string }[];
  /** Data categories in plain words; empty when no personal data was used. */
  readonly categories: readonly { readonly key: string; readonly name: string }[];
  /** "Your consent to …" per purpose relied on; never the consent event's id (that is the auditor's). */
  readonly basis: readonly { readonly key: string; readonly text: string }[];
  readonly controls: readonly { readonly key: string; readonly control: Control }[];
  readonly labels: Pick<
    WhyTexts,
    | "reasonsHeading"
    | "effectsHeading"
    | "dataHeading"
    | "noPersonalData"
    | "legalBasis"
    | "controlsHeading"
    | "close"
  >;
}

/** Options of {@link whyView}. */
export interface WhyViewOptions {
  readonly explanation: Explanation;
  readonly itemTitle: string;
  readonly texts: WhyTexts;
  /** Context reasons in plain words (`contextTexts(locale)`). */
  readonly context: ContextTexts;
  /** Plain names of data categories by id (`categoryTexts(locale).names`). */
  readonly categories: TextTable;
  readonly locale: string;
  /** Display title of a purpose id; default the id. */
  readonly purposeTitle?: ((purpose: string) => string) | undefined;
  /** Display name of a data category; default its plain name in `texts`, else the id. */
  readonly categoryTitle?: ((category: string) => string) | undefined;
}

/** A control's stable key among an explanation's controls. */
export const controlKey = (control: Control): string =>
  `${control.kind}-${"purpose" in control ? control.purpose : ""}-${"events" in control ? control.item : ""}`;

/**
 * What the score is made of (each reason with its share), what re-ranking did, which data was used and on which
 * legal basis (GDPR Arts. 13–15, CJEU C-203/22, DSA Art. 27), and the controls that change it.
 */
export function whyView(options: WhyViewOptions): WhyView {
  const { explanation, texts, locale } = options;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const category = options.categoryTitle ?? ((id: string) => options.categories[id] ?? id);
  const purpose = options.purposeTitle ?? ((id: string) => id);
  const reason = (templateId: string, text: string) =>
    contextReasonText(templateId, text, locale, options.context);
  return {
    title: texts.button,
    about: formatMessage(texts.about, { item: options.itemTitle }, locale),
    headline: reason(explanation.templateId, explanation.text),
    reasons: explanation.reasons.map((r, i) => ({
      key: `${r.templateId}-${i}`,
      templateId: r.templateId,
      text: reason(r.templateId, r.text),
      share: formatMessage(
        texts.reasonShare,
        { share: r.share > 0 && r.share < 0.005 ? `<${percent.format(0.01)}` : percent.format(r.share) },
        locale,
      ),
      width: `${Math.max(0, Math.min(1, r.share)) * 100}%`,
    })),
    effects: explanation.effects.map((e, i) => ({ key: `${e.stage}-${i}`, text: e.text })),
    categories: explanation.dataCategories.map((id) => ({ key: id, name: category(id) })),
    basis: explanation.basis.map((b) => ({
      key: b.purpose,
      text: formatMessage(texts.basisConsent, { purpose: purpose(b.purpose) }, locale),
    })),
    controls: explanation.controls.map((control) => ({ key: controlKey(control), control })),
    labels: texts,
  };
}
