import { describe, expect, it, vi } from "vitest";
import {
  type ConsentManager,
  type ConsentManagerOptions,
  createConsentManager,
} from "../../consent/index.ts";

import { toConsentReceipt } from "../../consent/receipts.ts";
import type { SubjectExport, VaultErasureReceipt } from "../../policy/types.ts";
import type { MyDataTexts, PrivacyTexts } from "../texts.ts";
import {
  createMyDataModel,
  myDataStatusText,
  privacyCenterView,
  receiptFactsView,
  storedDataView,
} from "./index.ts";

/**
 * A consent manager that has finished loading: where `createConsentManager` returns the page's manager (which loads
 * the full one with `import()`), its `ready` is awaited, so choices apply at once as the models expect.
 */
async function loadedManager(options: ConsentManagerOptions): Promise<ConsentManager> {
  const manager = createConsentManager(options);
  await (manager as { readonly ready?: Promise<void> }).ready;
  return manager;
}

const myData: MyDataTexts = {
  title: "My data",
  intro: "Your data",
  exportButton: "Export",
  eraseButton: "Erase",
  exported: "Exported {events} events and {consentEvents} consent events.",
  failed: "Failed: {message}",
  erased: "Erased.",
  receiptTitle: "Receipt",
  downloadReceipt: "Download",
  eraseConfirmTitle: "Erase?",
  eraseConfirmText: "Sure?",
  eraseConfirm: "Erase",
  cancel: "Cancel",
  stored: {
    heading: "Stored",
    loading: "Loading",
    noEvents: "No events",
    events: "{count} events",
    eventKind: "{kind}: {count}",
    kinds: { view: "Views" },
    consentHeading: "Consent",
    noConsent: "No consent",
    consentEvent: "{type}: {granted}",
    consentTypes: { given: "Given" },
    nothingGranted: "nothing",
    derivedHeading: "Derived",
    noDerived: "Nothing derived",
    derivedItem: "{name}: {value}",
  },
  receipt: {
    erasedAt: "Erased at",
    subject: "Subject",
    events: "Events",
    consentEvents: "Consent events",
    also: "Also",
    proof: "Proof",
  },
};

const categories = { "pd:BrowsingBehavior": "What you view" };

const exported = (subject: string, events: number): SubjectExport =>
  ({
    schema: "candor.subject-export/1",
    subject,
    exportedAt: 0,
    consentRecord: null,
    events: Array.from({ length: events }, (_, i) => ({
      type: "view",
      subject,
      item: `p${i}`,
      at: Date.UTC(2026, 0, 1),
    })),
    hideRequests: [],
    derived: { countsByCategory: { "pd:BrowsingBehavior": events, "pd:Purchase": 0 } },
    explanations: [],
  }) as unknown as SubjectExport;

const vaultReceipt = (subject: string): VaultErasureReceipt =>
  ({
    schema: "candor.erasure-receipt/1",
    subject,
    erasedAt: Date.UTC(2026, 0, 2),
    events: 2,
    hideRequests: 0,
    storageRecords: 2,
    derived: [],
    digest: "sha256:abc",
  }) as VaultErasureReceipt;

describe("my data model", () => {
  it("exports, then erases after confirmation with a receipt naming what the shop removed", async () => {
    const manager = await loadedManager({ region: "DE" });
    manager.acceptAll();
    const subject = manager.getState().subject;
    const vault = {
      export: vi.fn(async (s: string) => exported(s, 2)),
      erase: vi.fn(async (s: string) => vaultReceipt(s)),
    };
    const onErased = vi.fn();
    const model = createMyDataModel(() => ({ vault, manager, onErase: () => ["statistics"], onErased }));
    await model.exportData();
    expect(myDataStatusText(model.store.getState().status, myData, "en")).toBe(
      "Exported 2 events and 0 consent events.",
    );
    model.askErase();
    expect(model.store.getState().confirming).toBe(true);
    model.cancelErase();
    expect(model.store.getState().confirming).toBe(false);
    expect(vault.erase).not.toHaveBeenCalled();
    await model.erase();
    const { status, busy } = model.store.getState();
    expect(busy).toBe(false);
    expect(vault.erase).toHaveBeenCalledWith(subject);
    expect(status.kind).toBe("erased");
    expect(onErased).toHaveBeenCalledOnce();
    expect(manager.getState().subject).not.toBe(subject);
    if (status.kind !== "erased") return;
    expect(status.receipt.also).toEqual(["statistics"]);
    const facts = receiptFactsView(status.receipt, myData, "en");
    expect(facts.facts.map((f) => f.term)).toEqual([
      "Erased at",
      "Subject",
      "Events",
      "Consent events",
      "Also",
    ]);
    expect(facts.proof).toEqual({ term: "Proof", digest: "sha256:abc" });
  });

  it("reports a failing export in words and keeps the page usable", async () => {
    const manager = await loadedManager({ region: "DE" });
    const vault = {
      export: async () => {
        throw new Error("storage unavailable");
      },
      erase: async (s: string) => vaultReceipt(s),
    };
    const model = createMyDataModel(() => ({ vault, manager }));
    await model.exportData();
    expect(myDataStatusText(model.store.getState().status, myData, "en")).toBe("Failed: storage unavailable");
    expect(model.store.getState().busy).toBe(false);
  });

  it("drops a stored-data read that finishes after its cleanup", async () => {
    const manager = await loadedManager({ region: "DE" });
    const vault = {
      export: async (s: string) => exported(s, 1),
      erase: async (s: string) => vaultReceipt(s),
    };
    const model = createMyDataModel(() => ({ vault, manager }));
    model.refresh()();
    await Promise.resolve();
    expect(model.store.getState().stored).toBeNull();
    model.refresh();
    await vi.waitFor(() => expect(model.store.getState().stored).not.toBeNull());
  });

  it("says what is stored in words: events by kind and derived counts above zero", async () => {
    const manager = await loadedManager({ region: "DE" });
    const view = storedDataView(exported("s", 3), manager, myData, categories, "en");
    expect(view.events).toBe("3 events");
    expect(view.kinds.map((k) => k.text)).toEqual(["Views: 3"]);
    expect(view.derived.map((d) => d.text)).toEqual(["What you view: 3"]);
    expect(storedDataView(exported("s", 0), manager, myData, categories, "en").events).toBeNull();
  });
});

