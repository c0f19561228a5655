/** zod/mini schemas of what crosses the audit module's boundary: served items, committed entries, bodies, records. */
import * as z from "zod/mini";
import type { Result } from "../internal/result.ts";
import type { CommittedEntry, ConsentBody, LogRecord, PersonalBody, ServedItem } from "./types.ts";
/** A served item as `append` accepts it (unknown fields are ignored). */
export declare const servedItemSchema: z.ZodMiniObject<{
    id: z.ZodMiniOptional<z.ZodMiniString<string>>;
    at: z.ZodMiniOptional<z.ZodMiniInt>;
    surface: z.ZodMiniString<string>;
    slateId: z.ZodMiniString<string>;
    rank: z.ZodMiniInt;
    subject: z.ZodMiniString<string>;
    jurisdiction: z.ZodMiniNullable<z.ZodMiniString<string>>;
    minor: z.ZodMiniBoolean<boolean>;
    mode: z.ZodMiniEnum<{
        non_profiling: "non_profiling";
        personalized: "personalized";
    }>;
    item: z.ZodMiniString<string>;
    category: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    provider: z.ZodMiniNullable<z.ZodMiniString<string>>;
    score: z.ZodMiniNumber<number>;
    contributions: z.ZodMiniArray<z.ZodMiniObject<{
        scorer: z.ZodMiniString<string>;
        evidence: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"item">;
            item: z.ZodMiniString<string>;
            event: z.ZodMiniOptional<z.ZodMiniString<string>>;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strip>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"search">;
            query: z.ZodMiniString<string>;
            event: z.ZodMiniOptional<z.ZodMiniString<string>>;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strip>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"context">;
            name: z.ZodMiniString<string>;
            value: z.ZodMiniString<string>;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strip>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"global">;
            name: z.ZodMiniString<string>;
        }, z.core.$strip>], "kind">;
        raw: z.ZodMiniNumber<number>;
        weight: z.ZodMiniNumber<number>;
        amount: z.ZodMiniNumber<number>;
        purposes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    }, z.core.$strip>>;
    effects: z.ZodMiniArray<z.ZodMiniObject<{
        stage: z.ZodMiniString<string>;
        kind: z.ZodMiniString<string>;
        amount: z.ZodMiniNumber<number>;
        message: z.ZodMiniString<string>;
    }, z.core.$strip>>;
    explanation: z.ZodMiniObject<{
        templateId: z.ZodMiniString<string>;
        text: z.ZodMiniString<string>;
    }, z.core.$strip>;
    dataCategories: z.ZodMiniArray<z.ZodMiniString<string>>;
    legalBasis: z.ZodMiniObject<{
        basis: z.ZodMiniNullable<z.ZodMiniEnum<{
            consent: "consent";
            contract: "contract";
            "explicit-consent": "explicit-consent";
            "legal-obligation": "legal-obligation";
            "legitimate-interest": "legitimate-interest";
        }>>;
        purposes: z.ZodMiniArray<z.ZodMiniString<string>>;
        consent: z.ZodMiniEnum<{
            expired: "expired";
            none: "none";
            refused: "refused";
            valid: "valid";
            withdrawn: "withdrawn";
        }>;
        consentRecordId: z.ZodMiniNullable<z.ZodMiniString<string>>;
        consentStateHash: z.ZodMiniNullable<z.ZodMiniString<string>>;
        withdrawnAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniInt>>;
        consentEventId: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        consentEventHash: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    }, z.core.$strip>;
    versions: z.ZodMiniObject<{
        model: z.ZodMiniString<string>;
        policy: z.ZodMiniString<string>;
        disclosure: z.ZodMiniString<string>;
    }, z.core.$strip>;
    controls: z.ZodMiniArray<z.ZodMiniString<string>>;
    arm: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
}, z.core.$strip>;
/** The committed entry, strict: an added or missing field is an error, so nothing hides beside the hashed fields. */
export declare const logEntrySchema: z.ZodMiniObject<{
    v: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniOptional<z.ZodMiniLiteral<"served">>;
    id: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    surface: z.ZodMiniString<string>;
    slateId: z.ZodMiniString<string>;
    rank: z.ZodMiniInt;
    jurisdiction: z.ZodMiniNullable<z.ZodMiniString<string>>;
    minor: z.ZodMiniBoolean<boolean>;
    mode: z.ZodMiniEnum<{
        non_profiling: "non_profiling";
        personalized: "personalized";
    }>;
    item: z.ZodMiniString<string>;
    category: z.ZodMiniNullable<z.ZodMiniString<string>>;
    provider: z.ZodMiniNullable<z.ZodMiniString<string>>;
    score: z.ZodMiniNumber<number>;
    contributions: z.ZodMiniArray<z.ZodMiniObject<{
        scorer: z.ZodMiniString<string>;
        evidence: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"item">;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strict>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"search">;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strict>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"context">;
            name: z.ZodMiniString<string>;
            dataCategory: z.ZodMiniString<string>;
        }, z.core.$strict>, z.ZodMiniObject<{
            kind: z.ZodMiniLiteral<"global">;
            name: z.ZodMiniString<string>;
        }, z.core.$strict>], "kind">;
        raw: z.ZodMiniNumber<number>;
        weight: z.ZodMiniNumber<number>;
        amount: z.ZodMiniNumber<number>;
        purposes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    }, z.core.$strict>>;
    effects: z.ZodMiniArray<z.ZodMiniObject<{
        stage: z.ZodMiniString<string>;
        kind: z.ZodMiniString<string>;
        amount: z.ZodMiniNumber<number>;
        message: z.ZodMiniString<string>;
    }, z.core.$strict>>;
    templateId: z.ZodMiniString<string>;
    dataCategories: z.ZodMiniArray<z.ZodMiniString<string>>;
    legalBasis: z.ZodMiniObject<{
        basis: z.ZodMiniNullable<z.ZodMiniEnum<{
            consent: "consent";
            contract: "contract";
            "explicit-consent": "explicit-consent";
            "legal-obligation": "legal-obligation";
            "legitimate-interest": "legitimate-interest";
        }>>;
        purposes: z.ZodMiniArray<z.ZodMiniString<string>>;
        consent: z.ZodMiniEnum<{
            expired: "expired";
            none: "none";
            refused: "refused";
            valid: "valid";
            withdrawn: "withdrawn";
        }>;
        citation: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    }, z.core.$strict>;
    versions: z.ZodMiniObject<{
        model: z.ZodMiniString<string>;
        policy: z.ZodMiniString<string>;
        disclosure: z.ZodMiniString<string>;
    }, z.core.$strict>;
    controls: z.ZodMiniArray<z.ZodMiniString<string>>;
    arm: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    bodyDigest: z.ZodMiniString<string>;
}, z.core.$strict>;
/** The committed part of a consent entry, strict. */
export declare const consentLogEntrySchema: z.ZodMiniObject<{
    v: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"consent">;
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
    granted: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniBoolean<boolean>>;
    changed: z.ZodMiniArray<z.ZodMiniString<string>>;
    notice: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
        hash: z.ZodMiniString<string>;
    }, z.core.$strict>;
    regime: z.ZodMiniEnum<{
        cpra: "cpra";
        gdpr: "gdpr";
        "opt-in": "opt-in";
        "opt-out": "opt-out";
        strictest: "strictest";
    }>;
    region: z.ZodMiniNullable<z.ZodMiniString<string>>;
    via: z.ZodMiniObject<{
        kind: z.ZodMiniString<string>;
        control: z.ZodMiniNullable<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    bodyDigest: z.ZodMiniString<string>;
}, z.core.$strict>;
/** The committed notice entry, strict. */
export declare const noticeLogEntrySchema: z.ZodMiniObject<{
    v: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"notice">;
    id: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    notice: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
        hash: z.ZodMiniString<string>;
    }, z.core.$strict>;
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
        special: z.ZodMiniBoolean<boolean>;
        saleOrSharing: z.ZodMiniBoolean<boolean>;
        directMarketing: z.ZodMiniBoolean<boolean>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** The personal body of a served entry, as decrypted. */
