import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { consentEventHash } from "@candor/core/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, processIo, runCli } from "../index.ts";
import { openLogForWriting } from "../log-files.ts";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

async function cli(argv: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(argv, io);
  return { code, out: out.join(""), err: err.join("\n") };
}

const dir = mkdtempSync(join(tmpdir(), "candor-audit-"));
const shop = join(dir, "shop");
const keys = join(dir, "keys");
const log = join(shop, "log.jsonl");
const pub = `${log}.pub.pem`;
const copies = join(dir, "copies");
mkdirSync(copies);
process.env.CANDOR_KEYS_DIR = join(dir, "default-keys");

/** SHA-256 of every file under `dirs`, by path. */
function snapshot(...dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

const canonical = (v: unknown): string =>
  v === null || typeof v !== "object"
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : `{${Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`;

/** A copy of the log's lines, edited; returns its path. */
function copy(name: string, edit: (lines: string[]) => string[]): string {
  const path = join(copies, `${name}.jsonl`);
  writeFileSync(path, edit(readFileSync(log, "utf8").split("\n")).join("\n"));
  return path;
}

/** Changes entry `i` and recomputes its leaf hash, as a careful forger would. */
function forge(lines: string[], i: number): string[] {
  return lines.map((line) => {
    if (!line.includes(`,"i":${i},`)) return line;
    const { record } = JSON.parse(line);
    record.entry.score += 0.5;
    record.leaf = createHash("sha256")
      .update(Buffer.concat([Buffer.of(0), Buffer.from(canonical(record.entry))]))
      .digest("hex");
    return JSON.stringify({ record });
  });
}

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;
const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("candor simulate and candor audit", () => {
  beforeAll(async () => {
    const run = await cli([
      "simulate",
      "--shoppers",
      "40",
      "--days",
      "3",
      "--seed",
      "5",
      "--items",
      "300",
      "--out",
      log,
      "--keys",
      keys,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Served \d+ slates/);
  }, 90_000);

  describe("auditor commands are read-only (issue 12, item 1)", () => {
    it("verify, report, query, sample and export change no file of the log or the key directory and add none beside the log", async () => {
      const before = snapshot(shop, keys);
      const runs = [
        ["audit", "verify", log],
        ["audit", "report", log],
        ["audit", "report", log, "--keys", keys, "--format", "json"],
        ["audit", "query", log, "--mode", "personalized", "--format", "csv"],
        ["audit", "query", log, "--subject", "s0001", "--keys", keys],
        ["audit", "sample", log, "--n", "5", "--seed", "9", "--stratify", "surface,mode"],
        ["audit", "export", log, "--out", join(dir, "export-ro")],
      ];
      for (const argv of runs) expect({ argv, code: (await cli(argv)).code }).toEqual({ argv, code: 0 });
      expect(snapshot(shop, keys)).toEqual(before);
    });

    it("export proves the entries against the newest signed head without signing one; on a tampered log it exits 1", async () => {
      const heads = () =>
        readFileSync(log, "utf8")
          .split("\n")
          .filter((l) => l.startsWith('{"head"'));
      const before = heads();
      const out = join(dir, "export");
      const run = await cli(["audit", "export", log, "--out", out]);
      expect(run.code).toBe(0);
      expect(heads()).toEqual(before);
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      expect(manifest.schema).toBe("candor.audit-export/2");
      expect(manifest.treeHead).toEqual(JSON.parse(before.at(-1) as string).head);
      expect(readFileSync(join(out, "proofs.jsonl"), "utf8").trim().split("\n")).toHaveLength(
        manifest.entries,
      );
      expect(Object.keys(manifest.files)).toContain("receipts.json");
      expect(run.out).toContain(
        "openssl dgst -sha256 -verify public-key.pem -signature tree-head.sig.der tree-head.tbs",
      );
      const tampered = copy("export-tampered", (lines) => forge(lines, 3));
      copyFileSync(`${log}.pub.jwk.json`, `${tampered}.pub.jwk.json`);
      const refused = await cli(["audit", "export", tampered, "--out", join(dir, "export-tampered")]);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/^Tampering detected at entry 0/);
      expect(existsSync(join(dir, "export-tampered", "manifest.json"))).toBe(false);
    });

    it.skipIf(!hasOpenssl)(
      `the export's tree head verifies with plain openssl in the one command the bundle names${hasOpenssl ? "" : " (skipped: openssl not found)"}`,
      () => {
        const run = spawnSync(
          "openssl",
          [
            "dgst",
            "-sha256",
            "-verify",
            "public-key.pem",
            "-signature",
            "tree-head.sig.der",
            "tree-head.tbs",
          ],
          { cwd: join(dir, "export"), encoding: "utf8" },
        );
        expect(run.stdout.trim()).toBe("Verified OK");
      },
    );

    it.skipIf(!hasOpenssl || !hasPython)(
      `docs/verify-export.py checks the bundle with Python's standard library and openssl, and catches a changed entry${
        hasOpenssl && hasPython ? "" : " (skipped: python3 or openssl not found)"
      }`,
      () => {
        const script = join(process.cwd(), "docs", "verify-export.py");
        const bundle = join(dir, "export");
        const ok = spawnSync("python3", [script, bundle, "--public-key", pub], { encoding: "utf8" });
        expect({ code: ok.status, out: ok.stdout }).toMatchObject({
          code: 0,
          out: expect.stringMatching(/^OK: \d+ entries proven/),
        });
        const forgedDir = join(dir, "export-forged");
        mkdirSync(forgedDir);
        for (const name of readdirSync(bundle)) copyFileSync(join(bundle, name), join(forgedDir, name));
        const committed = readFileSync(join(forgedDir, "committed.jsonl"), "utf8").replace(
          /"score":[0-9.e-]+/,
          '"score":42',
        );
        writeFileSync(join(forgedDir, "committed.jsonl"), committed);
        // The first served entry: the notice and consent entries before it carry no score.
        const changed = committed.split("\n").findIndex((line) => line.includes('"score":42'));
        const manifest = JSON.parse(readFileSync(join(forgedDir, "manifest.json"), "utf8"));
        manifest.files["committed.jsonl"] = {
          sha256: createHash("sha256").update(committed).digest("hex"),
          bytes: Buffer.byteLength(committed),
        };
        writeFileSync(join(forgedDir, "manifest.json"), JSON.stringify(manifest));
        const bad = spawnSync("python3", [script, forgedDir, "--public-key", pub], { encoding: "utf8" });
        expect({ code: bad.status, out: bad.stdout }).toMatchObject({
          code: 1,
          out: expect.stringMatching(new RegExp(`^FAIL: entry ${changed} .*leaf hash`)),
        });
      },
    );
  });

  describe("trust anchors (item 2)", () => {
    it("an entry changed with its leaf hash is caught when all heads, the last head or the final commit line are deleted", async () => {
      const sizes = readFileSync(log, "utf8")
        .split("\n")
        .filter((l) => l.startsWith('{"head"'))
        .map((l) => JSON.parse(l).head.treeSize as number);
      const previous = sizes.at(-2) ?? 0;
      const target = (sizes.at(-1) as number) - 2;
      const variants = {
        "no-heads": [0, (lines: string[]) => forge(lines, target).filter((l) => !l.startsWith('{"head"'))],
        "no-last-head": [
          previous,
          (lines: string[]) => {
            const at = lines.findLastIndex((l) => l.startsWith('{"head"'));
            return forge(lines, target).filter((_, n) => n !== at);
          },
        ],
        "no-last-commit": [
          previous,
          (lines: string[]) => {
            const at = lines.findLastIndex((l) => l.startsWith('{"commit"'));
            return forge(lines, target).filter((_, n) => n !== at);
          },
        ],
      } as const;
      for (const [name, [from, edit]] of Object.entries(variants)) {
        const run = await cli(["audit", "verify", copy(name, edit), "--public-key", pub]);
        expect({ name, code: run.code, out: run.out }).toMatchObject({
          name,
          code: 1,
          out: expect.stringMatching(new RegExp(`^Unsigned tail: entries ${from}\\.\\.`)),
        });
      }
      const allowed = await cli([
        "audit",
        "verify",
        copy("allowed", variants["no-heads"][1]),
        "--public-key",
        pub,
        "--allow-unsigned-tail",
      ]);
      expect(allowed.code).toBe(0);
    });

    it("--trusted-head catches a rewrite, a shorter log and deleted heads; --min-size a shorter log", async () => {
      const head = join(dir, "trusted-head.json");
      const lastHead = readFileSync(log, "utf8")
        .split("\n")
        .findLast((l) => l.startsWith('{"head"')) as string;
      writeFileSync(head, JSON.stringify(JSON.parse(lastHead).head));
      expect((await cli(["audit", "verify", log, "--public-key", pub, "--trusted-head", head])).out).toMatch(
        /consistent with 1 trusted head/,
      );
      const rewritten = copy("rewritten", (lines) => forge(lines, 5).filter((l) => !l.startsWith('{"head"')));
      const fork = await cli([
        "audit",
        "verify",
        rewritten,
        "--public-key",
        pub,
        "--trusted-head",
        head,
        "--allow-unsigned-tail",
      ]);
      expect({ code: fork.code, out: fork.out }).toMatchObject({
        code: 1,
        out: expect.stringMatching(/do not match the trusted head/),
      });
      const firstCommit = readFileSync(log, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith('{"commit"'));
      const shorter = copy("shorter", (lines) => lines.slice(0, firstCommit + 1));
      const short = await cli([
        "audit",
        "verify",
        shorter,
        "--public-key",
        pub,
        "--trusted-head",
        head,
        "--allow-unsigned-tail",
      ]);
      expect(short.out).toMatch(
        /^Tampering detected at entry \d+: the log has \d+ entries but a trusted head covers/,
      );
      const minSize = await cli([
        "audit",
        "verify",
        shorter,
        "--public-key",
        pub,
        "--min-size",
        "100",
        "--allow-unsigned-tail",
      ]);
      expect({ code: minSize.code, out: minSize.out }).toMatchObject({
        code: 1,
        out: expect.stringMatching(/--min-size expects at least 100/),
      });
      const headless = copy("headless", (lines) => lines.filter((l) => !l.startsWith('{"head"')));
      const deleted = await cli([
        "audit",
        "verify",
        headless,
        "--public-key",
        pub,
        "--trusted-head",
        head,
        "--allow-unsigned-tail",
      ]);
      expect(deleted.out).toMatch(/signed tree heads were removed/);
    });

    it("a witness co-signs consistent heads with its own key, keeps its state, and refuses a fork without touching the log", async () => {
      const wlog = join(dir, "witnessed", "log.jsonl");
      const wkeys = join(dir, "witnessed-keys");
      const grow = async (from: number, count: number) => {
        const { log: opened } = await openLogForWriting(wlog, () => undefined, { create: true, keys: wkeys });
        for (let n = from; n < from + count; n++)
          await opened.appendConsent({
            subject: `w${n % 3}`,
            recordId: `r${n % 3}`,
            event: {
              id: `e${n}`,
              at: 1_767_225_600_000 + n,
              type: "given",
              purposes: {
                "personalization.browsing": { granted: true, dataCategories: [], source: "choice" },
              },
              changed: ["personalization.browsing"],
              via: { kind: "ui", control: "banner.accept-all" },
              notice: { id: "n", version: "1", hash: "h" },
              regime: "gdpr",
              region: "DE",
            },
          });
        await opened.close();
      };
      await grow(0, 5);
      const key = join(dir, "witness.jwk");
      const state = join(dir, "witness-state.json");
      expect((await cli(["audit", "keygen", "--out", key])).code).toBe(0);
      expect(statSync(key).mode & 0o777).toBe(0o600);
      const first = await cli([
        "audit",
        "witness",
        wlog,
        "--state",
        state,
        "--key",
        key,
        "--out",
        join(dir, "cosigned.json"),
      ]);
      expect({ code: first.code, out: first.out }).toMatchObject({
        code: 0,
        out: expect.stringMatching(/size 5 .*first head witnessed/),
      });
      await grow(5, 4);
      const before = snapshot(join(dir, "witnessed"));
      const second = await cli(["audit", "witness", wlog, "--state", state, "--key", key]);
      expect(second.out).toMatch(/Co-signed tree head of size 9 .*consistent with the head of size 5/);
      expect(snapshot(join(dir, "witnessed"))).toEqual(before);
      const cosigned = JSON.parse(readFileSync(state, "utf8"));
      expect(cosigned).toMatchObject({ schema: "candor.witness-state/1", head: { treeSize: 9 } });
      expect((await cli(["audit", "verify", wlog, "--trusted-head", state])).code).toBe(0);
      const forked = join(copies, "forked.jsonl");
      writeFileSync(forked, forge(readFileSync(wlog, "utf8").split("\n"), 1).join("\n"));
      copyFileSync(`${wlog}.pub.jwk.json`, `${forked}.pub.jwk.json`);
      const stateBefore = readFileSync(state, "utf8");
      const refused = await cli(["audit", "witness", forked, "--state", state, "--key", key]);
      expect({ code: refused.code, out: refused.out }).toMatchObject({
        code: 1,
        out: expect.stringMatching(/^Refusing to co-sign: Tampering detected/),
      });
      expect(readFileSync(state, "utf8")).toBe(stateBefore);
    });

    it("candor audit head is the shop's explicit way to sign a fresh head, with the signer key", async () => {
      const hlog = join(dir, "headed", "log.jsonl");
      const hkeys = join(dir, "headed-keys");
      const { log: opened } = await openLogForWriting(hlog, () => undefined, { create: true, keys: hkeys });
      await opened.append([]);
      await opened.close();
      const { log: again } = await openLogForWriting(hlog, () => undefined, { keys: hkeys });
      await again.appendNotice({ notice: { id: "n", version: "1", hash: "h" }, purposes: [] });
      await again.close();
      const unsigned = await cli(["audit", "verify", hlog]);
      expect(unsigned.out).toMatch(/^Log verified|^Unsigned tail/);
      const out = join(dir, "head.json");
      const headed = await cli(["audit", "head", hlog, "--keys", hkeys, "--out", out]);
      expect(headed.code).toBe(0);
      expect(JSON.parse(readFileSync(out, "utf8")).treeSize).toBe(1);
      expect(existsSync(`${out}.sig.der`)).toBe(true);
      expect((await cli(["audit", "verify", hlog, "--trusted-head", out])).code).toBe(0);
      const noKeys = await cli(["audit", "head", hlog, "--keys", join(dir, "nowhere")]);
      expect({ code: noKeys.code, err: noKeys.err }).toMatchObject({
        code: 1,
        err: expect.stringMatching(/keys of .* are not in/),
      });
    });
  });

  describe("exit codes (item 3)", () => {
    it("exits 1 naming the first bad entry when an entry was changed or removed", async () => {
      const changed = await cli([
        "audit",
        "verify",
        copy("changed", (l) =>
          l.map((x) => (x.includes('"i":7,') ? x.replace(/"score":[0-9.e-]+/, '"score":9') : x)),
        ),
        "--public-key",
        pub,
      ]);
      expect({ code: changed.code, out: changed.out }).toMatchObject({
        code: 1,
        out: expect.stringMatching(/^Tampering detected at entry 7: /),
      });
      const removed = await cli([
        "audit",
        "verify",
        copy("removed", (l) => l.filter((x) => !x.includes('"i":3,'))),
        "--public-key",
        pub,
      ]);
      expect({ code: removed.code, out: removed.out }).toMatchObject({
        code: 1,
        out: expect.stringMatching(/^Tampering detected at entry 3/),
      });
    });

    it("exits 2 with one line for a missing path, an empty file, binary junk and a missing or foreign key", async () => {
      const empty = join(copies, "empty.jsonl");
      writeFileSync(empty, "");
      const junk = join(copies, "junk.jsonl");
      writeFileSync(junk, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 97 + 13) % 256)));
      const wrongKey = join(copies, "wrong.pem");
      writeFileSync(wrongKey, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
      for (const argv of [
        ["audit", "verify", join(copies, "missing.jsonl"), "--public-key", pub],
        ["audit", "verify", empty, "--public-key", pub],
        ["audit", "verify", junk, "--public-key", pub],
        ["audit", "verify", join(copies, "changed.jsonl")],
        ["audit", "verify", log, "--public-key", wrongKey],
        ["audit", "report", empty, "--public-key", pub],
      ]) {
        const run = await cli(argv);
        expect({ argv, code: run.code, lines: run.out.trim().split("\n").length }).toEqual({
          argv,
          code: 2,
          lines: 1,
        });
        expect(run.out).toMatch(/^Unusable input: /);
      }
    });

    it("report, query and sample verify first: a tampered log gets exit 1 and nothing else; --no-verify says UNVERIFIED first", async () => {
      const tampered = copy("read-tampered", (lines) => forge(lines, 5));
      for (const sub of [["report"], ["query"], ["sample", "--n", "3", "--seed", "1"]]) {
        const run = await cli(["audit", sub[0] as string, tampered, "--public-key", pub, ...sub.slice(1)]);
        expect({ sub, code: run.code, out: run.out }).toMatchObject({
          sub,
          code: 1,
          out: expect.stringMatching(/^Tampering detected at entry 0[^\n]*\n?$/),
        });
      }
      const unverified = await cli(["audit", "report", tampered, "--public-key", pub, "--no-verify"]);
      expect(unverified.code).toBe(0);
      expect(unverified.out.split("\n")[0]).toMatch(/^UNVERIFIED/);
      expect(unverified.err.split("\n")[0]).toMatch(/^UNVERIFIED/);
    });

    it("report makes no claim about erasure or subjects without the key ring, and says what it verified", async () => {
      const bare = await cli(["audit", "report", log]);
      expect(bare.out).not.toMatch(/entries erased/);
      expect(bare.out).toMatch(/erasure not assessed: needs the shop's key ring/);
      expect(bare.out).toMatch(
        /^# Explanation log report\n\nIntegrity: verified \d+ entries against the signed tree head/,
      );
      const json = JSON.parse((await cli(["audit", "report", log, "--format", "json"])).out);
      expect(json).toMatchObject({ keys: false, erasedEntries: null, withdrawal: null, citations: null });
      const keyed = JSON.parse((await cli(["audit", "report", log, "--keys", keys, "--format", "json"])).out);
      expect(keyed).toMatchObject({
        keys: true,
        erasedEntries: 0,
        personalizedWithoutConsent: { slates: 0 },
      });
      expect((await cli(["audit", "report", log, "--format", "csv"])).out.split("\r\n")[0]).toBe(
        "section,key,metric,value",
      );
    });

    it("verify says which public key it used when it took the one beside the log", async () => {
      const run = await cli(["audit", "verify", log]);
      expect(run.err).toMatch(
        /verifying with the public key found beside the log .*compare it with the key the shop published/,
      );
      expect(run.out).toMatch(/key [0-9a-f]{16}… \(.*log\.jsonl\.pub\.jwk\.json\)/);
    });

    it("gives usage errors (exit 2) for bad calls", async () => {
      for (const argv of [
        ["audit"],
        ["audit", "frob", log],
        ["audit", "report"],
        ["audit", "report", log, "--format", "xml"],
      ])
        expect((await cli(argv)).code).toBe(2);
    });
  });

  describe("secrets and writers (item 4)", () => {
    it("keeps the signer, pseudonym keys and key ring in a 0700 key directory, 0600 each, and none beside the log", () => {
      expect(statSync(keys).mode & 0o777).toBe(0o700);
      for (const name of ["signer.jwk.json", "pseudonym-keys.json", "key-ring.jsonl"])
        expect({ name, mode: statSync(join(keys, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
      expect(readdirSync(shop).filter((n) => /signer|pseudonym|keys|ring/.test(n))).toEqual([]);
    });

    it("refuses a log that keeps its secrets beside it (the earlier layout), saying where to move them", async () => {
      const old = join(dir, "old", "log.jsonl");
      mkdirSync(join(dir, "old"));
      copyFileSync(log, old);
      copyFileSync(`${log}.pub.jwk.json`, `${old}.pub.jwk.json`);
      writeFileSync(`${old}.keys.jsonl`, "");
      await expect(openLogForWriting(old, () => undefined)).rejects.toThrow(/secrets beside the log .* mv /);
    });

    it("a second writer process is refused with a clear error while the first holds the log; a dead writer's lock is taken over", async () => {
      const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
      const lock = `${log}.lock`;
      try {
        writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), since: Date.now() }));
        await expect(openLogForWriting(log, () => undefined, { keys })).rejects.toThrow(
          new RegExp(`locked by another writer \\(process ${holder.pid}`),
        );
        const run = await cli(["audit", "head", log, "--keys", keys]);
        expect({ code: run.code, err: run.err }).toMatchObject({
          code: 1,
          err: expect.stringMatching(/locked by another writer/),
        });
      } finally {
        holder.kill();
      }
      await new Promise((r) => setTimeout(r, 200));
      const { log: opened } = await openLogForWriting(log, () => undefined, { keys });
      await opened.close();
      expect(existsSync(lock)).toBe(false);
      expect((await cli(["audit", "verify", log])).code).toBe(0);
    });
  });

  describe("the report tells a re-consent from a late withdrawal (issue 11)", () => {
    it("counts a withdrawal followed by a re-consent as one withdrawal, one re-consent and no late one", async () => {
      const rlog = join(dir, "consents", "log.jsonl");
      const rkeys = join(dir, "consents-keys");
      const { log: opened } = await openLogForWriting(rlog, () => undefined, { create: true, keys: rkeys });
      const event = (n: number, type: "given" | "withdrawn", granted: boolean) => ({
        id: `e${n}`,
        at: 1_767_225_600_000 + n * 1000,
        type,
        purposes: { "personalization.browsing": { granted, dataCategories: [], source: "choice" as const } },
        changed: ["personalization.browsing"],
        via: { kind: "ui" as const, control: "settings" },
        notice: { id: "n", version: "1", hash: "h" },
        regime: "gdpr" as const,
        region: "DE",
      });
      const served = (
        n: number,
        cited: ReturnType<typeof event>,
        mode: "personalized" | "non_profiling",
        withdrawnAt: number | null,
      ) => ({
        at: 1_767_225_600_000 + n * 1000 + 1,
        surface: "home",
        slateId: `s${n}`,
        rank: 1,
        subject: "rita",
        jurisdiction: "DE",
        minor: false,
        mode,
        item: `i${n}`,
        provider: "p",
        score: 1,
        contributions: [],
        effects: [],
        explanation: { templateId: "t", text: "x" },
        dataCategories: [],
        legalBasis: {
          basis: mode === "personalized" ? ("consent" as const) : null,
          purposes: mode === "personalized" ? ["personalization.browsing"] : [],
          consent: mode === "personalized" ? ("valid" as const) : ("withdrawn" as const),
          consentRecordId: "r",
          consentStateHash: "h",
          withdrawnAt,
          consentEventId: cited.id,
          consentEventHash: consentEventHash(cited),
        },
        versions: { model: "m", policy: "p", disclosure: "d" },
        controls: [],
      });
      const given = event(1, "given", true);
      const withdrawn = event(3, "withdrawn", false);
      const again = event(5, "given", true);
      await opened.appendConsent({ subject: "rita", recordId: "r", event: given });
      await opened.append([served(2, given, "personalized", null)]);
      await opened.appendConsent({ subject: "rita", recordId: "r", event: withdrawn });
      await opened.append([served(4, withdrawn, "non_profiling", withdrawn.at)]);
      await opened.appendConsent({ subject: "rita", recordId: "r", event: again });
      // As candor simulate does, the re-consented state still carries the last withdrawal's time.
      await opened.append([served(6, again, "personalized", withdrawn.at)]);
      await opened.close();
      const report = JSON.parse(
        (await cli(["audit", "report", rlog, "--keys", rkeys, "--format", "json"])).out,
      );
      expect(report.withdrawal).toEqual({
        source: "consent-entries",
        withdrawals: 1,
        reConsents: 1,
        late: 0,
        lateEntries: 0,
        delayMs: { median: 0, max: 0 },
      });
      expect(report.citations).toMatchObject({ checked: 2, matched: 2 });
      expect(report.consentEvents).toEqual({ entries: 3, byType: { given: 2, withdrawn: 1 }, subjects: 1 });
      const consents = await cli([
        "audit",
        "query",
        rlog,
        "--kind",
        "consent",
        "--format",
        "csv",
        "--keys",
        rkeys,
      ]);
      const rows = consents.out.trim().split("\r\n");
      expect(rows[0]).toMatch(/^index,id,time,type,granted,changed,/);
      expect(rows.slice(1).map((r) => r.split(",")[3])).toEqual(["given", "withdrawn", "given"]);
      const hers = await cli([
        "audit",
        "query",
        rlog,
        "--kind",
        "served,consent",
        "--subject",
        "rita",
        "--keys",
        rkeys,
      ]);
      expect(hers.out.trim().split("\n")).toHaveLength(6);
    });
  });
});