const center = {
  title: "Privacy",
  on: "On",
  off: "Off",
  nothingGranted: "nothing",
  choicesHeading: "Choices",
  rules: "Rules: {rules}.",
  regimes: { gdpr: "GDPR" },
  chosen: "Chosen {date}, until {expires}.",
  defaults: "Defaults apply.",
  notChosen: "Not chosen yet.",
  minor: "Minor.",
  gpc: "GPC seen.",
  gpcHonored: "GPC honored.",
  limited: "Limited.",
  change: "Change",
  receiptHeading: "Receipt",
  receiptIntro: "On {date} you allowed {purposes}.",
  showReceipt: "Show",
  downloadReceipt: "Download",
  receiptNone: "No receipt yet.",
  myData: "See {link} for more.",
  myDataLink: "My data",
  howHeading: "How",
  summary: "Summary.",
  reranked: "Re-ranked.",
  parametersHeading: "Parameters",
  importance: { high: "high" },
  parameters: { popularity: "Popularity: what many buy" },
  optionsHeading: "Options",
  options: ["a", "b", "c", "d"],
  protectionsHeading: "Protections",
  protections: ["p1", "p2", "p3"],
} satisfies PrivacyTexts;

describe("privacy center model", () => {
  it("states the rules and that nothing was chosen yet, without a receipt", async () => {
    const manager = await loadedManager({ region: "DE" });
    const state = manager.getState();
    const view = privacyCenterView({ manager, state, receipt: null, texts: center, locale: "en" });
    expect(view.notes).toBe(
      `Rules: ${center.regimes[state.regime.id as "gdpr"] ?? state.regime.id}. Not chosen yet.`,
    );
    expect(view.receipt).toBeNull();
    expect(view.purposes.every((p) => p.state === "Off")).toBe(true);
    expect(view.myData).toEqual({ before: "See ", link: "My data", after: " for more." });
    expect(view.how).toBeNull();
  });

  it("after a choice shows the receipt and the main parameters split at their colon", async () => {
    const manager = await loadedManager({ region: "DE" });
    manager.acceptAll();
    const state = manager.getState();
    const disclosure = {
      surface: "home",
      summary: "",
      mainParameters: [{ parameter: "popularity", importance: "high", description: "x" }],
      options: ["1", "2", "3", "4"],
      filters: [],
      protections: ["a", "b", "no recommendations or ads to minors"],
    };
    const view = privacyCenterView({
      manager,
      state,
      receipt: toConsentReceipt(manager, "en"),
      texts: center,
      locale: "en",
      disclosure: disclosure as never,
      limited: true,
    });
    expect(view.notes).toContain("Chosen ");
    expect(view.notes.endsWith("Limited.")).toBe(true);
    expect(view.receipt?.intro).toMatch(/^On .+ you allowed .+\.$/);
    expect(view.how?.summary).toBe("Summary. Re-ranked.");
    expect(view.how?.parameters).toEqual([
      { key: "popularity", name: "Popularity", importance: "high", rest: ": what many buy" },
    ]);
    expect(view.how?.options).toHaveLength(4);
    expect(view.how?.protections).toEqual(["p1", "p2", "p3"]);
  });
});
