/** `candor scan URL`: what a page stores and whom it calls before any choice, after "Reject all" and after "Accept all". */
import { existsSync } from "node:fs";
import { parseFlags } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Command } from "../main.ts";
import { type ScanPhase, type ScanReport, scanPage } from "../scan/scan-page.ts";

const help = `Usage: candor scan URL [--reject TEXT] [--accept TEXT] [--essential NAMES] [--allow-host HOSTS]
                   [--settle MS] [--format text|json]

Opens URL in headless Chromium three times over: before any choice, after clicking "Reject all", and after
clicking "Accept all" (each followed by a reload), and reports every cookie, localStorage/sessionStorage key and
IndexedDB database written, and every third-party request (another origin than the page's). Exit code 1 when
anything non-essential happens before a choice or after "Reject all" (ePrivacy Art. 5(3), GDPR Art. 7(3)):
a shop can run it in CI against a local build.

The page must be served on this machine (127.0.0.1, localhost or [::1]). Requests to other hosts are recorded
and blocked, so a scan never sends anything off the machine. Chromium: CHROME_PATH, else /usr/bin/chromium.

Options:
  --reject TEXT       accessible name of the reject button (default: "Reject all", case-insensitive)
  --accept TEXT       accessible name of the accept button (default: "Accept all")
  --essential NAMES   comma-separated cookie/storage names that are strictly necessary; "name*" is a prefix
                      (default candor.consent*: the consent record itself)
  --allow-host HOSTS  comma-separated hosts whose requests are not third-party (e.g. your CDN)
  --settle MS         extra wait after the network is idle, in milliseconds (default 500)
  --format FORMAT     text (default) or json`;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The Chromium to drive: `CHROME_PATH`, else Debian's (`fallbacks`); `null` when there is none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  fallbacks: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
): string | null {
  const candidates = [env.CHROME_PATH, ...fallbacks];
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

const list = (value: string | boolean | undefined, fallback: string[]) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : fallback;

export const scanCommand: Command = {
  summary: "check what a page stores and sends before consent and after Reject all",
  help,
  async run(argv, io) {
    const { flags, positionals } = parseFlags(argv, {
      reject: "string",
      accept: "string",
      essential: "string",
      "allow-host": "string",
      settle: "string",
      format: "string",
    });
    const [target, ...extra] = positionals;
    if (!target) throw new UsageError("candor scan needs a URL");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new UsageError(`"${target}" is not a URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new UsageError("the URL must be http or https");
    if (!LOOPBACK.has(url.hostname)) {
      throw new UsageError(
        `candor scan opens only pages served on this machine (127.0.0.1, localhost, [::1]), not ${url.hostname}: serve your build locally (e.g. vite preview) and scan that`,
      );
    }
    const format = flags.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`--format must be text or json, got "${String(format)}"`);
    const settle = Number(flags.settle ?? 500);
    if (!Number.isInteger(settle) || settle < 0)
      throw new UsageError("--settle must be a whole number of milliseconds");
    const chromium = findChromium();
    if (!chromium) {
      io.err(
        "candor scan: no Chromium found. Set CHROME_PATH to a Chromium or Chrome executable, or install Debian's chromium (apt-get install chromium).",
      );
      return 1;
    }
    const report = await scanPage({
      url: url.href,
      executablePath: chromium,
      reject: typeof flags.reject === "string" ? flags.reject : "Reject all",
      accept: typeof flags.accept === "string" ? flags.accept : "Accept all",
      essential: list(flags.essential, ["candor.consent*"]),
      allowHosts: list(flags["allow-host"], []),
      settleMs: settle,
    });
    io.out(format === "json" ? JSON.stringify(report, null, 2) : renderReport(report));
    return report.ok ? 0 : 1;
  },
};

function renderPhase(phase: ScanPhase): string[] {
  const lines = [`${phase.title}:${phase.error ? ` not run — ${phase.error}` : ""}`];
  const rows = [
    ...phase.storage.map((s) => [s.essential ? "essential" : "NON-ESSENTIAL", s.kind, s.name]),
    ...phase.requests.map((r) => [
      "NON-ESSENTIAL",
      "request",
      `${r.url}${r.blocked ? " (blocked by the scan)" : ""}`,
    ]),
  ];
  if (rows.length === 0 && !phase.error) lines.push("  nothing stored, no third-party request");
  for (const [verdict, kind, name] of rows)
    lines.push(`  ${String(verdict).padEnd(14)} ${String(kind).padEnd(15)} ${name}`);
  return lines;
}

/** The report as text: one block per phase, then the verdict naming each offender. */
export function renderReport(report: ScanReport): string {
  const lines = [`candor scan ${report.url}`, ""];
  for (const phase of report.phases) lines.push(...renderPhase(phase), "");
  if (report.ok) lines.push('PASS: nothing non-essential before a choice or after "Reject all".');
  else lines.push(`FAIL: ${report.offenders.map((o) => `${o.phase}: ${o.what}`).join("; ")}`);
  return lines.join("\n");
}
