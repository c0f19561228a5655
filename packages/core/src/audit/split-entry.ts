/**
 * Splitting a served item into the committed entry and the personal body, and the hashes that bind them:
 * `bodyDigest = SHA-256(salt ‖ canonicalJson(body))`, leaf = `SHA-256(0x00 ‖ canonicalJson(entry))` (RFC 9162 §2.1.1).
 * Erasing the body (and its salt) leaves the entry, its leaf and every proof unchanged (GDPR Art. 17).
 * Objects are built with their keys in sorted order so that hashing them takes the fast canonical path.
 */
import type { Contribution, Evidence } from "../recommend/types.ts";
import { toHex } from "./bytes.ts";
import { canonicalText } from "./canonical-text.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import type {
  EvidenceDetail,
  LogEntry,
  LoggedContribution,
  PersonalBody,
  RedactedEvidence,
  ServedItem,
  SubjectPseudonym,
} from "./types.ts";

/** A served item split in two: the committed entry and the personal body it commits to (with its canonical text). */
export interface SplitItem {
  readonly entry: LogEntry;
  readonly body: PersonalBody;
  readonly bodyText: string;
}

/** Splits a validated served item; `id`, `at`, the pseudonym and the salt are resolved by the log. */
export function splitServedItem(
  item: ServedItem,
  resolved: {
    readonly id: string;
    readonly at: number;
    readonly subject: SubjectPseudonym;
    readonly salt: Uint8Array;
  },
  hash: Sha256 = sha256,
): SplitItem {
  const contributions: LoggedContribution[] = [];
  const evidence: EvidenceDetail[] = [];
  for (const c of item.contributions) {
    const [redacted, detail] = splitEvidence(c.evidence);
    contributions.push({
      amount: c.amount,
      evidence: redacted,
      ...(c.purposes === undefined ? {} : { purposes: [...c.purposes] }),
      raw: c.raw,
      scorer: c.scorer,
      weight: c.weight,
    });
    evidence.push(detail);
  }
  const { legalBasis, versions } = item;
  const body: PersonalBody = {
    consentRecordId: legalBasis.consentRecordId,
    consentStateHash: legalBasis.consentStateHash,
    evidence,
    explanation: item.explanation.text,
    subject: { keyId: resolved.subject.keyId, pseudonym: resolved.subject.pseudonym },
    v: 1,
    withdrawnAt: legalBasis.withdrawnAt ?? null,
  };
  const bodyText = canonicalText(body);
  const entry: LogEntry = {
    at: resolved.at,
    bodyDigest: toHex(hashText(resolved.salt, bodyText, hash)),
    category: item.category ?? null,
    contributions,
    controls: [...item.controls],
    ...(item.arm === undefined ? {} : { arm: item.arm }),
    dataCategories: [...item.dataCategories],
    effects: item.effects.map((e) => ({
      amount: e.amount,
      kind: e.kind,
      message: e.message,
      stage: e.stage,
    })),
    id: resolved.id,
    item: item.item,
    jurisdiction: item.jurisdiction,
    legalBasis: { basis: legalBasis.basis, consent: legalBasis.consent, purposes: [...legalBasis.purposes] },
    minor: item.minor,
    mode: item.mode,
    provider: item.provider,
    rank: item.rank,
    score: item.score,
    slateId: item.slateId,
    surface: item.surface,
    templateId: item.explanation.templateId,
    v: 1,
    versions: { disclosure: versions.disclosure, model: versions.model, policy: versions.policy },
  };
  texts.set(entry, canonicalText(entry));
  return { entry, body, bodyText };
}

function splitEvidence(evidence: Evidence): [RedactedEvidence, EvidenceDetail] {
  switch (evidence.kind) {
    case "item":
      return [
        { dataCategory: evidence.dataCategory, kind: "item" },
        evidence.event === undefined
          ? { item: evidence.item }
          : { event: evidence.event, item: evidence.item },
      ];
    case "context":
      return [
        { dataCategory: evidence.dataCategory, kind: "context", name: evidence.name },
        { value: evidence.value },
      ];
    case "search":
      return [{ dataCategory: evidence.dataCategory, kind: "search" }, { value: evidence.query }];
    default:
      return [{ kind: "global", name: evidence.name }, null];
  }
}

/** The contributions of an entry with their evidence restored from the body, or redacted when it is erased. */
export function contributionsOf(
  entry: LogEntry,
  personal: PersonalBody | null,
): readonly (Contribution | LoggedContribution)[] {
  if (!personal) return entry.contributions;
  return entry.contributions.map((c, i) => {
    const detail = personal.evidence[i] ?? null;
    const e = c.evidence;
    if (detail === null) return c;
    if (e.kind === "item" && "item" in detail)
      return { ...c, evidence: { kind: "item", dataCategory: e.dataCategory, ...detail } };
    if (e.kind === "search" && "value" in detail)
      return { ...c, evidence: { kind: "search", query: detail.value, dataCategory: e.dataCategory } };
    if (e.kind === "context" && "value" in detail)
      return {
        ...c,
        evidence: { kind: "context", name: e.name, value: detail.value, dataCategory: e.dataCategory },
      };
    return c;
  });
}

/** `SHA-256(salt ‖ canonicalJson(body))`, hex: the body digest the entry commits to. */
export function bodyDigest(salt: Uint8Array, body: PersonalBody, hash: Sha256 = sha256): string {
  return toHex(hashText(salt, canonicalText(body), hash));
}

const LEAF_PREFIX = new Uint8Array([0]);

const texts = new WeakMap<LogEntry, string>();

/** The canonical JSON of a committed entry (remembered for entries split here, which are never mutated). */
export function entryText(entry: LogEntry): string {
  return texts.get(entry) ?? canonicalText(entry);
}

/** The leaf hash of a committed entry, `SHA-256(0x00 ‖ canonicalJson(entry))` (RFC 9162 §2.1.1). */
export function entryLeafHash(entry: LogEntry, hash: Sha256 = sha256): Uint8Array {
  return hashText(LEAF_PREFIX, entryText(entry), hash);
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(4096);

/** `hash(prefix ‖ UTF-8(text))`, encoded into a reused buffer (one entry is hashed per served item). */
function hashText(prefix: Uint8Array, text: string, hash: Sha256): Uint8Array {
  const most = prefix.length + text.length * 3;
  if (scratch.length < most) scratch = new Uint8Array(most * 2);
  scratch.set(prefix);
  const { written } = encoder.encodeInto(text, scratch.subarray(prefix.length));
  return hash(scratch.subarray(0, prefix.length + written)).slice();
}
