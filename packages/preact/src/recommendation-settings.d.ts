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
export declare function RecommendationSettings({ id, rowTitle, value, onChange, locale, }: RecommendationSettingsProps): import("preact").JSX.Element;
