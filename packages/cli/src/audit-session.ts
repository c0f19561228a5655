/**
 * What every auditor command shares: the log, the public key (`--public-key`, else the one beside the log, said
 * so), trusted heads (`--trusted-head`), the shop's keys when given (`--keys`), verification before anything is
 * read, and exit codes an auditor can script — 0 intact, 1 tampering or an unsigned tail (the first bad index and
 * what is wrong), 2 unusable input (missing, unreadable, empty, not a log, no key). Nothing here writes a file.
 */

import type {
  BodyKeyRing,
  CommittedEntry,
  LogPublicKey,
  OpenedLogEntry,
  Pseudonymizer,
} from "@candor/core/audit";
import { CandorError } from "@candor/core/audit";
import { auditJsonlLog, type JsonlAuditResult, trustedHeadOf } from "@candor/core/audit/node";
import type { FlagSpec } from "./args.ts";
import type { CliIo } from "./io.ts";
import { publicKeyFor, readAuditorKeys, readJsonFile } from "./log-files.ts";
import { progressFor } from "./progress.ts";

/** Flags of verification, shared by every auditor command. */
export const VERIFY_FLAGS = {
  "public-key": "string",
  "trusted-head": "string",
  "min-size": "string",
  "allow-unsigned-tail": "boolean",
} as const satisfies FlagSpec;

/** Flags of the commands that read entries. */
export const READ_FLAGS = {
  ...VERIFY_FLAGS,
  keys: "string",
  "no-verify": "boolean",
} as const satisfies FlagSpec;

/** Input an auditor cannot use: exit code 2, one line. */
export class UnusableInputError extends CandorError {
  constructor(message: string) {
    super("unusable-input", "", message);
    this.name = "UnusableInputError";
  }
}

/** One auditor command's inputs. */
export interface AuditSession {
  readonly log: string;
  /** `null` only with `--no-verify` and no key at hand. */
  readonly key: LogPublicKey | null;
  readonly keySource: string;
  readonly keyBesideLog: boolean;
  readonly trustedHeads: readonly unknown[];
  readonly minSize: number;
  readonly allowUnsignedTail: boolean;
  readonly verify: boolean;
  readonly keys: { readonly ring: BodyKeyRing; readonly pseudonymizer: Pseudonymizer | null } | null;
}

type Flags = Record<string, string | boolean | undefined>;

/** Reads the inputs; throws {@link UnusableInputError} for a key, head or key ring that cannot be used. */
export async function openSession(log: string, flags: Flags, io: CliIo): Promise<AuditSession> {
  const note = (m: string) => io.err(`note: ${m}`);
  const verify = flags["no-verify"] !== true;
  let key: Awaited<ReturnType<typeof publicKeyFor>> | null = null;
  try {
    key = await publicKeyFor(log, typeof flags["public-key"] === "string" ? flags["public-key"] : undefined);
  } catch (error) {
    if (verify) throw new UnusableInputError((error as Error).message);
  }
  if (key?.besideLog && verify)
    note(
      `verifying with the public key found beside the log (${key.source}, key id ${key.key.keyId.slice(0, 16)}…): compare it with the key the shop published, or pass --public-key FILE`,
    );
  const trustedHeads: unknown[] = [];
  if (typeof flags["trusted-head"] === "string")
    for (const file of flags["trusted-head"].split(",").filter((f) => f !== "")) {
      try {
        trustedHeads.push(trustedHeadOf(await readJsonFile(file, "the trusted head")));
      } catch (error) {
        throw new UnusableInputError((error as Error).message);
      }
    }
  const minSize = flags["min-size"] === undefined ? 0 : Number(flags["min-size"]);
  if (!Number.isSafeInteger(minSize) || minSize < 0)
    throw new UnusableInputError(
      `--min-size must be a non-negative integer, got "${String(flags["min-size"])}"`,
    );
  let keys: AuditSession["keys"] = null;
  if (typeof flags.keys === "string") {
    try {
      keys = await readAuditorKeys(flags.keys, note);
    } catch (error) {
      throw new UnusableInputError((error as Error).message);
    }
  }
  return {
    log,
    key: key?.key ?? null,
    keySource: key?.source ?? "none",
    keyBesideLog: key?.besideLog ?? false,
    trustedHeads,
    minSize,
    allowUnsignedTail: flags["allow-unsigned-tail"] === true,
    verify,
    keys,
  };
}

/** One streaming pass over the log, with progress on a terminal. */
export async function pass(
  session: AuditSession,
  io: CliIo,
  label: string,
  onEntry?: (entry: OpenedLogEntry) => void | Promise<void>,
  verify: boolean = session.verify,
  needsBody?: (entry: CommittedEntry, keyRef: string) => boolean,
): Promise<JsonlAuditResult> {
  const progress = progressFor(io, label);
  try {
    return await auditJsonlLog(session.log, {
      ...(session.key ? { publicKeys: session.key } : {}),
      trustedHeads: session.trustedHeads,
      verify,
      keyRing: session.keys?.ring ?? null,
      ...(onEntry ? { onEntry } : {}),
      ...(needsBody ? { needsBody } : {}),
      onProgress: (p) => progress.update(p),
      onIssue: (issue) => io.err(`note: ${issue.code}: ${issue.message}`),
    });
  } finally {
    progress.done();
  }
}

/** The verdict of a pass as an exit code and one line (for stdout). */
export function judge(result: JsonlAuditResult, session: AuditSession): { code: 0 | 1 | 2; line: string } {
  if (result.status === "unusable") return { code: 2, line: `Unusable input: ${result.reason}` };
  if (result.status === "tampered")
    return { code: 1, line: `Tampering detected at entry ${result.index}: ${result.reason}` };
  if (!result.verified)
    return { code: 0, line: `UNVERIFIED: ${result.size} entries read without verification (--no-verify)` };
  if (result.size < session.minSize)
    return {
      code: 1,
      line: `Tampering detected at entry ${result.size}: the log has ${result.size} entries but --min-size expects at least ${session.minSize}: entries were removed`,
    };
  const unsigned = result.size - result.signedSize + result.uncommittedRecords;
  if (unsigned > 0 && !session.allowUnsignedTail) {
    const what =
      result.size > result.signedSize
        ? `entries ${result.signedSize}..${result.size - 1} are not covered by a signed tree head`
        : "";
    const tail =
      result.uncommittedRecords > 0
        ? `${result.uncommittedRecords} complete record(s) follow the last commit line (an interrupted append or a deleted commit line)`
        : "";
    return {
      code: 1,
      line: `Unsigned tail: ${[what, tail].filter((t) => t !== "").join("; ")}. They are not proven: ask the shop for a fresh head (candor audit head), verify against a trusted head, or pass --allow-unsigned-tail.`,
    };
  }
  const head = result.latestHead;
  return {
    code: 0,
    line: `Log verified: ${result.size} entries, ${result.heads} signed tree heads (latest covers ${result.signedSize}${
      head ? `, root ${head.rootHash.slice(0, 16)}…` : ""
    })${result.trustedHeads > 0 ? `, consistent with ${result.trustedHeads} trusted head(s)` : ""}; key ${session.key?.keyId.slice(0, 16)}… (${session.keySource}).`,
  };
}
