/** A row of recommendations: its title, whether and how it is personalized, its settings, and its explained items. */
import type { Control, Explanation } from "@candor/core/explain";
import type { ComponentChildren } from "preact";
import { type RowSettings } from "./recommendation-settings.tsx";
/** One item of a row: its id, display title and explanation. Extra fields are passed to `renderItem`. */
export interface RecommendationRowItem {
    readonly id: string;
    readonly title: string;
    readonly explanation: Explanation;
}
/** Props of {@link RecommendationRow}. */
export interface RecommendationRowProps<T extends RecommendationRowItem> {
    /** Id prefix, unique on the page. */
    readonly id: string;
    readonly title: string;
    /** The served items in slate order. */
    readonly items: readonly T[];
    /** The mode the slate was served in (`slate.mode`). */
    readonly mode: "personalized" | "non_profiling";
    /** Why it is non-profiling (`slate.decision.reason`); `"non-personalized-chosen"` names the shopper's choice. */
    readonly reason?: string | null;
    readonly settings: RowSettings;
    /** Stores new row settings; the caller serves the row again with them. */
    readonly onSettingsChange: (settings: RowSettings) => void;
    /**
     * Carries out an explanation control for an item. `change-variety` (focuses this row's slider) and
     * `not-personalized` (switches this row's setting) are handled by the row itself.
     */
    readonly onControl: (control: Control, item: T) => void | Promise<void>;
    /** Renders the product itself (image, title, price, link); the row adds the reason and the explanation button. */
    readonly renderItem: (item: T) => ComponentChildren;
    readonly purposeTitle?: (purpose: string) => string;
    readonly categoryTitle?: (category: string) => string;
    /** Heading level of the title; default 2. */
    readonly headingLevel?: 2 | 3;
    readonly locale?: string;
}
/**
 * Renders a recommendation surface with its settings right next to it (DSA Art. 27(3)) and, on every item, its
 * headline reason and a "Why am I seeing this?" button. After a control runs, focus moves to the row's title
 * (or to the Variety slider) and a polite status announces the update.
 */
export declare function RecommendationRow<T extends RecommendationRowItem>(props: RecommendationRowProps<T>): import("preact").JSX.Element;
