/**
 * Adapter to `@candor/core/audit`, the tamper-evident explanation log. Until that module lands this is a stand-in: the
 * served slates are kept in memory, one entry per served item, each chained to the previous one by SHA-256 (Web
 * Crypto), so that verification can name the first changed entry. Replace the body of {@link createDemoAuditLog} with
 * the core log (Merkle tree, signed tree heads, IndexedDB) and keep the {@link DemoAuditLog} interface.
 */
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
  /** Appends one entry per served item of `slate`, with the explanation that was shown for it. */
  record(slate: Slate, explanations: readonly Explanation[]): void;
  /** The entries, oldest first; the same array until something is appended or changed. */
  getState(): readonly AuditConsoleEntry[];
  subscribe(listener: () => void): () => void;
  /** Recomputes every entry's hash and compares it with the one logged; names the first that differs. */
  verify(): Promise<AuditVerification>;
  /** Demo only: changes the stored text of entry `index` behind the log's back, to show that verification catches it. */
  tamper(index: number): boolean;
  /** The explanations served to `subject`, for the access export (GDPR Art. 15). */
  explanationsOf(subject: string): readonly AuditConsoleEntry[];
}

const GENESIS = "0".repeat(64);

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Creates the demo's explanation log; `facts` describes items for the console. */
export function createDemoAuditLog(facts: (item: string) => ItemFacts): DemoAuditLog {
  let entries: readonly AuditConsoleEntry[] = [];
  const hashes: string[] = [];
  const listeners = new Set<() => void>();
  let chain: Promise<void> = Promise.resolve();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const digestOf = (previous: string, entry: AuditConsoleEntry) =>
    sha256Hex(`${previous}\n${JSON.stringify(entry)}`);

  return {
    record(slate, explanations) {
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
      chain = chain.then(async () => {
        for (const entry of added) {
          hashes[entry.index] = await digestOf(hashes[entry.index - 1] ?? GENESIS, entry);
        }
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
      let previous = GENESIS;
      for (const entry of entries) {
        const digest = await digestOf(previous, entry);
        if (digest !== hashes[entry.index]) {
          return { ok: false, size: entries.length, firstBadIndex: entry.index };
        }
        previous = digest;
      }
      return { ok: true, size: entries.length };
    },
    tamper(index) {
      const entry = entries[index];
      if (!entry) return false;
      const changed = Object.freeze({ ...entry, text: `${entry.text} (edited)` });
      entries = entries.map((e) => (e.index === index ? changed : e));
      notify();
      return true;
    },
    explanationsOf: (subject) => entries.filter((e) => e.subject === subject),
  };
}
