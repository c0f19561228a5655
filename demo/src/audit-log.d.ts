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
export declare function createDemoAuditLog(facts: (item: string) => ItemFacts): Promise<DemoAuditLog>;
