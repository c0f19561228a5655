/** Fixtures shared by the audit module's tests (not exported): served items, consent items and a notice. */
import type { ConsentLogItem, NoticeLogItem, ServedItem } from "./types.ts";

/** The notice the fixtures' consent events were given under. */
export const NOTICE = { id: "candor-default", version: "1", hash: "c".repeat(64) } as const;

/** A served personalized item of `subject`, citing `event` (its id and hash). */
export function servedItem(
  subject: string,
  n: number,
  overrides: Partial<ServedItem> = {},
  event: { id: string; hash: string } | null = null,
): ServedItem {
  return {
    at: 1_767_225_600_000 + n * 1000,
    surface: "home",
    slateId: `slate-${n}`,
    rank: 1,
    subject,
    jurisdiction: "DE",
    minor: false,
    mode: "personalized",
    item: `item-${n}`,
    category: "outdoor",
    provider: "seller-a",
    score: 0.9,
    contributions: [
      {
        scorer: "item-knn",
        evidence: {
          kind: "item",
          item: `viewed-by-${subject}`,
          event: `ev-${subject}-${n}`,
          dataCategory: "pd:BrowsingBehavior",
        },
        purposes: ["personalization.browsing"],
        raw: 0.5,
        weight: 1,
        amount: 0.5,
      },
      {
        scorer: "search",
        evidence: {
          kind: "search",
          query: `tents for ${subject}`,
          event: `ev-q-${subject}-${n}`,
          dataCategory: "pd:SearchHistory",
        },
        purposes: ["personalization.browsing"],
        raw: 0.3,
        weight: 1,
        amount: 0.3,
      },
      {
        scorer: "popularity",
        evidence: { kind: "global", name: "trending" },
        purposes: [],
        raw: 0.1,
        weight: 1,
        amount: 0.1,
      },
    ],
    effects: [],
    explanation: { templateId: "because-you-viewed", text: `Because you viewed something, ${subject}` },
    dataCategories: ["pd:BrowsingBehavior", "pd:SearchHistory"],
    legalBasis: {
      basis: "consent",
      purposes: ["personalization.browsing"],
      consent: "valid",
      consentRecordId: `cr-${subject}`,
      consentStateHash: "a".repeat(64),
      consentEventId: event?.id ?? null,
      consentEventHash: event?.hash ?? null,
    },
    versions: { model: "m", policy: "p", disclosure: "d" },
    controls: ["why-this"],
    ...overrides,
  };
}

/** A consent event of `subject` that grants (or not) `personalization.browsing`, chained to `prev`. */
export function consentItem(
  subject: string,
  n: number,
  type: ConsentLogItem["event"]["type"],
  granted: boolean,
  prev: string | null = null,
): ConsentLogItem {
  return {
    subject,
    recordId: `cr-${subject}`,
    event: {
      id: `ce-${subject}-${n}`,
      at: 1_767_225_600_000 + n * 1000 - 1,
      type,
      purposes: {
        "personalization.browsing": { granted, dataCategories: ["pd:BrowsingBehavior"], source: "choice" },
      },
      changed: ["personalization.browsing"],
      via: {
        kind: "ui",
        control: granted ? "banner.accept-all" : "settings.withdraw",
        ui: "candor-banner@1",
      },
      notice: NOTICE,
      regime: "gdpr",
      region: "DE",
      prev,
    },
  };
}

/** The notice with the purposes it declares. */
export const noticeItem: NoticeLogItem = {
  notice: NOTICE,
  purposes: [
    {
      id: "personalization.browsing",
      dpv: "dpv:ProvideProductRecommendations",
      basis: "consent",
      dataCategories: ["pd:BrowsingBehavior"],
      title: "Use my browsing",
      description: "Views and carts shape my recommendations.",
    },
  ],
};
