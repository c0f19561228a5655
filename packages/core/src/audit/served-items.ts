/**
 * From a served slate to log entries: one {@link ServedItem} per item (DESIGN.md invariant 5), with the explanation
 * shown, the consent state it was served under (a hash of it, GDPR Art. 7(1)), and the versions in force
 * (DSA Art. 27). Pure: the pipeline calls it and hands the result to `log.append`.
 */
import type { ConsentState } from "../consent/types.ts";
import type { Explanation } from "../explain/explain.ts";
import { canonicalJson } from "../internal/canonical-json.ts";
import type { Slate } from "../serve/types.ts";
import { toHex, utf8 } from "./bytes.ts";
import { consentEventHash } from "./consent-entry.ts";
import { sha256 } from "./sha256.ts";
import type { ConsentStatus, ServedItem } from "./types.ts";

/** What the slate itself does not say. */
export interface ServedContext {
  /** The consent state the slate was served under (`consentManager.getState()`). */
  readonly consent: ConsentState;
  /** Version of the recommender disclosure shown (DSA Art. 27), e.g. the `describeRecommender` version. */
  readonly disclosureVersion: string;
  /** Provider and catalog category of an item, for exposure reports; default none. */
  readonly itemFacts?: (
    item: string,
  ) => { readonly provider?: string | null; readonly category?: string | null } | undefined;
  /** The personalization consent's standing when the slate does not show it; default derived from the decision. */
  readonly consentStatus?: ConsentStatus;
  /** When personalization consent was last withdrawn, if the state in force reflects that; default `null`. */
  readonly withdrawnAt?: number | null;
  /** The holdout arm of the subject (`assignArm` in `@candor/core/measure`); default the slate's `arm`. */
  readonly arm?: string | null;
  /**
   * The consent event the slate rested on (its `id` and `hash`, contract 2), cited in every entry; default
   * `consent.lastEvent`, else only `consent.lastEventId`. A missing hash is computed from the event as the log does.
   */
  readonly consentEvent?: { readonly id: string; readonly hash?: string } | null;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The consent event an entry cites: from the context, else the state's `lastEvent` (read defensively), else its id. */
function citedEvent(context: ServedContext): { id: string | null; hash: string | null } {
  const of = (event: unknown): { id: string | null; hash: string | null } => {
    const e = event as { id?: unknown; hash?: unknown } | null;
    if (typeof e?.id !== "string" || e.id === "") return { id: null, hash: null };
    if (typeof e.hash === "string" && HEX64.test(e.hash)) return { id: e.id, hash: e.hash };
    return { id: e.id, hash: "at" in e ? consentEventHash(e) : null };
  };
  if (context.consentEvent !== undefined) return of(context.consentEvent);
  const last = (context.consent as { lastEvent?: unknown }).lastEvent;
  if (last !== undefined && last !== null) return of(last);
  const id = context.consent.lastEventId;
  return { id: typeof id === "string" && id !== "" ? id : null, hash: null };
}

/** SHA-256 (hex) of the canonical JSON of a consent state. */
export function consentStateHash(state: ConsentState): string {
  return toHex(sha256(utf8(canonicalJson(state))));
}

/** One served item per slate item, matched to its explanation by item id. */
export function servedItems(
  slate: Slate,
  explanations: readonly Explanation[],
  context: ServedContext,
): ServedItem[] {
  const byItem = new Map(explanations.map((e) => [e.item, e]));
  const arm = context.arm !== undefined ? context.arm : (slate.arm?.arm ?? undefined);
  const { consent } = context;
  const stateHash = consentStateHash(consent);
  const status = context.consentStatus ?? statusOf(slate, consent);
  const event = citedEvent(context);
  return slate.items.map((item, n) => {
    const explanation = byItem.get(item.item) ?? explanations[n];
    const facts = context.itemFacts?.(item.item);
    const purposes = [...new Set((explanation?.basis ?? []).map((b) => b.purpose))];
    return {
      at: slate.at,
      surface: slate.surface,
      slateId: slate.id,
      rank: item.rank,
      subject: slate.subject,
      jurisdiction: consent.regime.region,
      minor: consent.minor,
      mode: slate.mode,
      item: item.item,
      category: facts?.category ?? null,
      provider: facts?.provider ?? null,
      score: item.score,
      contributions: item.contributions,
      effects: item.effects,
      explanation: { templateId: explanation?.templateId ?? "none", text: explanation?.text ?? "" },
      dataCategories: explanation?.dataCategories ?? [],
      legalBasis: {
        basis: slate.mode === "personalized" ? "consent" : null,
        purposes,
        consent: status,
        consentRecordId: consent.recordId === "" ? null : consent.recordId,
        consentStateHash: stateHash,
        withdrawnAt: context.withdrawnAt ?? withdrawalInForce(consent),
        consentEventId: event.id,
        consentEventHash: event.hash,
      },
      versions: {
        model: slate.versions.model,
        policy: slate.versions.rules,
        disclosure: context.disclosureVersion,
      },
      controls: (explanation?.controls ?? []).map((c) => c.kind),
      ...(arm === undefined ? {} : { arm }),
    };
  });
}

/** When the consent in force was given by a withdrawal, its time (the newest event, when the state carries it). */
function withdrawalInForce(consent: ConsentState): number | null {
  const last = (consent as { readonly lastEvent?: { readonly type?: unknown; readonly at?: unknown } | null })
    .lastEvent;
  return last?.type === "withdrawn" && typeof last.at === "number" ? last.at : null;
}

function statusOf(slate: Slate, consent: ConsentState): ConsentStatus {
  if (slate.mode === "personalized") return "valid";
  switch (slate.decision.reason) {
    case "non-personalized-chosen":
      return "valid";
    case "no-personalization":
      return "refused";
    default:
      return consent.status === "expired" ? "expired" : "none";
  }
}
