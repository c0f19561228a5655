/**
 * Explanation-log figures (issue 12): appends per second with hashing, sealing and signed heads into a JSON-lines
 * file as a ratio to bare JSON-lines writes of the same items; then, over a log of 1,000,000 entries
 * (CANDOR_BENCH_LOG_ENTRIES overrides the count) with consent entries, `candor audit verify` and `candor audit report`
 * (with and without the key ring) run as child processes (wall time and peak RSS), beside a plain line-hashing pass
 * over the same file (the floor); and the
 * time to read one very long line at two lengths (linear when the ratio is about 2). Timings are reported, never
 * asserted; the 1-minute load average is reported with them.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  consentEventHash,
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
  type ServedItem,
} from "@candor/core/audit";
import {
  jsonlLogStorage,
  nodeBodyCipher,
  nodeSha256,
  readLines,
  spkiOf,
  toPem,
} from "@candor/core/audit/node";
import { type Figure, round } from "./harness.ts";

const PURPOSES = ["personalization.browsing", "personalization.purchases"];
const NOTICE = { id: "bench-notice", version: "1", hash: "b".repeat(64) };

function slate(n: number): ServedItem[] {
  const subject = `s${n % 5000}`;
  return Array.from({ length: 10 }, (_, r) => ({
    at: 1_767_225_600_000 + n * 1000,
    surface: n % 3 === 0 ? "pdp" : "home",
    slateId: `sl_${n}`,
    rank: r + 1,
    subject,
    jurisdiction: n % 4 === 0 ? "US-CA" : "DE",
    minor: false,
    mode: n % 3 === 0 ? "non_profiling" : "personalized",
    item: `p${(n * 7 + r) % 20000}`,
    category: `c${r}`,
    provider: `seller-${(n + r) % 40}`,
    score: 1 / (r + 1),
    contributions: [
      {
        scorer: "item-knn",
        evidence: {
          kind: "item",
          item: `p${n % 20000}`,
          event: `ev_${n}`,
          dataCategory: "pd:BrowsingBehavior",
        },
        raw: 0.8 / (r + 1),
        weight: 1,
        amount: 0.8 / (r + 1),
        purposes: ["personalization.browsing", "personalization.similar-shoppers"],
      },
      {
        scorer: "popularity",
        evidence: { kind: "global", name: "popularity" },
        raw: 4 / (r + 1),
        weight: 0.05,
        amount: 0.2 / (r + 1),
        purposes: [],
      },
    ],
    effects: [],
    explanation: { templateId: "because-viewed", text: `Because you viewed Product ${n % 20000}` },
    dataCategories: ["pd:BrowsingBehavior"],
    legalBasis: {
      basis: "consent",
      purposes: ["personalization.browsing"],
      consent: "valid",
      consentRecordId: `cr_${n % 5000}`,
      consentStateHash: "0".repeat(64),
      consentEventId: given(n % 5000).id,
      consentEventHash: given(n % 5000).hash,
    },
    versions: { model: "fit-1", policy: "candor-default@1", disclosure: "d1" },
    controls: ["why-this", "not-interested", "non-personalized"],
  }));
}

const givenEvents = new Map<number, { id: string; hash: string }>();

/** The subject's first consent event (the one its slates cite): its id and hash. */
function given(subject: number): { id: string; hash: string } {
  let cited = givenEvents.get(subject);
  if (!cited) {
    const { event } = consentEvent(subject, 1_767_225_600_000 + subject, true);
    cited = { id: event.id, hash: consentEventHash(event) };
    givenEvents.set(subject, cited);
  }
  return cited;
}

function consentEvent(subject: number, at: number, granted: boolean) {
  return {
    subject: `s${subject}`,
    recordId: `cr_${subject}`,
    event: {
      id: `ce_${subject}_${at}`,
      at,
      type: granted ? ("given" as const) : ("withdrawn" as const),
      purposes: Object.fromEntries(
        PURPOSES.map((p) => [p, { granted, dataCategories: [], source: "choice" as const }]),
      ),
      changed: PURPOSES,
      via: { kind: "ui" as const, control: "banner.accept-all" },
      notice: NOTICE,
      regime: "gdpr" as const,
      region: "DE",
    },
  };
}

