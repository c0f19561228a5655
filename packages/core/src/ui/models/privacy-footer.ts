/** The privacy footer's model: the settings link, in California "Do Not Sell or Share", and what it confirms. */
import type { ConsentManager, ConsentState } from "../../consent/index.ts";
import type { FooterTexts } from "../texts.ts";
import { doNotSellOrShare } from "./consent-banner.ts";

/** What a binding renders. */
export interface PrivacyFooterView {
  readonly label: string;
  readonly settingsLabel: string;
  /** "Do Not Sell or Share" (CPRA §7026); `null` outside California. */
  readonly doNotSell: { readonly label: string; readonly run: () => void } | null;
  /** The polite status: what an opt-out link did, and "Opt-out request honored" under GPC (§7025(c)(6)). */
  readonly status: string;
}

/** The footer for the consent state: withdrawal stays one click away (GDPR Art. 7(3)). */
export function privacyFooterView(
  manager: ConsentManager,
  state: ConsentState,
  texts: FooterTexts,
): PrivacyFooterView {
  const optedOut = state.lastEvent?.via.control?.endsWith("do-not-sell") ? texts.optedOut : "";
  return {
    label: texts.regionLabel,
    settingsLabel: texts.privacySettings,
    doNotSell:
      state.regime.id === "cpra"
        ? {
            label: texts.doNotSell,
            run: () =>
              doNotSellOrShare(manager, { kind: "ui", control: "footer.do-not-sell", ui: "candor-footer@1" }),
          }
        : null,
    status: `${optedOut}${state.gpc.honored ? ` ${texts.gpcHonored}` : ""}`,
  };
}
