/** @jsxImportSource react */
/**
 * The page of test/browser/react.test.ts (not shipped): `@candor/react` under `StrictMode` with the banner, the
 * settings, the footer, one recommendation row and My data, over a consent manager and a vault in memory; with
 * `?part=auditor` the privacy centre, the sensitive-data limit and the audit console over a small log. It exposes
 * `window.candorTest` so the test can read what the components recorded.
 */
import { createConsentManager, memoryStorage } from "@candor/core/consent";
import { explainItem } from "@candor/core/explain";
import { createVault, type PolicyDecision } from "@candor/core/policy";
import type { SlateItem } from "@candor/core/recommend";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  AuditConsole,
  type AuditConsoleEntry,
  ConsentBanner,
  MyData,
  PrivacyCenter,
  PrivacyFooter,
  PrivacySettings,
  RecommendationRow,
  type RowSettings,
  SensitiveLimit,
  useConsent,
} from "../index.ts";

const manager = createConsentManager({ region: "DE", storage: memoryStorage() });
const vault = createVault({ consentRecord: () => manager.record() });
const recorded = { notices: 0, controls: [] as string[] };
// Counts the notices the banner records: StrictMode's double effects must not record one twice.
const noticeShown = manager.noticeShown.bind(manager);
manager.noticeShown = (via) => {
  recorded.notices += 1;
  return noticeShown(via);
};

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
const served: SlateItem = {
  item: "lamp",
  rank: 1,
  score: 0.65,
  contributions: [
    {
      scorer: "content",
      evidence: { kind: "item", item: "chair", event: "e_chair", dataCategory: "pd:BrowsingBehavior" },
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
  effects: [],
};
const titles: Record<string, string> = { lamp: "Desk lamp", chair: "Oak chair" };
const explanation = explainItem(served, {
  decision,
  titleOf: (id) => titles[id],
  categoryOf: () => "Furniture",
  locale: "en",
});

function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [row, setRow] = useState<RowSettings>({ personalized: true, variety: 0.3 });
  const consent = useConsent(manager);
  const personalized = consent.granted["personalization.browsing"] === true && row.personalized;
  return (
    <>
      <ConsentBanner manager={manager} onCustomize={() => setSettingsOpen(true)} />
      {settingsOpen && <PrivacySettings manager={manager} onClose={() => setSettingsOpen(false)} />}
      <main tabIndex={-1}>
        <RecommendationRow
          id="home"
          title="Recommended for you"
          notPersonalizedTitle="Popular right now"
          items={[{ id: "lamp", title: "Desk lamp", explanation }]}
          mode={personalized ? "personalized" : "non_profiling"}
          reason={personalized ? null : row.personalized ? "not-decided" : "non-personalized-chosen"}
          settings={row}
          onSettingsChange={setRow}
          onControl={(control) => {
            recorded.controls.push(control.kind);
          }}
          renderItem={(item) => <span className="product">{item.title}</span>}
        />
        <section aria-label="My data">
          <MyData vault={vault} manager={manager} />
        </section>
      </main>
      <PrivacyFooter manager={manager} onOpenSettings={() => setSettingsOpen(true)} />
    </>
  );
}

const DAY = 86_400_000;
/** Twelve served items over three days, two subjects, two surfaces; entry 7 is the one "tampered" with. */
const entries: AuditConsoleEntry[] = Array.from({ length: 12 }, (_, index) => ({
  index,
  at: Date.UTC(2026, 2, 1) + Math.floor(index / 4) * DAY + index * 60_000,
  slate: `sl_${Math.floor(index / 2)}`,
  subject: index % 2 ? "s_bob" : "s_alice",
  surface: index % 3 ? "home" : "pdp-similar",
  item: `p${index}`,
  itemTitle: `Item ${index}`,
  rank: (index % 2) + 1,
  mode: index % 2 ? "non_profiling" : "personalized",
  templateId: "because-viewed",
  text: `Because you viewed item ${index}`,
  purposes: index % 2 ? [] : ["personalization.browsing"],
  consentEventId: index % 2 ? null : "ce_1",
  provider: `seller-${index % 3}`,
  providerGroup: index % 3 ? "large" : "independent",
  category: `c${index % 4}`,
}));
let verifications = 0;

function Auditor() {
  const [limited, setLimited] = useState(false);
  return (
    <main tabIndex={-1}>
      <PrivacyCenter manager={manager} limited={limited} onOpenSettings={() => {}} myDataUrl="#my-data" />
      <SensitiveLimit manager={manager} limited={limited} onChange={setLimited} />
      <AuditConsole
        entries={entries}
        maxRows={5}
        verify={async () => {
          verifications += 1;
          return verifications === 1
            ? { ok: true, size: entries.length }
            : { ok: false, size: entries.length, firstBadIndex: 7, reason: "Its hash does not match." };
        }}
      />
    </main>
  );
}

declare global {
  interface Window {
    candorTest: {
      readonly recorded: typeof recorded;
      readonly state: () => ReturnType<typeof manager.getState>;
      readonly can: (purpose: string) => boolean;
      readonly view: (item: string) => Promise<unknown>;
    };
  }
}

window.candorTest = {
  recorded,
  state: () => manager.getState(),
  can: (purpose) => manager.can(purpose),
  view: (item) =>
    vault.append(
      { type: "view", subject: manager.getState().subject, item, at: Date.now() },
      manager.getState(),
    ),
};

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      {new URLSearchParams(location.search).get("part") === "auditor" ? <Auditor /> : <App />}
    </StrictMode>,
  );
document.documentElement.dataset.ready = "true";
