/** The persistent footer entry points: "Privacy settings", and in California "Do Not Sell or Share". */
import type { ConsentManager } from "@candor/core/consent";
/** Props of {@link PrivacyFooter}. */
export interface PrivacyFooterProps {
    readonly manager: ConsentManager;
    readonly locale?: string;
    /** Opens the privacy settings. */
    readonly onOpenSettings: () => void;
}
/**
 * Withdrawal is one click away at all times (GDPR Art. 7(3)). Under CPRA it adds the opt-out link
 * (Cal. Code Regs. tit. 11 §7026) and says "Opt-out request honored" when GPC was applied (§7025(c)(6)).
 */
export declare function PrivacyFooter({ manager, locale, onOpenSettings }: PrivacyFooterProps): import("preact").JSX.Element;
