/** "Why am I seeing this?": a button on a recommended item that opens its faithful explanation with its controls. */
import type { Control, Explanation } from "@candor/core/explain";
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
    /** Display name of a data category id (`pd:BrowsingBehavior`); default the id. */
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
 */
export declare function WhyAmISeeingThis({ explanation, itemTitle, onControl, purposeTitle, categoryTitle, describedBy, locale, }: WhyAmISeeingThisProps): import("preact").JSX.Element;
