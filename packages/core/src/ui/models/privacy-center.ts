/** The privacy centre's model: the choices in force, the consent receipt, and how recommendations work, in words. */
import { type ConsentManager, type ConsentState, localize, needsConsent } from "../../consent/index.ts";
import type { ConsentReceipt } from "../../consent/receipts.ts";
import type { SurfaceDisclosure } from "../../explain/disclosure.ts";
import { formatList, formatMessage } from "../format.ts";
import type { PrivacyTexts } from "../texts.ts";
import { downloadText, jsonDocument } from "./download.ts";

/** One main parameter: its name, importance, and the rest of its sentence (starting with ": "). */
export interface ParameterView {
  readonly key: string;
  readonly name: string;
  readonly importance: string;
  readonly rest: string;
}

/** What a binding renders. */
export interface PrivacyCenterView {
  /** The rules in force, when and until when the shopper chose, minors, GPC, the sensitive limit: one paragraph. */
  readonly notes: string;
  readonly purposes: readonly { readonly id: string; readonly title: string; readonly state: string }[];
  /** The consent receipt (Kantara v1.1), `null` before a choice. */
  readonly receipt: {
    readonly intro: string;
    readonly json: string;
    readonly download: () => void;
  } | null;
  /** The My data sentence around its link. */
  readonly myData: { readonly before: string; readonly link: string; readonly after: string };
  /** How recommendations work, given a disclosure. */
  readonly how: {
    readonly summary: string;
    readonly parameters: readonly ParameterView[];
    readonly options: readonly string[];
    readonly protections: readonly string[];
  } | null;
  readonly labels: PrivacyTexts;
}

/**
 * What a shopper may want to know and change, in plain words (GDPR Arts. 12–15, DSA Art. 27). Signal names, stage
 * names and the disclosure's version hash are left to the auditor's views.
 */
export function privacyCenterView(input: {
  readonly manager: ConsentManager;
  readonly state: ConsentState;
  /** The receipt for the state (`toConsentReceipt(manager, locale)`), computed once per state by the binding. */
  readonly receipt: ConsentReceipt | null;
  readonly texts: PrivacyTexts;
  readonly locale: string;
  readonly disclosure?: SurfaceDisclosure | undefined;
  readonly limited?: boolean | undefined;
}): PrivacyCenterView {
  const { manager, state, receipt, texts, locale, disclosure } = input;
  const t = texts;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
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
    input.limited ? t.limited : "",
  ].filter(Boolean);
  const reranked = (disclosure?.options.length ?? 0) > 3;
  const minorsText = disclosure?.protections[2] ?? "";
  const [before = "", after = ""] = t.myData.split("{link}");
  return {
    notes: notes.join(" "),
    purposes: consentPurposes.map((p) => ({
      id: p.id,
      title: localize(p.title, locale),
      state: state.granted[p.id] ? t.on : t.off,
    })),
    receipt: receipt
      ? {
          intro: formatMessage(
            t.receiptIntro,
            {
              date: date.format(receipt.consentTimestamp * 1000),
              purposes: granted.length > 0 ? formatList(granted, locale) : t.nothingGranted,
            },
            locale,
          ),
          json: JSON.stringify(receipt, null, 2),
          download: () => downloadText("candor-consent-receipt.json", jsonDocument(receipt)),
        }
      : null,
    myData: { before, link: t.myDataLink, after },
    how: disclosure
      ? {
          summary: `${t.summary}${reranked ? ` ${t.reranked}` : ""}`,
          parameters: disclosure.mainParameters.map((p) => {
            const words = t.parameters[p.parameter] ?? p.description;
            const colon = words.indexOf(":");
            return {
              key: p.parameter,
              name: colon > 0 ? words.slice(0, colon).trim() : p.parameter,
              importance: t.importance[p.importance] ?? p.importance,
              rest: colon > 0 ? words.slice(colon) : `: ${words}`,
            };
          }),
          options: t.options.slice(0, reranked ? 4 : 3),
          protections: [
            ...t.protections.slice(0, 2),
            ...(minorsText.includes("recommendations or ads")
              ? t.protections.slice(2)
              : minorsText
                ? [minorsText]
                : []),
          ],
        }
      : null,
    labels: t,
  };
}
