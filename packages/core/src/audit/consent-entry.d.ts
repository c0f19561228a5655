/**
 * Consent events and notices as log entries (contract 3; GDPR Art. 7(1), 5(2)): the committed part holds what the
 * event did (type, per-purpose grants, notice, regime, region, how it was given) and nothing that identifies the
 * subject; the event id, its hash, its place in the record's chain and the subject's pseudonym are sealed in the
 * body. A notice entry holds the purposes a notice declares and their data categories, for "declared vs used".
 */
import * as z from "zod/mini";
import type { Result } from "../internal/result.ts";
import type { SchemaIssue } from "./log-entry.ts";
import { type Sha256 } from "./sha256.ts";
import type { ConsentBody, ConsentLogEntry, ConsentLogItem, NoticeLogEntry, NoticeLogItem, SubjectPseudonym } from "./types.ts";
/** A consent event as `appendConsent` accepts it (unknown fields are kept in its hash, ignored otherwise). */
export declare const consentLogItemSchema: z.ZodMiniObject<{
    subject: z.ZodMiniString<string>;
    recordId: z.ZodMiniString<string>;
    event: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        at: z.ZodMiniInt;
        type: z.ZodMiniEnum<{
            expired: "expired";
            given: "given";
            "gpc-honored": "gpc-honored";
            "notice-changed": "notice-changed";
            notified: "notified";
            refused: "refused";
            withdrawn: "withdrawn";
        }>;
        purposes: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniObject<{
            granted: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        changed: z.ZodMiniArray<z.ZodMiniString<string>>;
        via: z.ZodMiniObject<{
            kind: z.ZodMiniString<string>;
            control: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strip>;
        notice: z.ZodMiniObject<{
            id: z.ZodMiniString<string>;
            version: z.ZodMiniString<string>;
            hash: z.ZodMiniString<string>;
        }, z.core.$strip>;
        regime: z.ZodMiniEnum<{
            cpra: "cpra";
            gdpr: "gdpr";
            "opt-in": "opt-in";
            "opt-out": "opt-out";
            strictest: "strictest";
        }>;
        region: z.ZodMiniNullable<z.ZodMiniString<string>>;
        prev: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        hash: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>;
}, z.core.$strip>;
/** A notice as `appendNotice` accepts it. */
export declare const noticeLogItemSchema: z.ZodMiniObject<{
    notice: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
        hash: z.ZodMiniString<string>;
    }, z.core.$strip>;
    at: z.ZodMiniOptional<z.ZodMiniInt>;
    purposes: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        dpv: z.ZodMiniString<string>;
        basis: z.ZodMiniEnum<{
            consent: "consent";
            contract: "contract";
            "explicit-consent": "explicit-consent";
            "legal-obligation": "legal-obligation";
            "legitimate-interest": "legitimate-interest";
        }>;
        dataCategories: z.ZodMiniArray<z.ZodMiniString<string>>;
        special: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        saleOrSharing: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        directMarketing: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
/**
 * The hash of a consent event as contract 2 defines it: lowercase hex SHA-256 of the canonical JSON of the event
 * without its `hash` field.
 */
export declare function consentEventHash(event: object): string;
/**
 * Validates a consent item and checks (or computes) its event hash. A stated `hash` that does not match the event is
 * an error: the log never commits an event that its own record would not recognize.
 */
export declare function safeParseConsentItem(value: unknown): Result<{
    item: ConsentLogItem;
    eventHash: string;
}, SchemaIssue>;
/** Validates a notice item. */
export declare function safeParseNoticeItem(value: unknown): Result<NoticeLogItem, SchemaIssue>;
/** Splits a validated consent item into its committed entry and sealed body (keys built in sorted order). */
export declare function splitConsentItem(item: ConsentLogItem, eventHash: string, resolved: {
    readonly id: string;
    readonly subject: SubjectPseudonym;
    readonly salt: Uint8Array;
}, hash?: Sha256): {
    entry: ConsentLogEntry;
    body: ConsentBody;
    bodyText: string;
};
/** The committed entry of a validated notice item. */
export declare function noticeEntry(item: NoticeLogItem, resolved: {
    readonly id: string;
    readonly at: number;
}): NoticeLogEntry;