/** Bundles (with the esbuild CLI) a child that runs one CLI command and reports its exit code and peak RSS on stderr. */
function cliChild(dir: string): string {
  const outfile = join(dir, "cli-child.mjs");
  const contents = `import { runCli, processIo } from "./packages/cli/src/index.ts";
const code = await runCli(process.argv.slice(2), { ...processIo, out: () => undefined, err: () => undefined });
process.stderr.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }) + "\\n");`;
  const built = spawnSync(
    join("node_modules", ".bin", "esbuild"),
    [
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--target=node20",
      "--conditions=@candor/source",
      "--loader=ts",
      `--sourcefile=${join(process.cwd(), "cli-child.ts")}`,
      `--outfile=${outfile}`,
      "--log-level=warning",
      "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    ],
    { input: contents, encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`could not bundle the CLI for the benchmark: ${built.stderr}`);
  return outfile;
}

function runChild(child: string, args: string[]): { seconds: number; rssMb: number; code: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [child, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const last = run.stderr.trim().split("\n").at(-1) ?? "{}";
  const { code, maxRssKb } = JSON.parse(last) as { code: number; maxRssKb: number };
  return { seconds, rssMb: maxRssKb / 1024, code };
}

async function lineHashing(path: string): Promise<number> {
  const start = process.hrtime.bigint();
  let sink = 0;
  for await (const line of readLines(path))
    sink ^= createHash("sha256").update(line.bytes).digest()[0] as number;
  if (sink === 256) console.log("");
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function longLine(dir: string, megabytes: number): Promise<number> {
  const path = join(dir, `long-${megabytes}.jsonl`);
  const handle = await open(path, "w");
  const chunk = Buffer.alloc(1 << 20, 0x61);
  for (let i = 0; i < megabytes; i++) await handle.write(chunk);
  await handle.write("\n");
  await handle.close();
  const start = process.hrtime.bigint();
  let bytes = 0;
  for await (const line of readLines(path)) bytes += line.bytes.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(path);
  if (bytes !== megabytes << 20) throw new Error("long line misread");
  return seconds;
}

/** Runs the explanation-log benchmarks. */
export async function auditBench(): Promise<Figure[]> {
  const total = Number(process.env.CANDOR_BENCH_LOG_ENTRIES ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), "candor-log-bench-"));
  const path = join(dir, "logs", "log.jsonl");
  const keys = join(dir, "keys");
  const load = loadavg()[0] as number;
  try {
    const signer = await createLogSigner();
    const pseudonymKeys = [generatePseudonymKey()];
    const log = createExplanationLog({
      storage: jsonlLogStorage({ path, keysPath: join(keys, "key-ring.jsonl") }),
      signer,
      pseudonymizer: createPseudonymizer({ keys: pseudonymKeys, hash: nodeSha256 }),
      hash: nodeSha256,
      cipher: nodeBodyCipher,
      schedule: null,
    });
    await log.ready;
    await log.appendNotice({
      notice: NOTICE,
      purposes: PURPOSES.map((id) => ({
        id,
        dpv: "dpv:ProvideProductRecommendations",
        basis: "consent" as const,
        dataCategories: ["pd:BrowsingBehavior"],
        title: id,
        description: id,
      })),
    });
    const slates = Math.floor(total / 10);
    const probe = Math.min(slates, 2_000);
    // The fixtures are built before the clock starts, so both timings measure writing, not building slates.
    const probeSlates = Array.from({ length: probe }, (_, n) => slate(n));
    let start = process.hrtime.bigint();
    for (const items of probeSlates) await log.append(items);
    const appendSeconds = Number(process.hrtime.bigint() - start) / 1e9;

    const bare = await open(join(dir, "bare.jsonl"), "w");
    start = process.hrtime.bigint();
    for (const items of probeSlates)
      await bare.write(`${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
    const bareSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    await bare.close();

    for (let s = 0; s < 5000; s++) await log.appendConsent(consentEvent(s, 1_767_225_600_000 + s, true));
    for (let n = probe; n < slates; n++) {
      await log.append(slate(n));
      if (n % 997 === 0)
        await log.appendConsent(consentEvent(n % 5000, 1_767_225_600_000 + n * 1000, n % 2 === 0));
    }
    await log.close();

    const publicKey = join(dir, "logs", "log.jsonl.pub.pem");
    writeFileSync(publicKey, toPem(await spkiOf(signer.publicKey.key), "PUBLIC KEY"));
    writeFileSync(join(keys, "pseudonym-keys.json"), JSON.stringify(pseudonymKeys));
    const child = cliChild(dir);
    const floor = await lineHashing(path);
    const verify = runChild(child, ["audit", "verify", path, "--public-key", publicKey]);
    if (verify.code !== 0) throw new Error(`benchmark log failed verification (exit ${verify.code})`);
    const report = runChild(child, [
      "audit",
      "report",
      path,
      "--public-key",
      publicKey,
      "--keys",
      keys,
      "--format",
      "json",
    ]);
    if (report.code !== 0) throw new Error(`benchmark report failed (exit ${report.code})`);
    const unkeyed = runChild(child, ["audit", "report", path, "--public-key", publicKey, "--format", "json"]);
    if (unkeyed.code !== 0) throw new Error(`benchmark report failed (exit ${unkeyed.code})`);
    const line50 = await longLine(dir, 50);
    const line100 = await longLine(dir, 100);
    const appendRate = (probe * 10) / appendSeconds;
    const bareRate = (probe * 10) / bareSeconds;
    const count = total.toLocaleString("en");
    return [
      {
        name: "machine load average (1 min) when the audit benchmarks started",
        value: round(load),
        unit: "",
      },
      {
        name: "log append (JSON lines, hashed, sealed, signed heads; slates of 10)",
        value: round(appendRate),
        unit: "entries/s",
      },
      {
        name: "bare JSON-lines write of the same items (same batches)",
        value: round(bareRate),
        unit: "entries/s",
      },
      { name: "log append / bare JSON-lines write", value: round(appendRate / bareRate), unit: "×" },
      { name: `log file of ${count} entries`, value: round(statSync(path).size / 2 ** 20), unit: "MB" },
      {
        name: `plain line-hashing pass over the ${count}-entry file (floor)`,
        value: round(floor),
        unit: "s",
      },
      { name: `candor audit verify, ${count} entries`, value: round(verify.seconds), unit: "s" },
      { name: "candor audit verify / line-hashing floor", value: round(verify.seconds / floor), unit: "×" },
      { name: "candor audit verify peak RSS", value: round(verify.rssMb), unit: "MB" },
      { name: `candor audit report --keys, ${count} entries`, value: round(report.seconds), unit: "s" },
      { name: "candor audit report / line-hashing floor", value: round(report.seconds / floor), unit: "×" },
      { name: "candor audit report --keys peak RSS", value: round(report.rssMb), unit: "MB" },
      {
        name: `candor audit report without the key ring, ${count} entries`,
        value: round(unkeyed.seconds),
        unit: "s",
      },
      { name: "candor audit report without the key ring peak RSS", value: round(unkeyed.rssMb), unit: "MB" },
      { name: "read one 50 MB line", value: round(line50), unit: "s" },
      {
        name: "read one 100 MB line / one 50 MB line (2 is linear)",
        value: round(line100 / line50),
        unit: "×",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
