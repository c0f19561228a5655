/** Test support (not exported): an explanation log in memory with fresh keys, and a log whose appends fail. */
import { type ExplanationLog } from "../../audit/explanation-log.ts";
import { createLogSigner } from "../../audit/log-signer.ts";
import { type MemoryLogState } from "../../audit/memory-log-storage.ts";
/** A memory log, its state (records, heads) and the public key that verifies it. */
export declare function memoryLog(): Promise<{
    log: ExplanationLog;
    state: MemoryLogState;
    publicKey: Awaited<ReturnType<typeof createLogSigner>>["publicKey"];
}>;
/** A log whose every append rejects, for degradation tests. */
export declare function failingLog(message?: string): {
    append(): Promise<never>;
    appendConsent(): Promise<never>;
    appendNotice(): Promise<never>;
};
