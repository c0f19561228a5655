/** The demo's tags: Google Consent Mode v2 and a gated stand-in analytics script, following the session's consent. */
import type { ConsentManager } from "@candor/core/consent";
import { connectGoogleConsentMode } from "@candor/core/consent-mode";
import { createGate } from "@candor/core/gating";
import type { ShopSession } from "./session.ts";

/** Adds the stand-in analytics tag, held back as `type="text/plain"` until "Analytics" is granted. */
function addStandInTag(): void {
  const script = document.createElement("script");
  script.type = "text/plain";
  script.src = "/stand-in-analytics.js";
  script.setAttribute("data-candor-purpose", "analytics");
  document.head.append(script);
}

function connect(manager: ConsentManager, first: boolean): () => void {
  const consentMode = connectGoogleConsentMode(manager, { sendDefault: first });
  const gate = createGate(manager, {
    root: document.head,
    onWithdraw: (report) => {
      if (report.reload.length > 0) console.info(`[candor] reload to stop: ${report.reload.join(", ")}`);
    },
  });
  return () => {
    consentMode.disconnect();
    gate.destroy();
  };
}

/** Sends the Consent Mode default now (before any tag), then follows whichever consent manager the session uses. */
export function connectTags(session: ShopSession): void {
  let manager = session.store.getState().consent;
  let disconnect = connect(manager, true);
  addStandInTag();
  session.store.subscribe((state) => {
    if (state.consent === manager) return;
    disconnect();
    manager = state.consent;
    disconnect = connect(manager, false);
  });
}
