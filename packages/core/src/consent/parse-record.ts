/** Reading a stored consent record back: JSON, schema, hash chain and timestamps, as a `safe*` result. */
import type { Result } from "../internal/result.ts";
import { verifyRecord } from "./consent-chain.ts";
import { controller, via } from "./consent-checks.ts";
import type { ConsentIssue, ConsentRecord } from "./types.ts";
import {
  any,
  arr,
  bool,
  type Check,
  hex,
  label,
  nullable,
  num,
  obj,
  oneOf,
  rec,
  str,
  time,
} from "./validate.ts";

const notice = obj({ id: label, version: label, hash: hex });

/** A consent record as read back from storage; anything else counts as no consent. */
export const recordCheck: Check = obj({
  header: obj({
    schema: oneOf("candor.consent-record/2"),
    recordId: label,
    subject: str(256),
    createdAt: time,
  }),
  parties: obj({ controller }),
  processing: obj({ notice, jurisdiction: nullable(any), minor: bool }),
  checkpoint: nullable(
    obj({
      events: num((n) => Number.isInteger(n) && n > 0, "must be a count"),
      from: time,
      to: time,
      head: hex,
    }),
  ),
  events: arr(
    obj({
      id: label,
      at: time,
      type: oneOf("given", "refused", "withdrawn", "expired", "gpc-honored", "notified", "notice-changed"),
      purposes: rec(
        label,
        obj({
          granted: bool,
          dataCategories: arr(any),
          source: oneOf("choice", "default", "gpc", "override"),
        }),
      ),
      changed: arr(label),
      via: via("gpc", "system"),
      notice,
      regime: oneOf("gdpr", "cpra", "opt-in", "opt-out", "strictest"),
      region: nullable(any),
      prev: nullable(hex),
      hash: hex,
    }),
    1,
  ),
  head: hex,
});

/** Options of {@link safeParseConsentRecord}. */
export interface ParseRecordOptions {
  /** The time to check against, in milliseconds since the epoch; default `Date.now()`. */
  readonly now?: number;
  /** How far an event may lie after `now`; default 5 minutes. */
  readonly clockSkewMs?: number;
}

/**
 * Parses a stored consent record (its JSON text, or the parsed value) and checks its schema, every hash and link of
 * its chain, and its timestamps. A failure names the check in `error.code` (`invalid-record`, `broken-chain`,
 * `invalid-time`) and never throws; a record that fails is not consent (DESIGN invariant 7).
 */
export function safeParseConsentRecord(
  stored: unknown,
  options: ParseRecordOptions = {},
): Result<ConsentRecord, ConsentIssue> {
  const fail = (code: ConsentIssue["code"], message: string): Result<ConsentRecord, ConsentIssue> => ({
    ok: false,
    error: { code, message, ...(typeof stored === "string" ? { stored } : {}) },
  });
  let value = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return fail("invalid-record", "stored consent record is not JSON");
    }
  }
  const invalid = recordCheck(value);
  if (invalid) {
    const schema = (value as { header?: { schema?: unknown } } | null)?.header?.schema;
    if (schema === "candor.consent-record/1") {
      return fail(
        "invalid-record",
        "stored consent record has no hash chain (an earlier version): not honored",
      );
    }
    return fail("invalid-record", `stored consent record is invalid at "${invalid[0]}": ${invalid[1]}`);
  }
  const record = value as ConsentRecord;
  const problem = verifyRecord(record, options.now ?? Date.now(), options.clockSkewMs ?? 300_000);
  return problem ? fail(problem.code, problem.message) : { ok: true, value: record };
}
