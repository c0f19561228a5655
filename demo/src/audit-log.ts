/**
 * The demo's explanation log: `@candor/core/audit` (RFC 6962 Merkle tree, signed tree heads with Web Crypto ECDSA
 * P-256, personal bodies sealed per subject) in memory. The serving pipeline appends to it — the notice, each consent
 * event a slate rested on, and the served items; the console lists a served entry only once the log has committed
 * it, with its log index, and verification says how many entries of each kind it checked.
 */
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
  type MemoryLogState,
  memoryLogStorage,
  type ServedItem,
  verifyLog,
} from "@candor/core/audit";
import type { ServingLog } from "@candor/core/serve";
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
  /** What the serving pipeline appends to. */
  readonly log: ServingLog;
  /** The committed entries, oldest first; the same array until something is appended or changed. */
  getState(): readonly AuditConsoleEntry[];
  subscribe(listener: () => void): () => void;
  /** Verifies the stored log (leaves, signed tree heads, consistency); names the first bad entry. */
  verify(): Promise<AuditVerification>;
  /** Demo only: changes a stored entry behind the log's back, to show that verification catches it. */
  tamper(index: number): boolean;
  /** The explanations served to `subject`, for the access export (GDPR Art. 15). */
  explanationsOf(subject: string): readonly AuditConsoleEntry[];
}

/** Creates the demo's explanation log; `facts` describes items for the console. */
export async function createDemoAuditLog(facts: (item: string) => ItemFacts): Promise<DemoAuditLog> {
  let entries: readonly AuditConsoleEntry[] = [];
  const listeners = new Set<() => void>();
  const state: MemoryLogState = { records: [], heads: [], keys: new Map() };
  const signer = await createLogSigner();
  const inner = createExplanationLog({
    storage: memoryLogStorage(state),
    signer,
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    schedule: null,
    headEvery: 50,
  });
  await inner.ready;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const row = (item: ServedItem, index: number): AuditConsoleEntry => {
    const about = facts(item.item);
    const cited = item.legalBasis as { readonly consentEventId?: string | null };
    return Object.freeze({
      index,
      at: item.at ?? Date.now(),
      slate: item.slateId,
      subject: item.subject,
      surface: item.surface,
      item: item.item,
      ...(about.title === undefined ? {} : { itemTitle: about.title }),
      rank: item.rank,
      mode: item.mode,
      templateId: item.explanation.templateId,
      text: item.explanation.text,
      purposes: item.legalBasis.purposes,
      consentEventId: cited.consentEventId ?? null,
      ...(about.provider === undefined ? {} : { provider: about.provider }),
      ...(about.providerGroup === undefined ? {} : { providerGroup: about.providerGroup }),
      ...(about.category === undefined ? {} : { category: about.category }),
    });
  };
  let consentEvents = 0;
  let notices = 0;
  return {
    log: {
      async append(items) {
        const appended = await inner.append(items);
        entries = [...entries, ...items.map((item, i) => row(item, appended[i]?.index ?? -1))];
        notify();
        return appended;
      },
      async appendConsent(item) {
        const appended = await inner.appendConsent(item);
        consentEvents++;
        return appended;
      },
      async appendNotice(item) {
        const before = inner.size;
        const appended = await inner.appendNotice(item);
        if (inner.size > before) notices++;
        return appended;
      },
    },
    getState: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async verify() {
      await inner.treeHead();
      const result = await verifyLog(state.records, state.heads, signer.publicKey);
      return result.ok
        ? { ok: true, size: result.size, served: entries.length, consent: consentEvents, notices }
        : { ok: false, size: state.records.length, firstBadIndex: result.index };
    },
    tamper(index) {
      const record = state.records[index] as { entry?: { score?: number } } | undefined;
      if (!record?.entry || !entries.some((e) => e.index === index)) return false;
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
