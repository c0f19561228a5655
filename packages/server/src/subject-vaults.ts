/**
 * The vault the serving pipeline sees: a router over per-request subject vaults. Before a request runs, the server
 * hydrates the subject's vault from the database (`createVault` over {@link sqlVaultStorage}); `view` and `append`
 * are routed to it by subject. A subject that is not hydrated throws, which the pipeline turns into a
 * non-personalized slate (deny by default), never another subject's data.
 *
 * A batch of interactions only appends: whether an interaction is stored depends on the consent and the policy, never
 * on the subject's history (only a hide request needs the events before it). Such a request gets a write-only vault
 * of its own that loads nothing and writes in the request's transaction, so an ingest costs the same for a subject
 * with ten events or ten thousand and commits with its outcomes; views (and a hide request's appends) go to a fully
 * loaded vault of the subject.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { createVault, type Policy, type Vault } from "@candor/core/policy";
import type { ServingVault } from "@candor/core/serve";
import type { Db } from "./db.ts";
import { StorageUnavailableError } from "./errors.ts";
import type { SubjectKeys } from "./subject-keys.ts";
import { sqlVaultStorage } from "./vault-storage.ts";

/** The router and how to hydrate a subject for the length of one request. */
export interface SubjectVaults {
  readonly vault: ServingVault;
  /** Runs `work` with the subject's vault hydrated; rejects with a 503 when its storage cannot be read. */
  with<T>(subject: string, work: (vault: Vault) => Promise<T>): Promise<T>;
  /**
   * Runs `work` with a vault of the subject that only appends (it loads none of the history, and answers no view):
   * for a batch of interactions without hide requests. The vault is this call's own and writes through `q` (a
   * transaction of the caller's, so that the rows commit with whatever else the caller writes there); the subject's
   * appends made within `work` go to it, also while another request has the subject's vault loaded.
   */
  appending<T>(subject: string, work: (vault: Vault) => Promise<T>, q: Db): Promise<T>;
  /** Subjects hydrated right now (a gauge). */
  active(): number;
}

/** Creates the router over `db`. */
export function subjectVaults(db: Db, keys: SubjectKeys, policy: Policy, clock: () => number): SubjectVaults {
  type Slot = { vault: Promise<Vault>; users: number };
  const open = new Map<string, Slot>();
  const ready = new Map<string, Vault>();
  let writing = 0;

  // The write-only vault of the `appending` call whose work is running (each call its own, by async context).
  const own = new AsyncLocalStorage<{ subject: string; vault: Vault }>();

  const hydrate = async (subject: string, writeOnly = false, q: Db = db): Promise<Vault> => {
    let failed: unknown = null;
    const storage = sqlVaultStorage(q, keys, subject);
    const vault = createVault({
      policy,
      clock,
      storage: writeOnly ? { ...storage, readAll: async () => [] } : storage,
      onError: (issue) => {
        if (issue.code === "storage-read") failed = issue.cause ?? issue.message;
      },
    });
    await vault.ready;
    if (failed !== null) throw new StorageUnavailableError("vault", failed);
    return vault;
  };

  const route = (subject: string, append = false): Vault => {
    const mine = append ? own.getStore() : undefined;
    if (mine && mine.subject === subject) return mine.vault;
    const vault = ready.get(subject);
    if (!vault) throw new Error(`the vault of this subject is not loaded for this request`);
    return vault;
  };

  /** Runs `work` with the slot of `subject` in `slots` (opened or joined), released after. */
  const within = async <T>(
    slots: Map<string, Slot>,
    live: Map<string, Vault>,
    subject: string,
    work: (vault: Vault) => Promise<T>,
  ): Promise<T> => {
    let slot = slots.get(subject);
    if (!slot) {
      slot = { vault: hydrate(subject), users: 0 };
      slots.set(subject, slot);
    }
    slot.users++;
    try {
      const vault = await slot.vault;
      live.set(subject, vault);
      return await work(vault);
    } finally {
      slot.users--;
      if (slot.users === 0 && slots.get(subject) === slot) {
        slots.delete(subject);
        live.delete(subject);
      }
    }
  };

  return {
    vault: {
      view: (decision) => route(decision.subject).view(decision),
      append: (event, consent) => route(consent.subject, true).append(event, consent),
    },
    with: (subject, work) => within(open, ready, subject, work),
    appending: async (subject, work, q) => {
      writing++;
      try {
        const vault = await hydrate(subject, true, q);
        return await own.run({ subject, vault }, () => work(vault));
      } finally {
        writing--;
      }
    },
    active: () => open.size + writing,
  };
}
