/**
 * Consent events and notices as log entries (contract 3; GDPR Art. 7(1), 5(2)): the committed part holds what the
 * event did (type, per-purpose grants, notice, regime, region, how it was given) and nothing that identifies the
 * subject; the event id, its hash, its place in the record's chain and the subject's pseudonym are sealed in the
 * body. A notice entry holds the purposes a notice declares and their data categories, for "declared vs used".
 */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { canonicalJson } from "../internal/canonical-json.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import { toHex, utf8 } from "./bytes.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import { builtText, saltedDigest } from "./split-entry.ts";
import type {
  ConsentBody,
  ConsentLogEntry,
  ConsentLogItem,
  DeclaredPurpose,
  NoticeLogEntry,
  NoticeLogItem,
  SubjectPseudonym,
} from "./types.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const label = z.string().check(z.maxLength(256));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"));
const notice = z.object({ id: label, version: label, hash: label });
const epochMs = z.int().check(z.nonnegative());

/** A consent event as `appendConsent` accepts it (unknown fields are kept in its hash, ignored otherwise). */
export const consentLogItemSchema = z.object({
  subject: id,
  recordId: id,
  event: z.object({
    id,
    at: epochMs,
    type: z.enum(["given", "refused", "withdrawn", "expired", "gpc-honored", "notified", "notice-changed"]),
    purposes: z.record(label, z.object({ granted: z.boolean() })),
    changed: z.array(label),
    via: z.object({ kind: label, control: z.optional(label) }),
    notice,
    regime: z.enum(["gdpr", "cpra", "opt-in", "opt-out", "strictest"]),
    region: z.nullable(label),
    prev: z.optional(z.nullable(hex64)),
    hash: z.optional(hex64),
  }),
});

/** A notice as `appendNotice` accepts it. */
export const noticeLogItemSchema = z.object({
  notice,
  at: z.optional(epochMs),
  purposes: z.array(
    z.object({
      id: label,
      dpv: label,
      basis: z.enum(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]),
      dataCategories: z.array(label),
      special: z.optional(z.boolean()),
      saleOrSharing: z.optional(z.boolean()),
      directMarketing: z.optional(z.boolean()),
    }),
  ),
});

/**
 * The hash of a consent event as contract 2 defines it: lowercase hex SHA-256 of the canonical JSON of the event
 * without its `hash` field.
 */
export function consentEventHash(event: object): string {
  const { hash: _omitted, ...rest } = event as { hash?: unknown };
  return toHex(sha256(utf8(canonicalJson(rest))));
}

/**
 * Validates a consent item and checks (or computes) its event hash. A stated `hash` that does not match the event is
 * an error: the log never commits an event that its own record would not recognize.
 */
export const safeParseConsentItem = safe((value: unknown): { item: ConsentLogItem; eventHash: string } => {
  parseWith(consentLogItemSchema, value, "consent item");
  const item = value as ConsentLogItem;
  const eventHash = consentEventHash(item.event);
  if (item.event.hash !== undefined && item.event.hash !== eventHash)
    throw new InputError(
      "event.hash",
      "does not match the event (SHA-256 of its canonical JSON without `hash`)",
      item.event.hash,
      { what: "consent item" },
    );
  return { item, eventHash };
}, InputError);

/** Validates a notice item. */
export const safeParseNoticeItem = safe((value: unknown): NoticeLogItem => {
  parseWith(noticeLogItemSchema, value, "notice item");
  return value as NoticeLogItem;
}, InputError);

/** Splits a validated consent item into its committed entry and sealed body (keys built in sorted order). */
export function splitConsentItem(
  item: ConsentLogItem,
  eventHash: string,
  resolved: { readonly id: string; readonly subject: SubjectPseudonym; readonly salt: Uint8Array },
  hash: Sha256 = sha256,
): { entry: ConsentLogEntry; body: ConsentBody; bodyText: string } {
  const { event } = item;
  const granted: Record<string, boolean> = {};
  for (const purpose of Object.keys(event.purposes).sort())
    granted[purpose] = (event.purposes[purpose] as { granted: boolean }).granted === true;
  const body: ConsentBody = {
    eventHash,
    eventId: event.id,
    kind: "consent",
    prev: event.prev ?? null,
    recordId: item.recordId,
    subject: { keyId: resolved.subject.keyId, pseudonym: resolved.subject.pseudonym },
    v: 1,
  };
  const bodyText = builtText(body);
  const entry: ConsentLogEntry = {
    at: event.at,
    bodyDigest: saltedDigest(resolved.salt, bodyText, hash),
    changed: [...event.changed],
    granted,
    id: resolved.id,
    kind: "consent",
    notice: { hash: event.notice.hash, id: event.notice.id, version: event.notice.version },
    regime: event.regime,
    region: event.region,
    type: event.type,
    v: 1,
    via: { control: event.via.control ?? null, kind: event.via.kind },
  };
  return { entry, body, bodyText };
}

/** The committed entry of a validated notice item. */
export function noticeEntry(
  item: NoticeLogItem,
  resolved: { readonly id: string; readonly at: number },
): NoticeLogEntry {
  const purposes: DeclaredPurpose[] = item.purposes.map((p) => ({
    basis: p.basis,
    dataCategories: [...p.dataCategories],
    directMarketing: p.directMarketing === true,
    dpv: p.dpv,
    id: p.id,
    saleOrSharing: p.saleOrSharing === true,
    special: p.special === true,
  }));
  return {
    at: resolved.at,
    id: resolved.id,
    kind: "notice",
    notice: { hash: item.notice.hash, id: item.notice.id, version: item.notice.version },
    purposes,
    v: 1,
  };
}
