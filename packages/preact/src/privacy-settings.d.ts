/** The second layer: one switch per purpose with its description, data categories and legal basis. */
import { type ConsentManager } from "@candor/core/consent";
/** Props of {@link PrivacySettings}. */
export interface PrivacySettingsProps {
    readonly manager: ConsentManager;
    readonly locale?: string;
    /** Called when the dialog closes, saved or not. */
    readonly onClose: () => void;
}
/**
 * A modal dialog named "Privacy settings". Nothing is pre-ticked that the shopper has not granted
 * (GDPR Art. 4(11)); saving records one event with control `settings.save` (GDPR Art. 7(1)).
 */
export declare function PrivacySettings({ manager, locale, onClose }: PrivacySettingsProps): import("preact").JSX.Element;
