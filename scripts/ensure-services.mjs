// Makes sure the services of the server suite are there before the unit tests (called by scripts/check.mjs):
// PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres or root, database `test`), and NATS with JetStream at
// 127.0.0.1:4222 for the multi-process test (the same steps: use it, start a throwaway `nats-server -js`, or install
// Debian's `nats-server`). If it answers, it is used; if
// PostgreSQL is installed but stopped, a throwaway instance is started in a temporary directory (and stopped again by
// `node scripts/ensure-services.mjs --stop`, which check.mjs runs at the end); if it is missing and this runs as
// root, Debian's package is installed with apt-get (as for Chromium). What was found is written to
// test/artifacts/services.json, which the suite reads. When none of that works the PostgreSQL variant of the suite is
// SKIPPED, and this says so loudly; the PGlite variant always runs. This script never fails the check by itself.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const STATE = "test/artifacts/services.json";
const HOST = "127.0.0.1";
// The port to look at (and to start a throwaway on); another one only to try this script beside a running server.
const PORT = Number(process.env.CANDOR_SERVICES_PG_PORT ?? 5432);
const root = typeof process.getuid === "function" && process.getuid() === 0;
const serverRequire = createRequire(new URL("../packages/server/package.json", import.meta.url));
const postgres = serverRequire("postgres");
const NATS_PORT = Number(process.env.CANDOR_SERVICES_NATS_PORT ?? 4222);

function loud(message) {
  const bar = "!".repeat(100);
  console.warn(`\n${bar}\n!!! ${message}\n${bar}\n`);
}

function write(state) {
  mkdirSync("test/artifacts", { recursive: true });
  writeFileSync(STATE, `${JSON.stringify(state, null, 2)}\n`);
}

/** A URL on `port` whose database `test` exists (created if the server answers without it), or null. */
async function reachable(port) {
  for (const user of ["postgres", "root"]) {
    const admin = postgres({
      host: HOST,
      port,
      user,
      database: "postgres",
      max: 1,
      connect_timeout: 3,
      onnotice() {},
    });
    try {
      await admin`SELECT 1`;
      const found = await admin`SELECT 1 FROM pg_database WHERE datname = 'test'`;
      if (found.length === 0) await admin.unsafe("CREATE DATABASE test");
      return `postgres://${user}@${HOST}:${port}/test`;
    } catch {
      // Not this user, or nothing listening.
    } finally {
      await admin.end({ timeout: 1 }).catch(() => {});
    }
  }
  return null;
}

/** The directory holding initdb and pg_ctl, or null. */
function binaries() {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath && existsSync(join(onPath, "..", "initdb"))) return join(onPath, "..");
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, "bin", "pg_ctl"))) return join(base, v, "bin");
  return null;
}

/** Runs a PostgreSQL tool; as root, as the `postgres` user (initdb refuses root). */
function runTool(bin, tool, args) {
  const command = join(bin, tool);
  if (!root) return execFileSync(command, args, { stdio: "pipe" });
  return execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
}

