/** Test support (not exported): an explanation log in memory with fresh keys, and a log whose appends fail. */
import { createExplanationLog, type ExplanationLog } from "../../audit/explanation-log.ts";
import { createLogSigner } from "../../audit/log-signer.ts";
import { type MemoryLogState, memoryLogStorage } from "../../audit/memory-log-storage.ts";
import { createPseudonymizer, generatePseudonymKey } from "../../audit/pseudonymizer.ts";

/** A memory log, its state (records, heads) and the public key that verifies it. */
export async function memoryLog(): Promise<{
  log: ExplanationLog;
  state: MemoryLogState;
  publicKey: Awaited<ReturnType<typeof createLogSigner>>["publicKey"];
}> {
  const signer = await createLogSigner();
  const state: MemoryLogState = { records: [], heads: [], keys: new Map() };
  const log = createExplanationLog({
    storage: memoryLogStorage(state),
    signer,
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    schedule: null,
  });
  await log.ready;
  return { log, state, publicKey: signer.publicKey };
}

/** A log whose every append rejects, for degradation tests. */
export function failingLog(message = "disk full"): {
  append(): Promise<never>;
  appendConsent(): Promise<never>;
  appendNotice(): Promise<never>;
} {
  const fail = () => Promise.reject(new Error(message));
  return { append: fail, appendConsent: fail, appendNotice: fail };
}
