/**
 * A fast path for `servedItemSchema`: a plain predicate that accepts exactly what the schema accepts, so `append`
 * validates every served item without zod/mini's generic object walk (about 10 µs per item, a quarter of `serve()`'s
 * cost over bare scoring). zod stays the source of truth: an item this predicate rejects is parsed by the schema to
 * name the offending path, and a property test checks that the two agree on valid and mutated items.
 */
import type { LoggableContribution, ServedItem } from "./types.ts";

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isString = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;
const isLabel = (v: unknown): v is string => isString(v, 256);
const isId = (v: unknown): v is string => isLabel(v) && v.length >= 1;
const isEpochMs = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isHex64 = (v: unknown): boolean => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
const orNull = (v: unknown, check: (x: unknown) => boolean): boolean => v === null || check(v);

function isLabels(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 256) return false;
  for (const x of v) if (!isLabel(x)) return false;
  return true;
}

const BASES = new Set(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]);
const CONSENTS = new Set(["valid", "none", "refused", "withdrawn", "expired"]);

function isEvidence(v: unknown): boolean {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case "item":
      return isId(v.item) && (v.event === undefined || isId(v.event)) && isLabel(v.dataCategory);
    case "search":
      return isString(v.query, 256) && (v.event === undefined || isId(v.event)) && isLabel(v.dataCategory);
    case "context":
      return isLabel(v.name) && isString(v.value, 256) && isLabel(v.dataCategory);
    case "global":
      return isLabel(v.name);
    default:
      return false;
  }
}

function isContribution(v: unknown): boolean {
  return (
    isObject(v) &&
    isLabel(v.scorer) &&
    isEvidence(v.evidence) &&
    isNumber(v.raw) &&
    isNumber(v.weight) &&
    isNumber(v.amount) &&
    (v.purposes === undefined || isLabels(v.purposes))
  );
}

function isEffect(v: unknown): boolean {
  return (
    isObject(v) && isLabel(v.stage) && isLabel(v.kind) && isNumber(v.amount) && typeof v.message === "string"
  );
}

function isLegalBasis(v: unknown): boolean {
  return (
    isObject(v) &&
    (v.basis === null || BASES.has(v.basis as string)) &&
    isLabels(v.purposes) &&
    CONSENTS.has(v.consent as string) &&
    orNull(v.consentRecordId, isId) &&
    orNull(v.consentStateHash, isLabel) &&
    (v.withdrawnAt === undefined || orNull(v.withdrawnAt, isEpochMs)) &&
    (v.consentEventId === undefined || orNull(v.consentEventId, isId)) &&
    (v.consentEventHash === undefined || orNull(v.consentEventHash, isHex64))
  );
}

function every(v: unknown, max: number, check: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!check(x)) return false;
  return true;
}

/** Whether `value` is a served item that `servedItemSchema` accepts (unknown fields are ignored, as there). */
export function isServedItem(value: unknown): value is ServedItem {
  if (!isObject(value)) return false;
  const v = value;
  return (
    (v.id === undefined || isId(v.id)) &&
    (v.at === undefined || isEpochMs(v.at)) &&
    isLabel(v.surface) &&
    isId(v.slateId) &&
    Number.isSafeInteger(v.rank) &&
    (v.rank as number) > 0 &&
    isId(v.subject) &&
    orNull(v.jurisdiction, isLabel) &&
    typeof v.minor === "boolean" &&
    (v.mode === "personalized" || v.mode === "non_profiling") &&
    isId(v.item) &&
    (v.category === undefined || orNull(v.category, isLabel)) &&
    orNull(v.provider, isLabel) &&
    isNumber(v.score) &&
    every(v.contributions, 1000, isContribution) &&
    every(v.effects, Number.POSITIVE_INFINITY, isEffect) &&
    isObject(v.explanation) &&
    isLabel(v.explanation.templateId) &&
    isString(v.explanation.text, 4000) &&
    isLabels(v.dataCategories) &&
    isLegalBasis(v.legalBasis) &&
    isObject(v.versions) &&
    isLabel(v.versions.model) &&
    isLabel(v.versions.policy) &&
    isLabel(v.versions.disclosure) &&
    isLabels(v.controls) &&
    (v.arm === undefined || orNull(v.arm, isLabel))
  );
}

function copyEvidence(e: LoggableContribution["evidence"]): LoggableContribution["evidence"] {
  switch (e.kind) {
    case "item":
      return e.event === undefined
        ? { kind: "item", item: e.item, dataCategory: e.dataCategory }
        : { kind: "item", item: e.item, event: e.event, dataCategory: e.dataCategory };
    case "search":
      return e.event === undefined
        ? { kind: "search", query: e.query, dataCategory: e.dataCategory }
        : { kind: "search", query: e.query, event: e.event, dataCategory: e.dataCategory };
    case "context":
      return { kind: "context", name: e.name, value: e.value, dataCategory: e.dataCategory };
    default:
      return { kind: "global", name: e.name };
  }
}

/**
 * A copy of a served item that `isServedItem` accepted, with only the schema's fields (as zod's output has), so
 * that a caller changing its object after `append` returns cannot change what is committed.
 */
export function copyServedItem(v: ServedItem): ServedItem {
  const b = v.legalBasis;
  return {
    ...(v.id === undefined ? {} : { id: v.id }),
    ...(v.at === undefined ? {} : { at: v.at }),
    surface: v.surface,
    slateId: v.slateId,
    rank: v.rank,
    subject: v.subject,
    jurisdiction: v.jurisdiction,
    minor: v.minor,
    mode: v.mode,
    item: v.item,
    ...(v.category === undefined ? {} : { category: v.category }),
    provider: v.provider,
    score: v.score,
    contributions: v.contributions.map((c) => ({
      scorer: c.scorer,
      evidence: copyEvidence(c.evidence),
      raw: c.raw,
      weight: c.weight,
      amount: c.amount,
      ...(c.purposes === undefined ? {} : { purposes: [...c.purposes] }),
    })),
    effects: v.effects.map((e) => ({ stage: e.stage, kind: e.kind, amount: e.amount, message: e.message })),
    explanation: { templateId: v.explanation.templateId, text: v.explanation.text },
    dataCategories: [...v.dataCategories],
    legalBasis: {
      basis: b.basis,
      purposes: [...b.purposes],
      consent: b.consent,
      consentRecordId: b.consentRecordId,
      consentStateHash: b.consentStateHash,
      ...(b.withdrawnAt === undefined ? {} : { withdrawnAt: b.withdrawnAt }),
      ...(b.consentEventId === undefined ? {} : { consentEventId: b.consentEventId }),
      ...(b.consentEventHash === undefined ? {} : { consentEventHash: b.consentEventHash }),
    },
    versions: { model: v.versions.model, policy: v.versions.policy, disclosure: v.versions.disclosure },
    controls: [...v.controls],
    ...(v.arm === undefined ? {} : { arm: v.arm }),
  } as ServedItem;
}
