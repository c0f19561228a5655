/** The models of a recommendation row and its settings: mode in words, Personalized / Not personalized, Variety. */
import type { Control } from "../../explain/explain.ts";
import { formatMessage } from "../format.ts";
import type { RowTexts } from "../texts.ts";

/** What the shopper chose for one recommendation row. */
export interface RowSettings {
  /** `false` asks for the option not based on profiling (DSA Art. 38, GDPR Art. 21); default `true`. */
  readonly personalized: boolean;
  /** Variety from 0 to 1, handed to re-ranking; 0 keeps the order by score. */
  readonly variety: number;
}

/** Non-profiling reasons that the shopper's own consent choice resolves. */
const CONSENT_REASONS = new Set(["not-decided", "no-personalization", "invalid-consent-state"]);

/** What a binding renders in the row's head and passes to its settings. */
export interface RecommendationRowView {
  /** The row's title for its mode ("Popular right now" while not personalized, when given). */
  readonly title: string;
  /** The mode in words: personalized, not personalized by choice, for want of consent, or for another reason. */
  readonly modeText: string;
  /** Whether "Personalized" can be chosen now: personalized, or not personalized by the shopper's own choice. */
  readonly personalizationAvailable: boolean;
  /** The hint beside a disabled "Personalized". */
  readonly unavailableHint: string;
  readonly labels: Pick<RowTexts, "settingsToggle" | "empty">;
}

/** The row's head for the mode the slate was served in and why (`slate.decision.reason`). */
export function recommendationRowView(input: {
  readonly title: string;
  readonly notPersonalizedTitle?: string | undefined;
  readonly mode: "personalized" | "non_profiling";
  readonly reason?: string | null | undefined;
  readonly texts: RowTexts;
}): RecommendationRowView {
  const { mode, reason, texts } = input;
  const consentReason = CONSENT_REASONS.has(reason ?? "not-decided");
  return {
    title: mode === "personalized" ? input.title : (input.notPersonalizedTitle ?? input.title),
    modeText:
      mode === "personalized"
        ? texts.modePersonalized
        : reason === "non-personalized-chosen"
          ? texts.modeNotPersonalizedChosen
          : consentReason
            ? texts.modeNotPersonalizedConsent
            : texts.modeNotPersonalizedOther,
    personalizationAvailable: mode === "personalized" || reason === "non-personalized-chosen",
    unavailableHint: consentReason ? texts.personalizedNeedsConsent : texts.personalizedUnavailable,
    labels: texts,
  };
}

/**
 * What an explanation control does in a row: `change-variety` asks the row to open its settings on the Variety
 * slider (`"variety"`); `not-personalized` switches the row's setting; the rest go to the shop's `onControl`. After
 * those the row announces `updated` and moves focus to its title (`"updated"`).
 */
export async function runRowControl<T>(
  control: Control,
  item: T,
  row: {
    readonly settings: RowSettings;
    readonly onSettingsChange: (settings: RowSettings) => void;
    readonly onControl: (control: Control, item: T) => void | Promise<void>;
  },
): Promise<"variety" | "updated"> {
  if (control.kind === "change-variety") return "variety";
  if (control.kind === "not-personalized") row.onSettingsChange({ ...row.settings, personalized: false });
  else await row.onControl(control, item);
  return "updated";
}

/** What a binding renders in a row's settings group. */
export interface RowSettingsView {
  /** The checked mode: personalized only when available and chosen. */
  readonly effective: boolean;
  /** The slider's value text, e.g. "30 %". */
  readonly valueText: string;
  /** The slider's `aria-describedby`. */
  readonly varietyDescribedBy: string;
  /** The settings with the mode chosen. */
  readonly withMode: (personalized: boolean) => RowSettings;
  /** The settings with the slider's value (0–100) as variety. */
  readonly withVariety: (percent: number) => RowSettings;
  readonly labels: Pick<
    RowTexts,
    "settings" | "personalized" | "notPersonalized" | "variety" | "varietyHint" | "personalizedNeedsConsent"
  >;
}

/** The slider's position (0–100, steps of 10) for a variety of 0 to 1. */
export const varietyPercent = (variety: number): number => Math.round(variety * 100);

/**
 * A row's settings: two radio buttons and a Variety slider (0–100 %) whose value is announced as a percentage;
 * `percent` is the slider's position while it is dragged.
 */
export function rowSettingsView(input: {
  readonly id: string;
  readonly value: RowSettings;
  readonly percent: number;
  readonly personalizationAvailable: boolean;
  readonly feedWidth: boolean;
  readonly texts: RowTexts;
  readonly locale: string;
}): RowSettingsView {
  const { id, value, texts, locale } = input;
  return {
    effective: input.personalizationAvailable && value.personalized,
    valueText: formatMessage(texts.varietyValue, { value: input.percent }, locale),
    varietyDescribedBy: input.feedWidth ? `${id}-variety-hint ${id}-feed-width` : `${id}-variety-hint`,
    withMode: (personalized) => ({ ...value, personalized }),
    withVariety: (percent) => ({ ...value, variety: percent / 100 }),
    labels: texts,
  };
}
