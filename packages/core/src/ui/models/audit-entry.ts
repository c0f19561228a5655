/** The shapes the audit console reads: one log entry per served item, and the outcome of verifying the log. */

/** One explanation-log entry as the audit console shows it: one served item of one slate. */
export interface AuditConsoleEntry {
  /** Position in the log, from 0; verification names the first bad one. */
  readonly index: number;
  /** When the slate was served, epoch milliseconds. */
  readonly at: number;
  /** The slate id; entries of one slate share it. */
  readonly slate: string;
  /** Pseudonymous subject id. */
  readonly subject: string;
  /** Where the slate was shown, e.g. `"home"`. */
  readonly surface: string;
  readonly item: string;
  readonly itemTitle?: string;
  /** 1-based position in the slate. */
  readonly rank: number;
  readonly mode: "personalized" | "non_profiling";
  /** The explanation's template id and text, as served. */
  readonly templateId: string;
  readonly text: string;
  /** The purposes the served explanation relied on (GDPR Art. 6(1), 7(1)). */
  readonly purposes: readonly string[];
  /** The consent event in force when the slate was served. */
  readonly consentEventId: string | null;
  /** The seller or provider, for exposure reports. */
  readonly provider?: string;
  /** The provider's group, e.g. `"large"` or `"independent"`. */
  readonly providerGroup?: string;
  /** The item's category, for diversity reports. */
  readonly category?: string;
}

/** The outcome of verifying the log: intact, or the first entry that does not match. */
export type AuditVerification =
  | {
      readonly ok: true;
      readonly size: number;
      /** Of `size`: served items, consent events and notices, when the log knows its kinds. */
      readonly served?: number;
      readonly consent?: number;
      readonly notices?: number;
    }
  | {
      readonly ok: false;
      readonly size: number;
      /** Index of the first entry whose content no longer matches what was logged. */
      readonly firstBadIndex: number;
      readonly reason?: string;
    };
