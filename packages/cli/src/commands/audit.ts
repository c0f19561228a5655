/**
 * `candor audit …`: the auditor's commands — verify, report, query, sample, export — which read the log and its
 * public key and never write to them, and the shop's `head` and the witness's `witness` and `keygen`.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  createReportBuilder,
  csvRow,
  ENTRY_CSV_COLUMNS,
  entryCsvRow,
  entryToJsonLine,
  isServedEntry,
  type LogQuery,
  matchesQuery,
  type OpenedConsentEntry,
  type ReportedDrift,
} from "@candor/core/audit";
import {
  CONSENT_CSV_COLUMNS,
  consentCsvRow,
  createStreamSampler,
  nodeSha256,
  renderReport,
  type StratumField,
} from "@candor/core/audit/node";
import { numberFlag, parseFlags } from "../args.ts";
import {
  type AuditSession,
  judge,
  openSession,
  pass,
  READ_FLAGS,
  UnusableInputError,
  VERIFY_FLAGS,
} from "../audit-session.ts";
import { type CliIo, UsageError } from "../io.ts";
import { logPaths } from "../log-files.ts";
import type { Command } from "../main.ts";
import { exportBundle } from "./audit-export.ts";
import { headCommand } from "./audit-head.ts";
import { keygenCommand, witnessCommand } from "./audit-witness.ts";

const help = `Usage:
  candor audit verify LOG [--public-key FILE] [--trusted-head FILE[,FILE…]] [--min-size N] [--allow-unsigned-tail]
  candor audit report LOG [--format markdown|json|csv] [--keys DIR] [--no-verify] [verify options]
  candor audit query  LOG [--kind served|consent|notice] [--subject ID] [--surface S] [--from ISO] [--to ISO]
                          [--mode M] [--consent C] [--provider P] [--format jsonl|csv] [--keys DIR] [--no-verify]
  candor audit sample LOG --n N --seed S [--stratify surface,mode] [--unit entry|slate] [--format jsonl|csv]
                          [--keys DIR] [--no-verify]
  candor audit export LOG --out DIR [--keys DIR] [verify options]
  candor audit head LOG [--keys DIR] [--out FILE]                       (the shop: signs a fresh tree head)
  candor audit witness LOG --state FILE --key FILE [--public-key FILE] [--out FILE]
  candor audit keygen --out FILE                                         (a witness's own key)

Auditor commands (verify, report, query, sample, export) read LOG and the public key and never write to them; they
need nothing else. Exit codes: 0 intact, 1 tampering (the first bad entry and what is wrong) or an unsigned tail,
2 unusable input (missing, unreadable, empty, not a log, no usable key). report, query, sample and export verify
first and refuse a log that fails; with --no-verify they read it UNVERIFIED and say so first.

verify   recomputes every leaf and every signed tree head's root and signature. The public key defaults to
         LOG.pub.jwk.json beside the log, which the output says: pass the key the shop published (JWK or PEM).
         --trusted-head FILE: a head saved earlier or co-signed by a witness (a head, or a witness state file):
         the log must contain it (same root at its size), be at least as long and have signed heads up to it.
         --min-size N: fail when the log has fewer than N entries. Entries after the last signed head (an
         "unsigned tail") fail unless --allow-unsigned-tail.
report   exposure by provider, category and surface (Gini, HHI), diversity over time, non-personalized share,
         personalized slates without a valid consent, explanation kinds, consent events, declared vs used data
         categories per purpose, drift events (LOG.drift.json). With --keys DIR (the shop's key directory):
         withdrawals, re-consents and late withdrawals, consent citations and erased entries; without it those
         are reported as not assessed.
query    filters entries (served by default); --subject needs --keys DIR with the shop's pseudonym keys.
sample   a reproducible (seeded) sample of served entries, stratified by the given fields, with its rationale.
export   committed entries, an inclusion proof of each at the latest signed tree head, the head with its signed
         bytes and a DER signature for openssl, the public key (PEM, DER), readable copies, consent receipts
         (LOG.receipts.jsonl) and a manifest; never signs a head. docs/auditing.md checks it without Candor.
head     the shop's command: opens the log with its signer key (from the key directory) and signs a head for
         entries not yet covered; prints it (and writes it to --out FILE).
witness  checks the log's newest signed head against the last head in --state (consistency), co-signs it with
         the witness's own key (--key, from candor audit keygen) and updates the state file.`;

const MODES = new Set(["personalized", "non_profiling"]);
const KINDS = new Set(["served", "consent", "notice"]);

function dateFlag(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const t = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) throw new UsageError(`--${name} must be an ISO date or time, got "${String(value)}"`);
  return t;
}

function format<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, got "${String(value)}"`);
}

/** Writes output in chunks of about 64 kB (each ends with a newline). */
function chunked(io: CliIo) {
  let buffer: string[] = [];
  let size = 0;
  return {
    write(text: string) {
      buffer.push(text);
      size += text.length;
      if (size > 65_536) this.flush();
    },
    flush() {
      if (buffer.length > 0) io.out(buffer.join(""));
      buffer = [];
      size = 0;
    },
  };
}

