/**
 * Stage 8: the log append. Before the slate's own entries, the log gets what they rest on: the notice that declared
 * the purposes (once per notice) and the consent event in force (once per event; its hash commits to the whole chain
 * before it). Then one entry per served item, citing that event, committed before the slate is returned
 * (DESIGN.md invariants 5 and 7).
 */
import type { AppendedEntry } from "../audit/explanation-log.ts";
import type { ConsentState, Purpose } from "../consent/types.ts";
import type { Explanation } from "../explain/explain.ts";
import type { Result } from "../internal/result.ts";
import type { ServingLog } from "./serving-options.ts";
import type { Slate } from "./types.ts";
/** What the log stage needs besides the slate. */
export interface LogInput {
    readonly consent: ConsentState;
    readonly purposes: readonly Purpose[];
    readonly disclosureVersion: string;
    readonly itemFacts: (item: string) => {
        readonly provider?: string | null;
        readonly category?: string | null;
    };
}
/** Remembers which consent events and notices this process has already committed (bounded). */
export interface CommittedEvidence {
    has(hash: string): boolean;
    add(hash: string): void;
}
/** A bounded set of hashes: the oldest are forgotten first (a forgotten event is at worst committed twice). */
export declare function committedEvidence(capacity?: number): CommittedEvidence;
/** Commits the evidence and the slate's entries; resolves to the slate's entries, or the error (it never rejects). */
export declare function logSlate(log: ServingLog, slate: Slate, explanations: readonly Explanation[], input: LogInput, committed: CommittedEvidence): Promise<Result<readonly AppendedEntry[], unknown>>;
