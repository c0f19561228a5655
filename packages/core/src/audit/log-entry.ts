/** zod/mini schemas of what crosses the audit module's boundary: served items, committed entries, bodies, records. */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import { copyServedItem, isServedItem } from "./served-item-check.ts";
import type { CommittedEntry, ConsentBody, LogRecord, PersonalBody, ServedItem } from "./types.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const label = z.string().check(z.maxLength(256));
const epochMs = z.int().check(z.nonnegative());
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"));
const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, "must be base64url"));
const mode = z.enum(["personalized", "non_profiling"]);
const consent = z.enum(["valid", "none", "refused", "withdrawn", "expired"]);
const basis = z.nullable(
  z.enum(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]),
);
const labels = z.array(label).check(z.maxLength(256));
const versions = z.strictObject({ model: label, policy: label, disclosure: label });
const effect = z.strictObject({
  stage: label,
  kind: label,
  amount: z.number(),
  message: z.string().check(z.maxLength(1000)),
});

const evidence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("item"), item: id, event: z.optional(id), dataCategory: label }),
  z.object({
    kind: z.literal("search"),
    query: z.string().check(z.maxLength(256)),
    event: z.optional(id),
    dataCategory: label,
  }),
  z.object({
    kind: z.literal("context"),
    name: label,
    value: z.string().check(z.maxLength(256)),
    dataCategory: label,
  }),
  z.object({ kind: z.literal("global"), name: label }),
]);

const contribution = z.object({
  scorer: label,
  evidence,
  raw: z.number(),
  weight: z.number(),
  amount: z.number(),
  purposes: z.optional(labels),
});

/** A served item as `append` accepts it (unknown fields are ignored). */
export const servedItemSchema = z.object({
  id: z.optional(id),
  at: z.optional(epochMs),
  surface: label,
  slateId: id,
  rank: z.int().check(z.positive()),
  subject: id,
  jurisdiction: z.nullable(label),
  minor: z.boolean(),
  mode,
  item: id,
  category: z.optional(z.nullable(label)),
  provider: z.nullable(label),
  score: z.number(),
  contributions: z.array(contribution).check(z.maxLength(1000)),
  effects: z.array(z.object({ stage: label, kind: label, amount: z.number(), message: z.string() })),
  explanation: z.object({ templateId: label, text: z.string().check(z.maxLength(4000)) }),
  dataCategories: labels,
  legalBasis: z.object({
    basis,
    purposes: labels,
    consent,
    consentRecordId: z.nullable(id),
    consentStateHash: z.nullable(label),
    withdrawnAt: z.optional(z.nullable(epochMs)),
    consentEventId: z.optional(z.nullable(id)),
    consentEventHash: z.optional(z.nullable(hex64)),
  }),
  versions: z.object({ model: label, policy: label, disclosure: label }),
  controls: labels,
  arm: z.optional(z.nullable(label)),
});

const redactedEvidence = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("item"), dataCategory: label }),
  z.strictObject({ kind: z.literal("search"), dataCategory: label }),
  z.strictObject({ kind: z.literal("context"), name: label, dataCategory: label }),
  z.strictObject({ kind: z.literal("global"), name: label }),
]);

/** The committed entry, strict: an added or missing field is an error, so nothing hides beside the hashed fields. */
export const logEntrySchema = z.strictObject({
  v: z.literal(1),
  kind: z.optional(z.literal("served")),
  id,
  at: epochMs,
  surface: label,
  slateId: id,
  rank: z.int().check(z.positive()),
  jurisdiction: z.nullable(label),
  minor: z.boolean(),
  mode,
  item: id,
  category: z.nullable(label),
  provider: z.nullable(label),
  score: z.number(),
  contributions: z.array(
    z.strictObject({
      scorer: label,
      evidence: redactedEvidence,
      raw: z.number(),
      weight: z.number(),
      amount: z.number(),
      purposes: z.optional(labels),
    }),
  ),
  effects: z.array(effect),
  templateId: label,
  dataCategories: labels,
  legalBasis: z.strictObject({ basis, purposes: labels, consent, citation: z.optional(z.nullable(hex64)) }),
  versions,
  controls: labels,
  arm: z.optional(z.nullable(label)),
  bodyDigest: hex64,
});

const noticeRef = z.strictObject({ id: label, version: label, hash: label });
const consentEventType = z.enum([
  "given",
  "refused",
  "withdrawn",
  "expired",
  "gpc-honored",
  "notified",
  "notice-changed",
]);
const regime = z.enum(["gdpr", "cpra", "opt-in", "opt-out", "strictest"]);

/** The committed part of a consent entry, strict. */
export const consentLogEntrySchema = z.strictObject({
  v: z.literal(1),
  kind: z.literal("consent"),
  id,
  at: epochMs,
  type: consentEventType,
  granted: z.record(label, z.boolean()),
  changed: labels,
  notice: noticeRef,
  regime,
  region: z.nullable(label),
  via: z.strictObject({ kind: label, control: z.nullable(label) }),
  bodyDigest: hex64,
});

