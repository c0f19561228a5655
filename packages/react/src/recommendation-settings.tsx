/** @jsxImportSource react */
/** The settings next to a recommendation row: Personalized / Not personalized and Variety (DSA Art. 27(3), Art. 38). */
import { rowTexts } from "@candor/core/ui";
import { type RowSettings, rowSettingsView, varietyPercent } from "@candor/core/ui/models";
import { useEffect, useRef, useState } from "react";
import { FeedWidthNote, type FeedWidthNoteProps } from "./feed-width-note.tsx";

/** What the shopper chose for one recommendation row. */
export type { RowSettings } from "@candor/core/ui/models";

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
  const texts = rowTexts(locale);
  const [variety, setVariety] = useState(varietyPercent(value.variety));
  useEffect(() => setVariety(varietyPercent(value.variety)), [value.variety]);
  const view = rowSettingsView({
    id,
    value,
    percent: variety,
    personalizationAvailable,
    feedWidth: feedWidth !== undefined,
    texts,
    locale,
  });
  const { labels } = view;
  // React's onChange fires on every input; the row is re-served only on release or a key step (the native change).
  const slider = useRef<HTMLInputElement>(null);
  const commit = useRef(view.withVariety);
  commit.current = view.withVariety;
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(() => {
    const element = slider.current;
    if (!element) return;
    const listener = () => changed.current(commit.current(Number(element.value)));
    element.addEventListener("change", listener);
    return () => element.removeEventListener("change", listener);
  }, []);
  const mode = (personalized: boolean) => (
    <label className="candor-settings__option">
      <input
        type="radio"
        name={`${id}-mode`}
        checked={view.effective === personalized}
        disabled={personalized && !personalizationAvailable}
        aria-describedby={personalized && !personalizationAvailable ? `${id}-needs-consent` : undefined}
        onChange={() => onChange(view.withMode(personalized))}
      />
      {personalized ? labels.personalized : labels.notPersonalized}
    </label>
  );
  return (
    <fieldset className="candor-settings" lang={texts.lang} dir={texts.dir}>
      <legend className="candor-settings__legend">
        {labels.settings}
        <span className="candor-visually-hidden">: {rowTitle}</span>
      </legend>
      <div className="candor-settings__modes">
        {mode(true)}
        {mode(false)}
      </div>
      {!personalizationAvailable && (
        <p id={`${id}-needs-consent`} className="candor-settings__hint">
          {unavailableHint ?? labels.personalizedNeedsConsent}
        </p>
      )}
      <div className="candor-settings__variety">
        <label htmlFor={`${id}-variety`}>{labels.variety}</label>
        <input
          id={`${id}-variety`}
          className="candor-slider"
          type="range"
          min={0}
          max={100}
          step={10}
          value={variety}
          aria-valuetext={view.valueText}
          aria-describedby={view.varietyDescribedBy}
          ref={slider}
          onChange={(event) => setVariety(Number(event.currentTarget.value))}
        />
        <output htmlFor={`${id}-variety`} className="candor-settings__value">
          {view.valueText}
        </output>
      </div>
      <p id={`${id}-variety-hint`} className="candor-settings__hint">
        {labels.varietyHint}
      </p>
      {feedWidth && <FeedWidthNote {...feedWidth} id={`${id}-feed-width`} locale={locale} />}
    </fieldset>
  );
}
