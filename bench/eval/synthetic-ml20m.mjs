// A seeded synthetic data set of MovieLens-20M's shape — 138,493 users, 26,744 items, 20,000,263 interactions,
// long-tailed item popularity (share ∝ (rank + 100)^−1.1, the most popular item ≈ 0.2%) and user activity (at least
// 20, log-normal, mean ≈ 144), taste groups so that there is something to learn — evaluated end to end with
// `candor eval --protocol general` (tuning on validation, the served model, the unmasked model), reporting wall time
// and peak resident memory (VmHWM of the eval process, polled every 0.5 s), also per phase: the largest resident
// memory (VmRSS) seen while each of candor's stage lines (read, tune, served weights, fit, rank) was the latest.
//
//   node bench/eval/synthetic-ml20m.mjs [--scale S] [--seed N] [--out PREFIX] [-- extra candor eval flags]
//   node bench/eval/synthetic-ml20m.mjs --scale S --generate-only FILE   (writes the data set and stops)
//   node bench/eval/synthetic-ml20m.mjs --scale 0.0436 --items 3100 --generate-only FILE   (MovieLens-1M-shaped:
//   about 6,040 users × 3,100 items × 870k interactions, for the tuning-speed bench)
//
// `--scale` shrinks users and interactions (not items: the catalogue keeps MovieLens-20M's 26,744 items, so the
// large-catalogue path runs as it would there); default 0.1. Progress goes to stderr; the summary (JSON) to stdout
// and, with `--out`, to PREFIX.json with candor's report beside it as PREFIX.report.json. `--items N` sets the
// catalogue size instead (default 26,744).
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FULL = { users: 138_493, items: 26_744, interactions: 20_000_263 };
const GROUPS = 40;
const IN_GROUP = 0.6;

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const own = dash >= 0 ? args.slice(0, dash) : args;
const extra = dash >= 0 ? args.slice(dash + 1) : [];
const flag = (name, fallback) => {
  const at = own.indexOf(name);
  return at >= 0 && own[at + 1] !== undefined ? own[at + 1] : fallback;
};
const scale = Number(flag("--scale", "0.1"));
const seed = Number(flag("--seed", "2020"));
const out = flag("--out", undefined);
const only = flag("--generate-only", undefined);
const catalogue = Number(flag("--items", String(FULL.items)));
if (!(scale > 0 && scale <= 1)) throw new Error("--scale must be in (0, 1]");
if (!(Number.isInteger(catalogue) && catalogue >= GROUPS))
  throw new Error(`--items must be an integer ≥ ${GROUPS}`);

const began = performance.now();
const seconds = () => ((performance.now() - began) / 1000).toFixed(1);
const log = (text) => process.stderr.write(`[${seconds()} s] ${text}\n`);