/** Verifies first (one pass, no output) unless `--no-verify`; returns the exit code to stop with, or `null` to go on. */
async function verifyFirst(session: AuditSession, io: CliIo): Promise<number | null> {
  if (!session.verify) {
    io.err("UNVERIFIED: the log is read without verification (--no-verify); nothing below is proven.");
    return null;
  }
  const verdict = judge(await pass(session, io, "verifying"), session);
  if (verdict.code === 0) return null;
  io.out(verdict.line);
  return verdict.code;
}

async function verify(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, VERIFY_FLAGS);
  const session = await openSession(log, flags, io);
  const verdict = judge(await pass(session, io, "verifying"), session);
  io.out(verdict.line);
  return verdict.code;
}

async function report(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, { ...READ_FLAGS, format: "string" });
  const kind = format(flags.format, ["markdown", "json", "csv"] as const, "markdown");
  const session = await openSession(log, flags, io);
  const driftFile = logPaths(log).drift;
  const drift = existsSync(driftFile)
    ? ((JSON.parse(await readFile(driftFile, "utf8")) as { events?: ReportedDrift[] }).events ?? [])
    : undefined;
  const builder = createReportBuilder({
    ...(drift ? { drift } : {}),
    keys: session.keys !== null,
    keyRing: session.keys?.ring ?? null,
    hash: nodeSha256,
  });
  const result = await pass(
    session,
    io,
    "reporting",
    (e) => builder.add(e),
    session.verify,
    builder.needsBody,
  );
  const verdict = judge(result, session);
  if (verdict.code !== 0) {
    io.out(verdict.line);
    return verdict.code;
  }
  if (!session.verify) io.err("UNVERIFIED: the log was read without verification (--no-verify).");
  if (result.status !== "intact") return 2;
  const verification = {
    status: session.verify ? ("verified" as const) : ("unverified" as const),
    size: result.size,
    signedSize: result.signedSize,
    latestHead: result.latestHead,
    trustedHeads: result.trustedHeads,
  };
  const text = renderReport({ ...builder.finish(), verification }, kind);
  io.out(
    !session.verify && kind === "markdown"
      ? `UNVERIFIED: this report was built without verifying the log.\n\n${text}`
      : text,
  );
  return 0;
}

async function query(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, {
    ...READ_FLAGS,
    kind: "string",
    subject: "string",
    surface: "string",
    from: "string",
    to: "string",
    mode: "string",
    consent: "string",
    provider: "string",
    format: "string",
  });
  const kind = format(flags.format, ["jsonl", "csv"] as const, "jsonl");
  if (flags.mode !== undefined && !MODES.has(String(flags.mode)))
    throw new UsageError(`--mode must be personalized or non_profiling, got "${String(flags.mode)}"`);
  const kinds = typeof flags.kind === "string" ? flags.kind.split(",") : ["served"];
  for (const k of kinds)
    if (!KINDS.has(k)) throw new UsageError(`--kind must be served, consent or notice, got "${k}"`);
  if (kind === "csv" && kinds.length !== 1) throw new UsageError("--format csv takes one --kind");
  const session = await openSession(log, flags, io);
  let keyRefs: string[] | undefined;
  if (typeof flags.subject === "string") {
    if (!session.keys?.pseudonymizer)
      throw new UnusableInputError(
        "--subject needs --keys DIR with the shop's pseudonym keys (pseudonym-keys.json)",
      );
    const lookups = await session.keys.pseudonymizer.pseudonymsOf(flags.subject);
    keyRefs = lookups
      .map((p) => session.keys?.ring.byPseudonym(p.pseudonym)?.ref)
      .filter((r): r is string => !!r);
  }
  const from = dateFlag(flags.from, "from");
  const to = dateFlag(flags.to, "to");
  const filter: LogQuery = {
    kind: kinds as LogQuery["kind"] & string[],
    ...(keyRefs ? { keyRef: keyRefs } : {}),
    ...(typeof flags.surface === "string" ? { surface: flags.surface } : {}),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(typeof flags.mode === "string" ? { mode: flags.mode as "personalized" | "non_profiling" } : {}),
    ...(typeof flags.consent === "string" ? { consent: flags.consent as never } : {}),
    ...(typeof flags.provider === "string" ? { provider: flags.provider } : {}),
  };
  const stop = await verifyFirst(session, io);
  if (stop !== null) return stop;
  const matches = matchesQuery(filter);
  const out = chunked(io);
  if (kind === "csv")
    out.write(`${csvRow(kinds[0] === "consent" ? CONSENT_CSV_COLUMNS : ENTRY_CSV_COLUMNS)}\r\n`);
  const result = await pass(session, io, "querying", (e) => {
    if (!matches(e)) return;
    if (kind === "jsonl") out.write(entryToJsonLine(e));
    else if (e.entry.kind === "consent") out.write(`${csvRow(consentCsvRow(e as OpenedConsentEntry))}\r\n`);
    else if (isServedEntry(e)) out.write(`${csvRow(entryCsvRow(e))}\r\n`);
  });
  out.flush();
  const verdict = judge(result, session);
  if (verdict.code !== 0) io.out(verdict.line);
  return verdict.code;
}

