/** The persistent footer entry points: "Privacy settings", and in California "Do Not Sell or Share". */
import type { ConsentManager } from "@candor/core/consent";
import { footerTexts } from "@candor/core/ui";
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
  const state = useConsent(manager);
  const text = footerTexts(locale);
  const california = state.regime.id === "cpra";
  const optOut = () =>
    manager.set(
      Object.fromEntries(manager.purposes.filter((p) => p.saleOrSharing).map((p) => [p.id, false])),
      {
        kind: "ui",
        control: "footer.do-not-sell",
        ui: "candor-footer@1",
      },
    );
  return (
    <nav class="candor-footer" aria-label={text.regionLabel} lang={text.lang} dir={text.dir}>
      <button type="button" class="candor-link" onClick={onOpenSettings}>
        {text.privacySettings}
      </button>
      {california && (
        <button type="button" class="candor-link" onClick={optOut}>
          {text.doNotSell}
        </button>
      )}
      <p class="candor-footer__status" role="status">
        {state.lastEvent?.via.control?.endsWith("do-not-sell") ? text.optedOut : ""}
        {state.gpc.honored ? ` ${text.gpcHonored}` : ""}
      </p>
    </nav>
  );
}
