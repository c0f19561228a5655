/**
 * The page of test/browser/ui-locales.test.ts (not shipped): one of Candor's components in the language of
 * `?lang=`: `?part=banner` the consent banner, `settings` the privacy settings, `why` a recommended item's "Why am I
 * seeing this?". UI texts come through `loadUiMessages`, purpose texts and explanations from core's locale modules.
 */
import { createConsentManager, defaultPurposes, localize, memoryStorage } from "@candor/core/consent";
import { translatePurposes } from "@candor/core/consent/locales";
import { allPurposeTranslations } from "@candor/core/consent/locales/all";
import { explainItem, registerExplainLocales } from "@candor/core/explain";
import { allExplainLocales } from "@candor/core/explain/locales/all";
import type { PolicyDecision } from "@candor/core/policy";
import type { SlateItem } from "@candor/core/recommend";
import { ConsentBanner, loadUiMessages, PrivacySettings, WhyAmISeeingThis } from "@candor/preact";
import { render } from "preact";

const params = new URLSearchParams(location.search);
const lang = params.get("lang") ?? "en";
const part = params.get("part") ?? "banner";

const decision: PolicyDecision = {
  subject: "s1",
  purpose: "recommend",
  surface: "home",
  mode: "personalized",
  reason: null,
  allowed: ["pd:BrowsingBehavior"],
  basis: [
    {
      category: "pd:BrowsingBehavior",
      purpose: "personalization.browsing",
      consentEventId: "ce_1",
      recordId: "cr_1",
    },
  ],
  denied: [],
  signalOnly: [],
  sensitiveAllowed: false,
  collaborative: true,
  sharedStatistics: true,
  consentEventId: "ce_1",
};
/** One served item: viewed-product evidence, popularity, and a re-ranking effect (names are not words). */
const item: SlateItem = {
  item: "p9",
  rank: 1,
  score: 0.65,
  contributions: [
    {
      scorer: "content",
      evidence: { kind: "item", item: "p1", event: "e_p1", dataCategory: "pd:BrowsingBehavior" },
      raw: 1.2,
      weight: 0.5,
      amount: 0.6,
      purposes: ["personalization.browsing"],
    },
    {
      scorer: "popularity",
      evidence: { kind: "global", name: "popularity" },
      raw: 1,
      weight: 0.05,
      amount: 0.05,
      purposes: [],
    },
  ],
  effects: [{ stage: "mmr", kind: "variety", amount: 2, message: "moved up for variety" }],
};

async function main(): Promise<void> {
  const uiLang = await loadUiMessages(lang);
  registerExplainLocales(...allExplainLocales);
  const purposes = translatePurposes(defaultPurposes, allPurposeTranslations);
  const manager = createConsentManager({ region: "DE", purposes, storage: memoryStorage() });
  const root = document.getElementById("root") as HTMLElement;
  document.documentElement.dataset.uiLang = uiLang;
  if (part === "banner")
    render(<ConsentBanner manager={manager} locale={lang} onCustomize={() => {}} />, root);
  else if (part === "settings")
    render(<PrivacySettings manager={manager} locale={lang} onClose={() => {}} />, root);
  else {
    const explanation = explainItem(item, {
      decision,
      titleOf: (id) => (id === "p1" ? "Xq-1" : "Xq-9"),
      categoryOf: () => "Xq",
      purposeTitle: (id) => {
        const purpose = purposes.find((p) => p.id === id);
        return purpose ? localize(purpose.title, lang) : undefined;
      },
      locale: lang,
    });
    render(
      <WhyAmISeeingThis
        explanation={explanation}
        itemTitle="Xq-9"
        onControl={() => {}}
        purposeTitle={(id) => {
          const purpose = purposes.find((p) => p.id === id);
          return purpose ? localize(purpose.title, lang) : id;
        }}
        locale={lang}
      />,
      root,
    );
  }
  document.documentElement.dataset.ready = "true";
}

void main();