/** The committed notice entry, strict. */
export const noticeLogEntrySchema = z.strictObject({
  v: z.literal(1),
  kind: z.literal("notice"),
  id,
  at: epochMs,
  notice: noticeRef,
  purposes: z.array(
    z.strictObject({
      id: label,
      dpv: label,
      basis: z.enum(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]),
      dataCategories: labels,
      special: z.boolean(),
      saleOrSharing: z.boolean(),
      directMarketing: z.boolean(),
    }),
  ),
});

/** The personal body of a served entry, as decrypted. */
export const personalBodySchema = z.strictObject({
  v: z.literal(1),
  subject: z.strictObject({ pseudonym: hex64, keyId: id }),
  consentRecordId: z.nullable(id),
  consentStateHash: z.nullable(label),
  consentEventId: z.optional(z.nullable(id)),
  consentEventHash: z.optional(z.nullable(hex64)),
  withdrawnAt: z.nullable(epochMs),
  explanation: z.string(),
  evidence: z.array(
    z.union([
      z.null(),
      z.strictObject({ item: id, event: z.optional(id) }),
      z.strictObject({ query: z.string(), event: z.optional(id) }),
      z.strictObject({ value: z.string() }),
    ]),
  ),
});

/** The sealed body of a consent entry, as decrypted. */
export const consentBodySchema = z.strictObject({
  v: z.literal(1),
  kind: z.literal("consent"),
  subject: z.strictObject({ pseudonym: hex64, keyId: id }),
  recordId: id,
  eventId: id,
  eventHash: hex64,
  prev: z.nullable(hex64),
});

const sealedBody = z.nullable(z.strictObject({ k: z.optional(id), iv: base64url, ct: base64url }));

/** A stored record (its entry is one of the three committed kinds; a served entry may lack `kind`). */
export const logRecordSchema = z.strictObject({
  i: z.int().check(z.nonnegative()),
  leaf: hex64,
  entry: z.union([logEntrySchema, consentLogEntrySchema, noticeLogEntrySchema]),
  body: sealedBody,
});

const recordFrame = z.strictObject({
  i: z.int().check(z.nonnegative()),
  leaf: hex64,
  entry: z.unknown(),
  body: sealedBody,
});

/** A path and a reason for a value that failed validation. */
export interface SchemaIssue {
  readonly path: string;
  readonly reason: string;
  readonly value: unknown;
}

/** Validates a served item (the input of `append`). */
export const safeParseServedItem = safe((value: unknown): ServedItem => {
  // The predicate accepts exactly what the schema accepts (property-tested); the schema names what is wrong.
  if (isServedItem(value)) return copyServedItem(value);
  return parseWith(servedItemSchema, value, "served item") as ServedItem;
}, InputError);

/** The schema of a committed entry, chosen by its `kind` (a served entry may lack it). */
function entrySchemaOf(entry: unknown) {
  const kind = (entry as { kind?: unknown } | null)?.kind;
  return kind === "consent"
    ? consentLogEntrySchema
    : kind === "notice"
      ? noticeLogEntrySchema
      : logEntrySchema;
}

/** Validates a committed entry of any kind. */
export const safeParseCommittedEntry = safe((value: unknown): CommittedEntry => {
  parseWith<unknown>(entrySchemaOf(value), value, "committed entry");
  return value as CommittedEntry;
}, InputError);

/**
 * Validates a stored record. The returned record is the input itself, not a copy, so that hashing it hashes
 * exactly what was stored. A notice entry has a `null` body; every other entry a sealed one.
 */
export const safeParseLogRecord = safe((value: unknown): LogRecord => {
  const frame = parseWith(recordFrame, value, "log record");
  const entry = safeParseCommittedEntry(frame.entry);
  if (!entry.ok) {
    const { path, reason, value: bad } = entry.error;
    throw new InputError(`entry.${path}`.replace(/\.$/, ""), reason, bad, { what: "log record" });
  }
  const isNotice = entry.value.kind === "notice";
  if (isNotice !== (frame.body === null))
    throw new InputError("body", isNotice ? "a notice has no body" : "must be a sealed body", frame.body, {
      what: "log record",
    });
  return value as LogRecord;
}, InputError);

/** Validates a decrypted personal body of a served entry. */
export const safeParsePersonalBody = safe(
  (value: unknown) => parseWith(personalBodySchema, value, "personal body") as PersonalBody,
  InputError,
);

/** Validates a decrypted consent body. */
export const safeParseConsentBody = safe(
  (value: unknown) => parseWith(consentBodySchema, value, "consent body") as ConsentBody,
  InputError,
);

/**
 * A cheap shape check of a stored record for verification and loading: index, leaf hash, an entry object with an
 * id and a body (an object, or `null`). The entry's content is then proven by its leaf hash, which covers every
 * field of it; use {@link safeParseLogRecord} before handing entries out.
 */
export function recordShape(value: unknown): LogRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as { i?: unknown; leaf?: unknown; entry?: unknown; body?: unknown };
  if (!Number.isSafeInteger(r.i) || typeof r.leaf !== "string" || r.leaf.length !== 64) return null;
  if (typeof r.entry !== "object" || r.entry === null || Array.isArray(r.entry)) return null;
  if (r.body !== null && (typeof r.body !== "object" || Array.isArray(r.body))) return null;
  if (typeof (r.entry as { id?: unknown }).id !== "string") return null;
  return value as LogRecord;
}
