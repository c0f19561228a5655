/**
 * The vault the serving pipeline sees: a router over per-request subject vaults. Before a request runs, the server
 * hydrates the subject's vault from the database (`createVault` over {@link sqlVaultStorage}); `view` and `append`
 * are routed to it by subject. A subject that is not hydrated throws, which the pipeline turns into a
 * non-personalized slate (deny by default), never another subject's data.
 */

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
  /** Subjects hydrated right now (a gauge). */
  active(): number;
}

/** Creates the router over `db`. */
export function subjectVaults(db: Db, keys: SubjectKeys, policy: Policy, clock: () => number): SubjectVaults {
  const open = new Map<string, { vault: Promise<Vault>; users: number }>();
  const ready = new Map<string, Vault>();

  const hydrate = async (subject: string): Promise<Vault> => {
    let failed: unknown = null;
    const vault = createVault({
      policy,
      clock,
      storage: sqlVaultStorage(db, keys, subject),
      onError: (issue) => {
        if (issue.code === "storage-read") failed = issue.cause ?? issue.message;
      },
    });
    await vault.ready;
    if (failed !== null) throw new StorageUnavailableError("vault", failed);
    return vault;
  };

  const route = (subject: string): Vault => {
    const vault = ready.get(subject);
    if (!vault) throw new Error(`the vault of this subject is not loaded for this request`);
    return vault;
  };

  return {
    vault: {
      view: (decision) => route(decision.subject).view(decision),
      append: (event, consent) => route(consent.subject).append(event, consent),
    },
    async with(subject, work) {
      let slot = open.get(subject);
      if (!slot) {
        slot = { vault: hydrate(subject), users: 0 };
        open.set(subject, slot);
      }
      slot.users++;
      try {
        const vault = await slot.vault;
        ready.set(subject, vault);
        return await work(vault);
      } finally {
        slot.users--;
        if (slot.users === 0 && open.get(subject) === slot) {
          open.delete(subject);
          ready.delete(subject);
        }
      }
    },
    active: () => open.size,
  };
}
