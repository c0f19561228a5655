/** `candor audit …`: verify, query, report, sample and export an explanation log. */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  exportManifest,
  formatEntries,
  type LogQuery,
  queryLog,
  type ReportedDrift,
  renderReport,
  reportLog,
  type StratumField,
  sampleLog,
  verifyLog,
} from "@candor/core/audit";
import { nodeSha256, readJsonlLog } from "@candor/core/audit/node";
import type { ConsentReceipt } from "@candor/core/consent";
import { numberFlag, parseFlags } from "../args.ts";
import { type CliIo, UsageError } from "../io.ts";
import { logPaths, openLogForWriting, publicKeyOf, readEntries } from "../log-files.ts";
import type { Command } from "../main.ts";

const help = `Usage:
  candor audit verify LOG [--public-key FILE]
  candor audit query LOG [--subject ID] [--surface S] [--from ISO] [--to ISO] [--mode M] [--consent C]
                         [--provider P] [--format jsonl|csv]
  candor audit report LOG [--format markdown|json|csv]
  candor audit sample LOG --n N --seed S [--stratify surface,mode] [--format jsonl|csv]
  candor audit export LOG --out DIR

verify   recomputes every leaf, checks every tree head's signature and the consistency between heads; exit 0 when
         intact, otherwise exit 1 with the first bad entry index and the reason. The public key defaults to
         LOG.pub.jwk.json.
query    filters entries; --subject needs the shop's pseudonym keys beside the log (LOG.pseudonym-keys.json).
report   exposure by provider, category and surface (Gini, HHI), diversity over time, non-personalized share,
         personalized slates without a valid consent, explanation kinds, time from withdrawal to effect, and
         drift events when LOG.drift.json exists (written by candor simulate's drift monitor).
sample   a reproducible (seeded) sample, stratified by the given fields, with its rationale.
export   entries as JSONL and CSV, an inclusion proof of each at the latest signed tree head, the consent
         receipts written by candor simulate (LOG.receipts.jsonl), and a manifest.`;

const MODES = new Set(["personalized", "non_profiling"]);

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

async function verify(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, { "public-key": "string" });
  const key = await publicKeyOf(
    log,
    typeof flags["public-key"] === "string" ? flags["public-key"] : undefined,
  );
  const reader = readJsonlLog(log, (issue) => io.err(`note: ${issue.code}: ${issue.message}`));
  const result = await verifyLog(reader.records(), await reader.heads(), key, { hash: nodeSha256 });
  if (result.ok) {
    io.out(
      `Log verified: ${result.size} entries, ${result.heads} signed tree heads (latest covers ${result.signedSize}).`,
    );
    return 0;
  }
  io.out(`Tampering detected at entry ${result.index}: ${result.reason}`);
  return 1;
}

export const auditCommand: Command = {
  summary: "verify, query, report, sample or export an explanation log",
  help,
  async run(argv, io) {
    const [sub, log, ...rest] = argv;
    if (!sub || !["verify", "query", "report", "sample", "export"].includes(sub)) {
      throw new UsageError(sub ? `unknown audit command "${sub}"` : "name an audit command");
    }
    if (!log || log.startsWith("--")) throw new UsageError(`candor audit ${sub} needs a LOG file`);
    if (sub === "verify") return verify(log, rest, io);
    const note = (m: string) => io.err(`note: ${m}`);
    if (sub === "query") {
      const { flags } = parseFlags(rest, {
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
      if (flags.mode !== undefined && !MODES.has(String(flags.mode))) {
        throw new UsageError(`--mode must be personalized or non_profiling, got "${String(flags.mode)}"`);
      }
      const { entries, pseudonymizer } = await readEntries(log, note);
      let subjects: string[] | undefined;
      if (typeof flags.subject === "string") {
        if (!pseudonymizer)
          throw new Error("--subject needs the pseudonym keys beside the log (LOG.pseudonym-keys.json)");
        subjects = (await pseudonymizer.pseudonymsOf(flags.subject)).map((p) => p.pseudonym);
      }
      const from = dateFlag(flags.from, "from");
      const to = dateFlag(flags.to, "to");
      const query: LogQuery = {
        ...(subjects ? { subject: subjects } : {}),
        ...(typeof flags.surface === "string" ? { surface: flags.surface } : {}),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(typeof flags.mode === "string" ? { mode: flags.mode as LogQuery["mode"] & string } : {}),
        ...(typeof flags.consent === "string" ? { consent: flags.consent as never } : {}),
        ...(typeof flags.provider === "string" ? { provider: flags.provider } : {}),
      };
      io.out(formatEntries(queryLog(entries, query), kind));
      return 0;
    }
    if (sub === "report") {
      const { flags } = parseFlags(rest, { format: "string" });
      const kind = format(flags.format, ["markdown", "json", "csv"] as const, "markdown");
      const { entries } = await readEntries(log, note);
      const driftFile = `${log}.drift.json`;
      const drift = existsSync(driftFile)
        ? ((JSON.parse(await readFile(driftFile, "utf8")) as { events: ReportedDrift[] }).events ?? [])
        : undefined;
      io.out(renderReport(reportLog(entries, drift ? { drift } : {}), kind));
      return 0;
    }
    if (sub === "sample") {
      const { flags } = parseFlags(rest, {
        n: "string",
        seed: "string",
        stratify: "string",
        format: "string",
      });
      if (flags.n === undefined || flags.seed === undefined)
        throw new UsageError("--n and --seed are required");
      const n = numberFlag(flags, "n", 0, (x) => Number.isInteger(x) && x > 0);
      const seed = numberFlag(flags, "seed", 0, Number.isInteger);
      const stratify =
        typeof flags.stratify === "string" ? (flags.stratify.split(",") as StratumField[]) : [];
      const kind = format(flags.format, ["jsonl", "csv"] as const, "jsonl");
      const { entries } = await readEntries(log, note);
      const sample = sampleLog(entries, { n, seed, stratify });
      io.err(JSON.stringify(sample.rationale, null, 2));
      io.out(formatEntries(sample.entries, kind));
      return 0;
    }
    const { flags } = parseFlags(rest, { out: "string" });
    if (typeof flags.out !== "string") throw new UsageError("--out DIR is required");
    const { log: opened } = await openLogForWriting(log, note);
    const head = await opened.treeHead();
    const entries = head.treeSize > 0 ? await opened.read(0, head.treeSize) : [];
    const proofs = [];
    for (const e of entries) proofs.push(await opened.proveInclusion(e.index, head.treeSize));
    await opened.close();
    const key = await publicKeyOf(log);
    const receiptsFile = logPaths(log).receipts;
    const receipts = existsSync(receiptsFile)
      ? (await readFile(receiptsFile, "utf8"))
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line) as ConsentReceipt)
      : [];
    const bundle = exportManifest({
      entries,
      treeHead: head,
      proofs,
      publicKey: key.jwk,
      receipts,
      createdAt: Date.now(),
      hash: nodeSha256,
    });
    await mkdir(flags.out, { recursive: true });
    for (const [name, text] of Object.entries(bundle.files)) await writeFile(join(flags.out, name), text);
    await writeFile(join(flags.out, "manifest.json"), `${JSON.stringify(bundle.manifest, null, 2)}\n`);
    io.out(`Exported ${entries.length} entries with proofs at tree head ${head.treeSize} to ${flags.out}.`);
    return 0;
  },
};
