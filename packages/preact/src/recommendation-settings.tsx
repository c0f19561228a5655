/** The settings next to a recommendation row: Personalized / Not personalized and Variety (DSA Art. 27(3), Art. 38). */
import { formatMessage, rowTexts } from "@candor/core/ui";
import { useEffect, useState } from "preact/hooks";
import { FeedWidthNote, type FeedWidthNoteProps } from "./feed-width-note.tsx";

/** What the shopper chose for one recommendation row. */
export interface RowSettings {
  /** `false` asks for the option not based on profiling (DSA Art. 38, GDPR Art. 21); default `true`. */
  readonly personalized: boolean;
  /** Variety from 0 to 1, handed to re-ranking; 0 keeps the order by score. */
  readonly variety: number;
}

/** Props of {@link RecommendationSettings}. */
export interface RecommendationSettingsProps {
  /** Prefix of the controls' ids, unique on the page; the slider's id is `${id}-variety`. */
  readonly id: string;
  /** The row's title, so each settings group has its own accessible name. */
  readonly rowTitle: string;
  readonly value: RowSettings;
  /** Called with the new settings when the shopper changes one (the slider on release or per key step). */
  readonly onChange: (value: RowSettings) => void;
  /** UI language; default `"en"`. */
  readonly locale?: string;
  /**
   * Whether personalization can apply now; default `true`. When `false` (no consent, a known minor, a comparison
   * group) "Not personalized" is checked and "Personalized" is disabled with a hint, so the choice shown never
   * contradicts the row.
   */
  readonly personalizationAvailable?: boolean;
  /** The hint shown while personalization is unavailable; default the "allow it in Privacy settings" text. */
  readonly unavailableHint?: string;
  /** The shopper's recent slates and the shop's departments: shows "Your recommendations cover 5 of 12 departments". */
  readonly feedWidth?: Omit<FeedWidthNoteProps, "id" | "locale">;
}

/**
 * A labelled group with two radio buttons, Personalized and Not personalized, and a Variety slider (0–100 %), with,
 * given `feedWidth`, how many departments the feed covers (DSA Art. 27(3): the effect of the option where it is
 * changed). Keyboard-operable with native controls; the slider announces its value as a percentage.
 */
export function RecommendationSettings({
  id,
  rowTitle,
  value,
  onChange,
  locale = "en",
  personalizationAvailable = true,
  unavailableHint,
  feedWidth,
}: RecommendationSettingsProps) {
  const text = rowTexts(locale);
  const [variety, setVariety] = useState(Math.round(value.variety * 100));
  useEffect(() => setVariety(Math.round(value.variety * 100)), [value.variety]);
  const valueText = formatMessage(text.varietyValue, { value: variety }, locale);
  const effective = personalizationAvailable && value.personalized;
  const mode = (personalized: boolean) => (
    <label class="candor-settings__option">
      <input
        type="radio"
        name={`${id}-mode`}
        checked={effective === personalized}
        disabled={personalized && !personalizationAvailable}
        aria-describedby={personalized && !personalizationAvailable ? `${id}-needs-consent` : undefined}
        onChange={() => onChange({ ...value, personalized })}
      />
      {personalized ? text.personalized : text.notPersonalized}
    </label>
  );
  return (
    <fieldset class="candor-settings" lang={text.lang} dir={text.dir}>
      <legend class="candor-settings__legend">
        {text.settings}
        <span class="candor-visually-hidden">: {rowTitle}</span>
      </legend>
      <div class="candor-settings__modes">
        {mode(true)}
        {mode(false)}
      </div>
      {!personalizationAvailable && (
        <p id={`${id}-needs-consent`} class="candor-settings__hint">
          {unavailableHint ?? text.personalizedNeedsConsent}
        </p>
      )}
      <div class="candor-settings__variety">
        <label for={`${id}-variety`}>{text.variety}</label>
        <input
          id={`${id}-variety`}
          class="candor-slider"
          type="range"
          min={0}
          max={100}
          step={10}
          value={variety}
          aria-valuetext={valueText}
          aria-describedby={feedWidth ? `${id}-variety-hint ${id}-feed-width` : `${id}-variety-hint`}
          onInput={(event) => setVariety(Number(event.currentTarget.value))}
          onChange={(event) => onChange({ ...value, variety: Number(event.currentTarget.value) / 100 })}
        />
        <output for={`${id}-variety`} class="candor-settings__value">
          {valueText}
        </output>
      </div>
      <p id={`${id}-variety-hint`} class="candor-settings__hint">
        {text.varietyHint}
      </p>
      {feedWidth && <FeedWidthNote {...feedWidth} id={`${id}-feed-width`} locale={locale} />}
    </fieldset>
  );
}
