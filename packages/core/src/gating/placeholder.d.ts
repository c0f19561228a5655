/** The small placeholder shown in place of a blocked embed, with a one-purpose opt-in (contextual consent). */
/** The words of the placeholder; a shop passes its own for other languages. */
export interface PlaceholderLabels {
    /** The notice, e.g. `Content from www.youtube.com is blocked until you allow “Videos”.` */
    readonly blocked: (purposes: string, host: string) => string;
    /** The button, e.g. `Allow “Videos”`. */
    readonly allow: (purposes: string) => string;
}
/** English labels, the default. */
export declare const englishPlaceholderLabels: PlaceholderLabels;
/** Builds the placeholder element: a labelled group with the notice and one button. */
export declare function createPlaceholder(doc: Document, options: {
    readonly titles: string;
    readonly host: string;
    readonly labels: PlaceholderLabels;
    readonly onAllow: () => void;
}): HTMLElement;
