/** The demo storefront's shell: header, content and the privacy entry points. */
import type { ConsentManager } from "@candor/core/consent";
import { ConsentBanner, PrivacyFooter, PrivacySettings, useConsent } from "@candor/preact";
import { useState } from "preact/hooks";

/** The storefront. */
export function App({ consent }: { consent: ConsentManager }) {
  const state = useConsent(consent);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const personalized = Object.entries(state.granted).some(
    ([id, on]) => on && id.startsWith("personalization."),
  );
  return (
    <>
      <header class="shop-header">
        <a class="shop-logo" href="#/">
          Candor Demo Shop
        </a>
      </header>
      <main class="shop-main">
        <h1>Welcome</h1>
        <p class="shop-mode" data-testid="personalization-mode">
          {personalized
            ? "Recommendations here use only the data you allowed."
            : "Not personalized: you see what is popular, and no personal data is used."}
        </p>
      </main>
      <footer class="shop-footer">
        <PrivacyFooter manager={consent} onOpenSettings={() => setSettingsOpen(true)} />
      </footer>
      <ConsentBanner manager={consent} onCustomize={() => setSettingsOpen(true)} />
      {settingsOpen && <PrivacySettings manager={consent} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}
