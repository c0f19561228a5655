/** "Your recommendations cover 5 of 12 departments": how wide a shopper's feed is, in plain words, next to the variety control. */
import { type FeedWidthOptions } from "@candor/core/rerank";
/** The texts of {@link FeedWidthNote}; `{covered}`, `{total}` and `{departments}` are filled in. */
export interface FeedWidthMessages {
    /** The sentence, e.g. "Your recommendations cover {covered} of {total} departments." */
    readonly covered: string;
    /** Shown before any recommendation was served. */
    readonly none: string;
    /** With `showMissing`: the departments not shown lately, e.g. "Not shown lately: {departments}." */
    readonly missing: string;
}
/** The English defaults of {@link FeedWidthMessages}. */
export declare const feedWidthMessages: FeedWidthMessages;
/** Props of {@link FeedWidthNote}. */
export interface FeedWidthNoteProps extends FeedWidthOptions {
    /** The shopper's recent slates (item ids, oldest first), e.g. from the explanation log or the session. */
    readonly slates: readonly (readonly string[])[];
    /** Id of the paragraph, so the variety slider can point at it with `aria-describedby`. */
    readonly id?: string;
    /** Overrides of the English texts. */
    readonly messages?: Partial<FeedWidthMessages>;
    /** Also name the departments not shown lately; default `false`. */
    readonly showMissing?: boolean;
    /** A department's display name; default its id. */
    readonly departmentName?: (department: string) => string;
    /** UI language for the list of departments; default `"en"`. */
    readonly locale?: string;
}
/**
 * One plain sentence on the width of the shopper's feed (DSA Art. 27(3): the effect of the option, where it can be
 * changed). Renders no hooks, so it can sit inside any settings component; the numbers come from `feedWidth`.
 */
export declare function FeedWidthNote(props: FeedWidthNoteProps): import("preact").JSX.Element;
