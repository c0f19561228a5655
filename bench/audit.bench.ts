/**
 * Explanation-log figures (issue 6): appends per second with hashing, sealing and signing into a JSON-lines file,
 * and the time to verify 1,000,000 entries (CANDOR_BENCH_LOG_ENTRIES overrides the count).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
  type ServedItem,
  verifyLog,
} from "@candor/core/audit";
import { jsonlLogStorage, nodeBodyCipher, nodeSha256, readJsonlLog } from "@candor/core/audit/node";
import { type Figure, round } from "./harness.ts";

function slate(n: number): ServedItem[] {
  return Array.from({ length: 10 }, (_, r) => ({
    at: 1_767_225_600_000 + n * 1000,
    surface: n % 3 === 0 ? "pdp" : "home",
    slateId: `sl_${n}`,
    rank: r + 1,
    subject: `s${n % 5000}`,
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
    },
    versions: { model: "fit-1", policy: "candor-default@1", disclosure: "d1" },
    controls: ["why-this", "not-interested", "non-personalized"],
  }));
}

/** Runs the explanation-log benchmarks. */
export async function auditBench(): Promise<Figure[]> {
  const total = Number(process.env.CANDOR_BENCH_LOG_ENTRIES ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), "candor-log-bench-"));
  const path = join(dir, "log.jsonl");
  try {
    const signer = await createLogSigner();
    const log = createExplanationLog({
      storage: jsonlLogStorage({ path }),
      signer,
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
      hash: nodeSha256,
      cipher: nodeBodyCipher,
      schedule: null,
    });
    await log.ready;
    const slates = total / 10;
    const probe = Math.min(slates, 10_000);
    let start = process.hrtime.bigint();
    for (let n = 0; n < probe; n++) await log.append(slate(n));
    const appendSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    for (let n = probe; n < slates; n++) await log.append(slate(n));
    await log.close();
    const reader = readJsonlLog(path);
    start = process.hrtime.bigint();
    const result = await verifyLog(reader.records(), await reader.heads(), signer.publicKey, {
      hash: nodeSha256,
    });
    const verifySeconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!result.ok) throw new Error(`benchmark log failed verification at ${result.index}: ${result.reason}`);
    return [
      {
        name: "log append (JSON lines, hashed, sealed, signed heads; slates of 10)",
        value: round((probe * 10) / appendSeconds),
        unit: "entries/s",
      },
      { name: `log verify ${total.toLocaleString("en")} entries`, value: round(verifySeconds), unit: "s" },
      { name: "signed tree heads in the verified log", value: result.heads, unit: "heads" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
