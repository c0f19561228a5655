import type { Result } from "../internal/result.ts";
import type { VaultRecord } from "./types.ts";
/** Validates a record read back from storage; a failure names the path and the reason. */
export declare function safeParseVaultRecord(value: unknown): Result<VaultRecord, {
    path: string;
    reason: string;
}>;