async function sample(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, {
    ...READ_FLAGS,
    n: "string",
    seed: "string",
    stratify: "string",
    unit: "string",
    format: "string",
  });
  if (flags.n === undefined || flags.seed === undefined) throw new UsageError("--n and --seed are required");
  const n = numberFlag(flags, "n", 0, (x) => Number.isInteger(x) && x > 0);
  const seed = numberFlag(flags, "seed", 0, Number.isInteger);
  const stratify = typeof flags.stratify === "string" ? (flags.stratify.split(",") as StratumField[]) : [];
  const unit = flags.unit === undefined ? "entry" : String(flags.unit);
  if (unit !== "entry" && unit !== "slate")
    throw new UsageError(`--unit must be entry or slate, got "${unit}"`);
  const kind = format(flags.format, ["jsonl", "csv"] as const, "jsonl");
  let sampler: ReturnType<typeof createStreamSampler>;
  try {
    sampler = createStreamSampler({ n, seed, stratify, unit });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const session = await openSession(log, flags, io);
  if (!session.verify)
    io.err("UNVERIFIED: the log is read without verification (--no-verify); nothing below is proven.");
  const first = judge(
    await pass(session, io, "counting", (e) => (isServedEntry(e) ? sampler.count(e) : undefined)),
    session,
  );
  if (first.code !== 0) {
    io.out(first.line);
    return first.code;
  }
  io.err(JSON.stringify(sampler.plan(), null, 2));
  const out = chunked(io);
  if (kind === "csv") out.write(`${csvRow(ENTRY_CSV_COLUMNS)}\r\n`);
  const result = await pass(session, io, "sampling", (e) => {
    if (!isServedEntry(e) || !sampler.take(e)) return;
    out.write(kind === "jsonl" ? entryToJsonLine(e) : `${csvRow(entryCsvRow(e))}\r\n`);
  });
  out.flush();
  const verdict = judge(result, session);
  if (verdict.code !== 0) io.out(verdict.line);
  return verdict.code;
}

async function exportCommand(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, { ...VERIFY_FLAGS, keys: "string", out: "string" });
  if (typeof flags.out !== "string") throw new UsageError("--out DIR is required");
  const session = await openSession(log, flags, io);
  return exportBundle(session, flags.out, io);
}

const withLog: Record<string, (log: string, argv: readonly string[], io: CliIo) => Promise<number>> = {
  verify,
  report,
  query,
  sample,
  export: exportCommand,
  head: headCommand,
  witness: witnessCommand,
};

export const auditCommand: Command = {
  summary: "verify, report on, query, sample or export an explanation log; sign heads; witness",
  help,
  async run(argv, io) {
    const [sub, log, ...rest] = argv;
    if (sub === "keygen") return keygenCommand(argv.slice(1), io);
    const run = sub ? withLog[sub] : undefined;
    if (!run) throw new UsageError(sub ? `unknown audit command "${sub}"` : "name an audit command");
    if (!log || log.startsWith("--")) throw new UsageError(`candor audit ${sub} needs a LOG file`);
    try {
      return await run(log, rest, io);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      io.out(`Unusable input: ${error.message}`);
      return 2;
    }
  },
};