async function startThrowaway(bin) {
  const dir = mkdtempSync(join(tmpdir(), "candor-pg-"));
  const data = join(dir, "data");
  if (root) execFileSync("chown", ["postgres", dir]);
  runTool(bin, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  for (const port of [PORT, PORT + 1000]) {
    try {
      runTool(bin, "pg_ctl", [
        "-D",
        data,
        "-l",
        join(dir, "log"),
        "-w",
        "-o",
        `-p ${port} -k ${dir} -c listen_addresses=${HOST} -c fsync=off`,
        "start",
      ]);
    } catch {
      continue;
    }
    const url = await reachable(port);
    if (url) return { url, dir, data, bin };
    runTool(bin, "pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
  }
  rmSync(dir, { recursive: true, force: true });
  return null;
}

function stop() {
  if (!existsSync(STATE)) return;
  const state = JSON.parse(readFileSync(STATE, "utf8"));
  if (state.natsThrowaway) {
    try {
      process.kill(state.natsThrowaway.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    rmSync(state.natsThrowaway.dir, { recursive: true, force: true });
    console.log("ensure-services: stopped the throwaway nats-server");
    write({ ...state, nats: null, natsThrowaway: null });
  }
  if (!state.throwaway) return;
  try {
    runTool(state.throwaway.bin, "pg_ctl", ["-D", state.throwaway.data, "-m", "fast", "-w", "stop"]);
  } catch (error) {
    console.warn(`ensure-services: could not stop the throwaway PostgreSQL: ${error.message}`);
  }
  rmSync(state.throwaway.dir, { recursive: true, force: true });
  write({
    ...state,
    throwaway: null,
    postgres: null,
    ...(state.natsThrowaway ? { nats: null, natsThrowaway: null } : {}),
    reason: "the throwaway PostgreSQL was stopped",
  });
  console.log("ensure-services: stopped the throwaway PostgreSQL");
}

async function ensurePostgres() {
  const url = await reachable(PORT);
  if (url) return { postgres: url, reason: `PostgreSQL answers at ${HOST}:${PORT}`, throwaway: null };
  let bin = binaries();
  if (!bin && root && existsSync("/usr/bin/apt-get")) {
    console.log("ensure-services: installing Debian's postgresql (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
      execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], {
        stdio: "inherit",
        env,
      });
    } catch (error) {
      return {
        postgres: null,
        reason: `apt-get install postgresql failed: ${error.message}`,
        throwaway: null,
      };
    }
    bin = binaries();
  }
  if (!bin)
    return {
      postgres: null,
      reason: "PostgreSQL is not installed and cannot be installed here (not root, or no apt-get)",
      throwaway: null,
    };
  try {
    const started = await startThrowaway(bin);
    if (started) {
      console.log(`ensure-services: started a throwaway PostgreSQL in ${started.dir} (${started.url})`);
      const { url: startedUrl, ...throwaway } = started;
      return { postgres: startedUrl, reason: "throwaway PostgreSQL", throwaway };
    }
  } catch (error) {
    return {
      postgres: null,
      reason: `could not start a throwaway PostgreSQL: ${error.message}`,
      throwaway: null,
    };
  }
  return { postgres: null, reason: "a throwaway PostgreSQL did not come up", throwaway: null };
}

/** Whether NATS with JetStream answers on `port`. */
async function natsAnswers(port) {
  const { connect } = serverRequire("@nats-io/transport-node");
  const { jetstreamManager } = serverRequire("@nats-io/jetstream");
  let nc;
  try {
    nc = await connect({ servers: `nats://${HOST}:${port}`, timeout: 2000, reconnect: false });
    await (await jetstreamManager(nc)).getAccountInfo();
    return true;
  } catch {
    return false;
  } finally {
    await nc?.close().catch(() => {});
  }
}

async function ensureNats() {
  const url = `nats://${HOST}:${NATS_PORT}`;
  if (await natsAnswers(NATS_PORT))
    return { nats: url, natsReason: `NATS JetStream answers at ${url}`, natsThrowaway: null };
  const which = () => spawnSync("sh", ["-c", "command -v nats-server"], { encoding: "utf8" }).stdout.trim();
  let bin = which();
  if (!bin && root && existsSync("/usr/bin/apt-get")) {
    console.log("ensure-services: installing Debian's nats-server (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nats-server"], {
        stdio: "inherit",
        env,
      });
    } catch (error) {
      return {
        nats: null,
        natsReason: `apt-get install nats-server failed: ${error.message}`,
        natsThrowaway: null,
      };
    }
    bin = which();
  }
  if (!bin)
    return {
      nats: null,
      natsReason: "nats-server is not installed and cannot be installed here",
      natsThrowaway: null,
    };
  const dir = mkdtempSync(join(tmpdir(), "candor-nats-"));
  const child = spawn(bin, ["-js", "-a", HOST, "-p", String(NATS_PORT), "-sd", dir], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  for (let i = 0; i < 50; i++) {
    if (await natsAnswers(NATS_PORT)) {
      console.log(`ensure-services: started a throwaway nats-server (pid ${child.pid}, ${url})`);
      return { nats: url, natsReason: "throwaway nats-server", natsThrowaway: { pid: child.pid, dir } };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    process.kill(child.pid, "SIGTERM");
  } catch {
    // Never started.
  }
  rmSync(dir, { recursive: true, force: true });
  return { nats: null, natsReason: "a throwaway nats-server did not come up", natsThrowaway: null };
}

if (process.argv.includes("--stop")) {
  stop();
} else {
  const state = { ...(await ensurePostgres()), ...(await ensureNats()) };
  write(state);
  if (state.postgres)
    console.log(`ensure-services: the server suite runs on PGlite and on ${state.postgres}`);
  else
    loud(
      `The PostgreSQL variant of the server suite will be SKIPPED: ${state.reason}. Only PGlite will run.`,
    );
  if (state.postgres && state.nats) console.log(`ensure-services: the multi-process test uses ${state.nats}`);
  else
    loud(
      `The multi-process test (PostgreSQL + NATS JetStream) will be SKIPPED: ${state.postgres ? state.natsReason : state.reason}.`,
    );
}
