/**
 * The demo's explanation log: `@candor/core/audit` (RFC 6962 Merkle tree, signed tree heads with Web Crypto ECDSA
 * P-256, personal bodies sealed per pseudonym) in memory. The console shows each entry as served; verification
 * re-checks the stored records against the signed heads and names the first bad entry.
 */
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  type ExplanationLog,
  generatePseudonymKey,
  type LogPublicKey,
  type MemoryLogState,
  memoryLogStorage,
  servedItems,
  verifyLog,
} from "@candor/core/audit";
import type { ConsentState } from "@candor/core/consent";
import type { Explanation } from "@candor/core/explain";
import type { Slate } from "@candor/core/recommend";
import type { AuditConsoleEntry, AuditVerification } from "@candor/preact";

/** What the log knows about an item besides its id (for the console's columns and charts). */
export interface ItemFacts {
  readonly title?: string;
  readonly provider?: string;
  readonly providerGroup?: string;
  readonly category?: string;
}

/** The explanation log as the demo uses it. */
export interface DemoAuditLog {
  /** Appends one entry per served item of `slate`, with the explanation shown and the consent state in force. */
  record(slate: Slate, explanations: readonly Explanation[], consent: ConsentState): void;
  /** The entries, oldest first; the same array until something is appended or changed. */
  getState(): readonly AuditConsoleEntry[];
  subscribe(listener: () => void): () => void;
  /** Verifies the stored log (leaves, signed tree heads, consistency); names the first bad entry. */
  verify(): Promise<AuditVerification>;
  /** Demo only: changes a stored entry behind the log's back, to show that verification catches it. */
  tamper(index: number): boolean;
  /** The explanations served to `subject`, for the access export (GDPR Art. 15). */
  explanationsOf(subject: string): readonly AuditConsoleEntry[];
}

/** Creates the demo's explanation log; `facts` describes items for the console, `disclosureVersion` is logged. */
export function createDemoAuditLog(
  facts: (item: string) => ItemFacts,
  disclosureVersion = "demo",
): DemoAuditLog {
  let entries: readonly AuditConsoleEntry[] = [];
  const listeners = new Set<() => void>();
  const state: MemoryLogState = { records: [], heads: [], keys: new Map() };
  let publicKey: LogPublicKey | undefined;
  const opened: Promise<ExplanationLog> = createLogSigner().then(async (signer) => {
    publicKey = signer.publicKey;
    const log = createExplanationLog({
      storage: memoryLogStorage(state),
      signer,
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
      schedule: null,
      headEvery: 50,
      onError: (issue) => console.warn(`[candor log] ${issue.code}: ${issue.message}`),
    });
    await log.ready;
    return log;
  });
  let chain: Promise<unknown> = opened;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    record(slate, explanations, consent) {
      const added = slate.items.map((item, i): AuditConsoleEntry => {
        const explanation = explanations[i];
        const about = facts(item.item);
        return Object.freeze({
          index: entries.length + i,
          at: slate.at,
          slate: slate.id,
          subject: slate.subject,
          surface: slate.surface,
          item: item.item,
          ...(about.title === undefined ? {} : { itemTitle: about.title }),
          rank: item.rank,
          mode: slate.mode,
          templateId: explanation?.templateId ?? "",
          text: explanation?.text ?? "",
          purposes: explanation?.basis.map((b) => b.purpose) ?? [],
          consentEventId: slate.decision.consentEventId,
          ...(about.provider === undefined ? {} : { provider: about.provider }),
          ...(about.providerGroup === undefined ? {} : { providerGroup: about.providerGroup }),
          ...(about.category === undefined ? {} : { category: about.category }),
        });
      });
      if (added.length === 0) return;
      entries = [...entries, ...added];
      const items = servedItems(slate, explanations, {
        consent,
        disclosureVersion,
        itemFacts: (id) => ({ provider: facts(id).provider ?? null, category: facts(id).category ?? null }),
      });
      chain = chain.then(async () => {
        const log = await opened;
        const result = await log.safeAppend(items);
        if (!result.ok) console.warn(`[candor log] ${result.error.message}`);
      });
      notify();
    },
    getState: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async verify() {
      await chain;
      const log = await opened;
      await log.treeHead();
      if (!publicKey) return { ok: false, size: state.records.length, firstBadIndex: 0 };
      const result = await verifyLog(state.records, state.heads, publicKey);
      return result.ok
        ? { ok: true, size: result.size }
        : { ok: false, size: state.records.length, firstBadIndex: result.index };
    },
    tamper(index) {
      const record = state.records[index] as { entry?: { score?: number } } | undefined;
      const entry = entries[index];
      if (!record?.entry || !entry) return false;
      state.records[index] = { ...record, entry: { ...record.entry, score: (record.entry.score ?? 0) + 1 } };
      entries = entries.map((e) =>
        e.index === index ? Object.freeze({ ...e, text: `${e.text} (edited)` }) : e,
      );
      notify();
      return true;
    },
    explanationsOf: (subject) => entries.filter((e) => e.subject === subject),
  };
}