export declare const personalBodySchema: z.ZodMiniObject<{
    v: z.ZodMiniLiteral<1>;
    subject: z.ZodMiniObject<{
        pseudonym: z.ZodMiniString<string>;
        keyId: z.ZodMiniString<string>;
    }, z.core.$strict>;
    consentRecordId: z.ZodMiniNullable<z.ZodMiniString<string>>;
    consentStateHash: z.ZodMiniNullable<z.ZodMiniString<string>>;
    consentEventId: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    consentEventHash: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
    withdrawnAt: z.ZodMiniNullable<z.ZodMiniInt>;
    explanation: z.ZodMiniString<string>;
    evidence: z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniNull, z.ZodMiniObject<{
        item: z.ZodMiniString<string>;
        event: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>, z.ZodMiniObject<{
        query: z.ZodMiniString<string>;
        event: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>, z.ZodMiniObject<{
        value: z.ZodMiniString<string>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** The sealed body of a consent entry, as decrypted. */
export declare const consentBodySchema: z.ZodMiniObject<{
    v: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"consent">;
    subject: z.ZodMiniObject<{
        pseudonym: z.ZodMiniString<string>;
        keyId: z.ZodMiniString<string>;
    }, z.core.$strict>;
    recordId: z.ZodMiniString<string>;
    eventId: z.ZodMiniString<string>;
    eventHash: z.ZodMiniString<string>;
    prev: z.ZodMiniNullable<z.ZodMiniString<string>>;
}, z.core.$strict>;
/** A stored record (its entry is one of the three committed kinds; a served entry may lack `kind`). */
export declare const logRecordSchema: z.ZodMiniObject<{
    i: z.ZodMiniInt;
    leaf: z.ZodMiniString<string>;
    entry: z.ZodMiniUnion<readonly [z.ZodMiniObject<{
        v: z.ZodMiniLiteral<1>;
        kind: z.ZodMiniOptional<z.ZodMiniLiteral<"served">>;
        id: z.ZodMiniString<string>;
        at: z.ZodMiniInt;
        surface: z.ZodMiniString<string>;
        slateId: z.ZodMiniString<string>;
        rank: z.ZodMiniInt;
        jurisdiction: z.ZodMiniNullable<z.ZodMiniString<string>>;
        minor: z.ZodMiniBoolean<boolean>;
        mode: z.ZodMiniEnum<{
            non_profiling: "non_profiling";
            personalized: "personalized";
        }>;
        item: z.ZodMiniString<string>;
        category: z.ZodMiniNullable<z.ZodMiniString<string>>;
        provider: z.ZodMiniNullable<z.ZodMiniString<string>>;
        score: z.ZodMiniNumber<number>;
        contributions: z.ZodMiniArray<z.ZodMiniObject<{
            scorer: z.ZodMiniString<string>;
            evidence: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
                kind: z.ZodMiniLiteral<"item">;
                dataCategory: z.ZodMiniString<string>;
            }, z.core.$strict>, z.ZodMiniObject<{
                kind: z.ZodMiniLiteral<"search">;
                dataCategory: z.ZodMiniString<string>;
            }, z.core.$strict>, z.ZodMiniObject<{
                kind: z.ZodMiniLiteral<"context">;
                name: z.ZodMiniString<string>;
                dataCategory: z.ZodMiniString<string>;
            }, z.core.$strict>, z.ZodMiniObject<{
                kind: z.ZodMiniLiteral<"global">;
                name: z.ZodMiniString<string>;
            }, z.core.$strict>], "kind">;
            raw: z.ZodMiniNumber<number>;
            weight: z.ZodMiniNumber<number>;
            amount: z.ZodMiniNumber<number>;
            purposes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strict>>;
        effects: z.ZodMiniArray<z.ZodMiniObject<{
            stage: z.ZodMiniString<string>;
            kind: z.ZodMiniString<string>;
            amount: z.ZodMiniNumber<number>;
            message: z.ZodMiniString<string>;
        }, z.core.$strict>>;
        templateId: z.ZodMiniString<string>;
        dataCategories: z.ZodMiniArray<z.ZodMiniString<string>>;
        legalBasis: z.ZodMiniObject<{
            basis: z.ZodMiniNullable<z.ZodMiniEnum<{
                consent: "consent";
                contract: "contract";
                "explicit-consent": "explicit-consent";
                "legal-obligation": "legal-obligation";
                "legitimate-interest": "legitimate-interest";
            }>>;
            purposes: z.ZodMiniArray<z.ZodMiniString<string>>;
            consent: z.ZodMiniEnum<{
                expired: "expired";
                none: "none";
                refused: "refused";
                valid: "valid";
                withdrawn: "withdrawn";
            }>;
            citation: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        }, z.core.$strict>;
        versions: z.ZodMiniObject<{
            model: z.ZodMiniString<string>;
            policy: z.ZodMiniString<string>;
            disclosure: z.ZodMiniString<string>;
        }, z.core.$strict>;
        controls: z.ZodMiniArray<z.ZodMiniString<string>>;
        arm: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        bodyDigest: z.ZodMiniString<string>;
    }, z.core.$strict>, z.ZodMiniObject<{
        v: z.ZodMiniLiteral<1>;
        kind: z.ZodMiniLiteral<"consent">;
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
        granted: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniBoolean<boolean>>;
        changed: z.ZodMiniArray<z.ZodMiniString<string>>;
        notice: z.ZodMiniObject<{
            id: z.ZodMiniString<string>;
            version: z.ZodMiniString<string>;
            hash: z.ZodMiniString<string>;
        }, z.core.$strict>;
        regime: z.ZodMiniEnum<{
            cpra: "cpra";
            gdpr: "gdpr";
            "opt-in": "opt-in";
            "opt-out": "opt-out";
            strictest: "strictest";
        }>;
        region: z.ZodMiniNullable<z.ZodMiniString<string>>;
        via: z.ZodMiniObject<{
            kind: z.ZodMiniString<string>;
            control: z.ZodMiniNullable<z.ZodMiniString<string>>;
        }, z.core.$strict>;
        bodyDigest: z.ZodMiniString<string>;
    }, z.core.$strict>, z.ZodMiniObject<{
        v: z.ZodMiniLiteral<1>;
        kind: z.ZodMiniLiteral<"notice">;
        id: z.ZodMiniString<string>;
        at: z.ZodMiniInt;
        notice: z.ZodMiniObject<{
            id: z.ZodMiniString<string>;
            version: z.ZodMiniString<string>;
            hash: z.ZodMiniString<string>;
        }, z.core.$strict>;
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
            special: z.ZodMiniBoolean<boolean>;
            saleOrSharing: z.ZodMiniBoolean<boolean>;
            directMarketing: z.ZodMiniBoolean<boolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>]>;
    body: z.ZodMiniNullable<z.ZodMiniObject<{
        k: z.ZodMiniOptional<z.ZodMiniString<string>>;
        iv: z.ZodMiniString<string>;
        ct: z.ZodMiniString<string>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A path and a reason for a value that failed validation. */
export interface SchemaIssue {
    readonly path: string;
    readonly reason: string;
    readonly value: unknown;
}
/** Validates a served item (the input of `append`). */
export declare function safeParseServedItem(value: unknown): Result<ServedItem, SchemaIssue>;
/** Validates a committed entry of any kind. */
export declare function safeParseCommittedEntry(value: unknown): Result<CommittedEntry, SchemaIssue>;
/**
 * Validates a stored record. The returned record is the input itself, not a copy, so that hashing it hashes
 * exactly what was stored. A notice entry has a `null` body; every other entry a sealed one.
 */
export declare function safeParseLogRecord(value: unknown): Result<LogRecord, SchemaIssue>;
/** Validates a decrypted personal body of a served entry. */
export declare function safeParsePersonalBody(value: unknown): Result<PersonalBody, SchemaIssue>;
/** Validates a decrypted consent body. */
export declare function safeParseConsentBody(value: unknown): Result<ConsentBody, SchemaIssue>;
/**
 * A cheap shape check of a stored record for verification and loading: index, leaf hash, an entry object with an
 * id and a body (an object, or `null`). The entry's content is then proven by its leaf hash, which covers every
 * field of it; use {@link safeParseLogRecord} before handing entries out.
 */
export declare function recordShape(value: unknown): LogRecord | null;
