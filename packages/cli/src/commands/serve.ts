/** `candor serve`: the HTTP server (`@candor/server`) over embedded PGlite by default, or PostgreSQL. */
import { randomBytes } from "node:crypto";
import { createCatalog } from "@candor/sample-shop";
import {
  connectEventBus,
  createCandorServer,
  type Db,
  type EventBus,
  type Listening,
  listen,
  openDatabase,
} from "@candor/server";
import { numberFlag, parseFlags } from "../args.ts";
import { type CliIo, UsageError } from "../io.ts";
import type { Command } from "../main.ts";

const help = `Usage: candor serve [--database-url postgres://…] [--data-dir DIR] [--nats nats://…] [--port N] [--host H]
                    [--seed S] [--items N] [--no-content] [--models-poll-ms MS] [--ingest-claim-ms MS]

Serves Candor over HTTP: the consent ledger, consent-gated event ingest, recommendations through the one serving
pipeline (createServing) with their explanations committed to the explanation log first, the log for auditors
(signed heads, entries, proofs, export) and subject rights (export, erase). See docs/http-api.md.

With no flags it runs on a fresh machine: an embedded PostgreSQL (PGlite) in .candor/pglite and the sample shop's
catalog (the demo's data).

Options:
  --database-url URL   a PostgreSQL server instead of PGlite (also CANDOR_DATABASE_URL)
  --data-dir DIR       PGlite's data directory (default .candor/pglite; "memory" keeps nothing)
  --nats URL           publish accepted events to NATS JetStream for \`candor worker\` (also CANDOR_NATS_URL);
                       without it events are ingested in-process only
  --nats-stream NAME   the stream's name (default CANDOR_EVENTS)
  --port N             port to listen on (default 8787; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1)
  --seed S             the sample catalog's seed (default 1, as the demo)
  --items N            the sample catalog's size (default 2000)
  --no-content         serve without the content-similarity model (its fit takes minutes at 100k items)
  --ingest-claim-ms MS how long ids claimed by an ingest that never finished block a retry (default 60000)
  --models-poll-ms MS  how often to look for a new model snapshot from candor worker besides LISTEN (default 5000)

Credentials come from CANDOR_SHOP_KEY, CANDOR_AUDITOR_KEY and CANDOR_TOKEN_SECRET (32+ characters); those not set
are generated for this run and printed.`;

/** The stream (and consumer) names for a --nats-stream flag. */
export function streamName(flag: string | boolean | undefined): { stream?: string; consumer?: string } {
  if (flag === undefined) return {};
  if (typeof flag !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(flag))
    throw new UsageError("--nats-stream must be 1–64 characters of A–Z, a–z, 0–9, '_' or '-'");
  return { stream: flag, consumer: `${flag}-workers` };
}

/** A started `candor serve`. */
export interface ServeHandle extends Listening {
  readonly db: Db;
}

/** Starts the server for `argv` (what `candor serve` runs until SIGINT/SIGTERM). */
export async function startServe(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ServeHandle> {
  const { flags, positionals } = parseFlags(argv, {
    "database-url": "string",
    "data-dir": "string",
    nats: "string",
    "nats-stream": "string",
    port: "string",
    host: "string",
    seed: "string",
    items: "string",
    "models-poll-ms": "string",
    "no-content": "boolean",
    "ingest-claim-ms": "string",
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = numberFlag(flags, "port", 8787, (n) => Number.isInteger(n) && n >= 0 && n <= 65_535);
  const seed = numberFlag(flags, "seed", 1, Number.isSafeInteger);
  const items = numberFlag(flags, "items", 2000, (n) => Number.isInteger(n) && n >= 50 && n <= 200_000);
  const claimMs = numberFlag(flags, "ingest-claim-ms", 60_000, (n) => Number.isInteger(n) && n >= 1000);
  const pollMs = numberFlag(flags, "models-poll-ms", 5000, (n) => Number.isInteger(n) && n >= 100);
  const url = (flags["database-url"] as string | undefined) ?? env.CANDOR_DATABASE_URL;
  const dataDir = (flags["data-dir"] as string | undefined) ?? ".candor/pglite";
  if (url !== undefined && flags["data-dir"] !== undefined)
    throw new UsageError("--data-dir is for PGlite; it cannot be combined with --database-url");
  const generated: string[] = [];
  const secret = (name: string) => {
    const value = env[name];
    if (value) return value;
    const made = randomBytes(24).toString("base64url");
    generated.push(`  ${name}=${made}`);
    return made;
  };
  const auth = {
    shopKey: secret("CANDOR_SHOP_KEY"),
    auditorKey: secret("CANDOR_AUDITOR_KEY"),
    tokenSecret: secret("CANDOR_TOKEN_SECRET"),
  };
  if (auth.tokenSecret.length < 32)
    throw new UsageError("CANDOR_TOKEN_SECRET must have at least 32 characters");
  const natsUrl = (flags.nats as string | undefined) ?? env.CANDOR_NATS_URL;
  if (natsUrl !== undefined && !/^nats:\/\//.test(natsUrl))
    throw new UsageError("--nats must be a nats:// URL");
  const db = await openDatabase(url !== undefined ? { url } : dataDir === "memory" ? {} : { dataDir });
  let bus: EventBus | undefined;
  try {
    if (natsUrl !== undefined) bus = await connectEventBus(natsUrl, streamName(flags["nats-stream"]));
    const catalog = createCatalog({ seed, items });
    const server = await createCandorServer({
      db,
      catalog: catalog.items,
      auth,
      ...(bus ? { bus } : {}),
      models: { pollMs },
      ingestClaimMs: claimMs,
      ...(flags["no-content"] === true ? { serving: { content: false } } : {}),
      onError: (issue) => io.err(`candor serve: ${issue.code}: ${issue.message}`),
    });
    const listening = await listen(server, {
      port,
      ...(flags.host === undefined ? {} : { host: flags.host as string }),
    });
    const store =
      url !== undefined ? "PostgreSQL" : dataDir === "memory" ? "PGlite (in memory)" : `PGlite in ${dataDir}`;
    io.out(
      `candor serve: listening on ${listening.url} (${store}${bus ? ", NATS JetStream" : ""}, sample catalog seed ${seed}, ${items} items)`,
    );
    if (generated.length > 0)
      io.out(`credentials generated for this run (set them to keep them):\n${generated.join("\n")}`);
    return {
      ...listening,
      db,
      close: async () => {
        await listening.close();
        await bus?.close();
        await db.close();
      },
    };
  } catch (error) {
    await bus?.close().catch(() => {});
    await db.close();
    throw error;
  }
}

export const serveCommand: Command = {
  summary: "serve Candor over HTTP (PGlite by default, or --database-url postgres://…)",
  help,
  async run(argv, io) {
    const handle = await startServe(argv, io);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    io.out("candor serve: stopping");
    // Graceful, within a deadline: a close stuck on the database or the broker must not keep the process alive.
    const deadline = setTimeout(() => {
      io.err("candor serve: did not stop within 10 s; exiting");
      process.exit(1);
    }, 10_000);
    deadline.unref();
    await handle.close();
    clearTimeout(deadline);
    return 0;
  },
};
