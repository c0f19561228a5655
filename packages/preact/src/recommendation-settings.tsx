/** The settings next to a recommendation row: Personalized / Not personalized and Variety (DSA Art. 27(3), Art. 38). */
import { useEffect, useState } from "preact/hooks";
import { formatMessage, messagesFor } from "./messages.ts";

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
}

/**
 * A labelled group with two radio buttons, Personalized and Not personalized, and a Variety slider (0–100 %).
 * Keyboard-operable with native controls; the slider announces its value as a percentage.
 */
export function RecommendationSettings({
  id,
  rowTitle,
  value,
  onChange,
  locale = "en",
}: RecommendationSettingsProps) {
  const text = messagesFor(locale);
  const [variety, setVariety] = useState(Math.round(value.variety * 100));
  useEffect(() => setVariety(Math.round(value.variety * 100)), [value.variety]);
  const valueText = formatMessage(text.varietyValue, { value: variety });
  const mode = (personalized: boolean) => (
    <label class="candor-settings__option">
      <input
        type="radio"
        name={`${id}-mode`}
        checked={value.personalized === personalized}
        onChange={() => onChange({ ...value, personalized })}
      />
      {personalized ? text.personalized : text.notPersonalized}
    </label>
  );
  return (
    <fieldset class="candor-settings" lang={locale}>
      <legend class="candor-settings__legend">
        {text.rowSettings}
        <span class="candor-visually-hidden">: {rowTitle}</span>
      </legend>
      <div class="candor-settings__modes">
        {mode(true)}
        {mode(false)}
      </div>
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
          aria-describedby={`${id}-variety-hint`}
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
    </fieldset>
  );
}