/** mulberry32: a small seeded generator. */
function random32(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights and a binary-search draw. */
function sampler(weights) {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    cumulative[i] = sum;
  }
  return (u) => {
    const target = u * sum;
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

async function generate(path) {
  const random = random32(seed);
  const users = Math.round(FULL.users * scale);
  const items = catalogue;
  const target = Math.round(FULL.interactions * scale);
  // Item i has popularity rank i; its taste group is a fixed hash of i.
  const group = Int32Array.from({ length: items }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0) % GROUPS);
  const weight = Float64Array.from({ length: items }, (_, i) => (i + 100) ** -1.1);
  const global = sampler(weight);
  const members = Array.from({ length: GROUPS }, () => []);
  for (let i = 0; i < items; i++) members[group[i]].push(i);
  const inGroup = members.map((list) => {
    const draw = sampler(list.map((i) => weight[i]));
    return (u) => list[draw(u)];
  });
  // Activity: 20 + log-normal, rescaled so the total matches the target.
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  const raw = Float64Array.from({ length: users }, () => Math.exp(4 + 1.2 * gaussian()));
  const rawSum = raw.reduce((s, v) => s + v, 0);
  const factor = (target - 20 * users) / rawSum;
  const stream = createWriteStream(path);
  const write = (text) =>
    stream.write(text) ? Promise.resolve() : new Promise((r) => stream.once("drain", r));
  let written = 0;
  const seen = new Set();
  for (let u = 0; u < users; u++) {
    const count = Math.min(items >> 2, 20 + Math.round(raw[u] * factor));
    const taste = Math.floor(random() * GROUPS);
    seen.clear();
    let lines = "";
    for (let attempts = 0; seen.size < count && attempts < count * 20; attempts++) {
      const item = random() < IN_GROUP ? inGroup[taste](random()) : global(random());
      if (seen.has(item)) continue;
      seen.add(item);
      lines += `${u + 1}\t${item + 1}\t${1 + Math.floor(random() * 5)}\t${900000000 + written}\n`;
      written++;
    }
    await write(lines);
    if ((u + 1) % 10000 === 0) log(`generated ${u + 1}/${users} users, ${written} interactions`);
  }
  await new Promise((resolve) => stream.end(resolve));
  return { users, items, interactions: written };
}

const dir = mkdtempSync(join(tmpdir(), "candor-ml20m-"));
try {
  const data = join(dir, "ratings.tsv");
  log(`scale ${scale}: generating ${Math.round(FULL.users * scale)} users × ${catalogue} items`);
  const shape = await generate(only ?? data);
  log(`generated ${shape.interactions} interactions`);
  if (only) {
    console.log(JSON.stringify({ scale, seed, shape, file: only }));
    process.exit(0);
  }
  // Bundle the CLI once (what `pnpm candor` runs), then run the bundle itself so its memory is what is polled.
  spawnSync(process.execPath, ["scripts/candor.mjs", "--help"], { stdio: "ignore" });
  const report = join(dir, "report.json");
  const argv = [
    "packages/cli/dist/candor.mjs",
    "eval",
    "--data",
    data,
    "--protocol",
    "general",
    "--k",
    "10",
    "--report",
    report,
    ...extra,
  ];
  const started = performance.now();
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "pipe"] });
  let peakKb = 0;
  // The phase is named by candor's latest stage line; each phase keeps the largest VmRSS polled during it.
  let phase = "start";
  const phases = [];
  const enter = (name) => {
    if (name === phase) return;
    phase = name;
    phases.push({
      phase: name,
      fromSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      peakKb: 0,
    });
  };
  const phaseOf = (line) =>
    line.startsWith("reading")
      ? "read"
      : /^tun(ing|ed)/.test(line)
        ? "tune"
        : /served blend weights/.test(line)
          ? "served weights"
          : /^fitting/.test(line)
            ? "fit"
            : /^rank/.test(line)
              ? "rank"
              : /^wrote/.test(line)
                ? "report"
                : undefined;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      const rss = /VmRSS:\s+(\d+)/.exec(status);
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      const current = phases.at(-1);
      if (rss && current) current.peakKb = Math.max(current.peakKb, Number(rss[1]));
    } catch {
      // The process has just exited, or /proc is not there (then no memory figure).
    }
  }, 500);
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    for (const line of String(chunk).split(/\r|\n/)) {
      if (!line.trim()) continue;
      const name = phaseOf(line.trim());
      if (name) enter(name);
      log(`candor: ${line.trim()}`);
    }
  });
  const code = await new Promise((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const evalSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`candor eval exited ${code}:\n${stdout}`);
  const result = JSON.parse(readFileSync(report, "utf8"));
  const summary = {
    scale,
    seed,
    shape,
    command: `node bench/eval/synthetic-ml20m.mjs --scale ${scale} --seed ${seed}${extra.length ? ` -- ${extra.join(" ")}` : ""}`,
    evalSeconds: Number(evalSeconds.toFixed(1)),
    peakRssMiB: peakKb > 0 ? Number((peakKb / 1024).toFixed(0)) : null,
    // Largest polled VmRSS per stretch of candor's stage lines (a phase may recur, e.g. tune after served weights).
    phases: phases.map((p) => ({
      phase: p.phase,
      fromSeconds: p.fromSeconds,
      peakRssMiB: Math.round(p.peakKb / 1024),
    })),
    ndcg10: { served: result.test?.ndcg, unmasked: result.unmasked?.ndcg },
    weights: result.weights,
    model: result.model,
    seconds: result.seconds,
    load: readFileSync("/proc/loadavg", "utf8").trim(),
  };
  console.log(JSON.stringify(summary, null, 2));
  if (out) {
    writeFileSync(`${out}.json`, `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(`${out}.report.json`, `${JSON.stringify(result, null, 2)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
