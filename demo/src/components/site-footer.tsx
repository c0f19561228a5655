/** The footer: the persistent privacy entry points, California's links and the shop's pages. */
import { PrivacyFooter, SensitiveLimit, useConsent } from "@candor/preact";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { useShopMessages } from "../use-shop-messages.ts";

const selectConsent = (s: SessionState) => s.consent;
const selectLimit = (s: SessionState) => s.limitSensitive;
const selectLocale = (s: SessionState) => s.params.locale;

/** "Privacy settings" on every page (GDPR Art. 7(3)); in California also the opt-out and sensitive-data controls. */
export function SiteFooter() {
  const session = useShopSession();
  const consent = useSession(selectConsent);
  const limited = useSession(selectLimit);
  const locale = useSession(selectLocale);
  const state = useConsent(consent);
  const { how, myData, audit } = useShopMessages().footer;
  return (
    <footer class="shop-footer">
      <PrivacyFooter manager={consent} locale={locale} onOpenSettings={() => session.setSettingsOpen(true)} />
      {state.regime.id === "cpra" && (
        <SensitiveLimit
          manager={consent}
          limited={limited}
          onChange={(on) => session.setLimitSensitive(on)}
          locale={locale}
        />
      )}
      <ul class="shop-footer__links">
        <li>
          <a href={href({ page: "privacy" })}>{how}</a>
        </li>
        <li>
          <a href={href({ page: "my-data" })}>{myData}</a>
        </li>
        <li>
          <a href={href({ page: "audit" })}>{audit}</a>
        </li>
      </ul>
    </footer>
  );
}
