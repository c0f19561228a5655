/** The first-layer consent banner: Accept all, Reject all and Customize with equal weight (EDPB 03/2022, CPRA §7004). */
import type { ConsentManager } from "@candor/core/consent";
/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
    readonly manager: ConsentManager;
    /** UI language; default `"en"`. */
    readonly locale?: string;
    /** Opens the privacy settings (the second layer). */
    readonly onCustomize: () => void;
}
/**
 * Shown while the manager needs a choice. It never blocks the page: the shop stays usable without one
 * (GDPR Art. 7(4)), and closing it is not consent. Under opt-out regimes showing it is the notice at collection.
 * After an erasure (a new subject) it asks again.
 */
export declare function ConsentBanner({ manager, locale, onCustomize }: ConsentBannerProps): import("preact").JSX.Element | null;
