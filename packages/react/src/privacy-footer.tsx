/** @jsxImportSource react */
/** The persistent footer entry points: "Privacy settings", and in California "Do Not Sell or Share". */
import type { ConsentManager } from "@candor/core/consent";
import { footerTexts } from "@candor/core/ui";
import { privacyFooterView } from "@candor/core/ui/models";
import { useConsent } from "./use-consent.ts";

/** Props of {@link PrivacyFooter}. */
export interface PrivacyFooterProps {
  readonly manager: ConsentManager;
  readonly locale?: string;
  /** Opens the privacy settings. */
  readonly onOpenSettings: () => void;
}

/**
 * Withdrawal is one click away at all times (GDPR Art. 7(3)). Under CPRA it adds the opt-out link
 * (Cal. Code Regs. tit. 11 §7026), confirms in a polite live region what the link did (from the banner too), and says
 * "Opt-out request honored" when GPC was applied (§7025(c)(6)).
 */
export function PrivacyFooter({ manager, locale = "en", onOpenSettings }: PrivacyFooterProps) {
  const texts = footerTexts(locale);
  const view = privacyFooterView(manager, useConsent(manager), texts);
  return (
    <nav className="candor-footer" aria-label={view.label} lang={texts.lang} dir={texts.dir}>
      <button type="button" className="candor-link" onClick={onOpenSettings}>
        {view.settingsLabel}
      </button>
      {view.doNotSell && (
        <button type="button" className="candor-link" onClick={view.doNotSell.run}>
          {view.doNotSell.label}
        </button>
      )}
      <p className="candor-footer__status" role="status">
        {view.status}
      </p>
    </nav>
  );
}
