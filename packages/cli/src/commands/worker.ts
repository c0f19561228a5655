/** `candor worker`: keeps the shared statistics in PostgreSQL from the NATS JetStream event stream. */
import { openDatabase, startWorker } from "@candor/server";
import { numberFlag, parseFlags } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Command } from "../main.ts";
import { streamName } from "./serve.ts";

const help = `Usage: candor worker --database-url postgres://… --nats nats://… [--nats-stream NAME]
                     [--refit-min-events N] [--refit-drift F] [--refit-interval-ms MS] [--min-support N] [--no-refit]

Joins the durable consumer group of the event stream that \`candor serve --nats\` publishes to, and stores each
event's pseudonymous interaction in the shared statistics (table shared_interactions). A message is acknowledged
only after its row is committed; redelivered messages count once (idempotent on the event id); events of subjects
erased since are dropped. Run as many workers as you like: they share the consumer.

When the shared statistics drifted (at least --refit-min-events events and --refit-drift of the last snapshot's
changed) one worker at a time refits item-kNN (k-anonymous: --min-support shoppers per link) and popularity and
publishes a model snapshot (table model_snapshots, with its SHA-256); every candor serve hot-reloads it.

Options:
  --database-url URL   the servers' PostgreSQL (also CANDOR_DATABASE_URL)
  --nats URL           the NATS server with JetStream (also CANDOR_NATS_URL)
  --nats-stream NAME   the stream's name, as given to candor serve (default CANDOR_EVENTS)
  --refit-min-events N refit after at least N changed events (default 1000)
  --refit-drift F      …and at least this share of the last snapshot's events (default 0.1)
  --refit-interval-ms  how often to look (default 5000)
  --min-support N      distinct shoppers every collaborative link needs (default 5)
  --no-refit           never refit (another worker does)`;

export const workerCommand: Command = {
  summary: "consume the event stream into the shared statistics (with candor serve --nats)",
  help,
  async run(argv, io) {
    const { flags, positionals } = parseFlags(argv, {
      "database-url": "string",
      nats: "string",
      "nats-stream": "string",
      "refit-min-events": "string",
      "refit-drift": "string",
      "refit-interval-ms": "string",
      "min-support": "string",
      "no-refit": "boolean",
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const url = (flags["database-url"] as string | undefined) ?? process.env.CANDOR_DATABASE_URL;
    const nats = (flags.nats as string | undefined) ?? process.env.CANDOR_NATS_URL;
    if (!url) throw new UsageError("--database-url is required (the servers' PostgreSQL)");
    if (!nats || !/^nats:\/\//.test(nats)) throw new UsageError("--nats nats://… is required");
    const refit = {
      minEvents: numberFlag(flags, "refit-min-events", 1000, (n) => Number.isInteger(n) && n >= 1),
      drift: numberFlag(flags, "refit-drift", 0.1, (n) => n >= 0 && n <= 10),
      intervalMs: numberFlag(flags, "refit-interval-ms", 5000, (n) => Number.isInteger(n) && n >= 100),
      minSupport: numberFlag(flags, "min-support", 5, (n) => Number.isInteger(n) && n >= 1),
    };
    const db = await openDatabase({ url });
    const worker = await startWorker(db, nats, {
      ...streamName(flags["nats-stream"]),
      refit: flags["no-refit"] === true ? false : refit,
      onError: (issue) => io.err(`candor worker: ${issue.code}: ${issue.message}`),
    });
    io.out(`candor worker: consuming the event stream at ${nats}`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    const deadline = setTimeout(() => {
      io.err("candor worker: did not stop within 10 s; exiting (unacknowledged messages are redelivered)");
      process.exit(1);
    }, 10_000);
    deadline.unref();
    await worker.stop();
    clearTimeout(deadline);
    const { stored, duplicates, snapshots } = worker.counts();
    io.out(
      `candor worker: stopped (${stored} stored, ${duplicates} redeliveries ignored, ${snapshots} model snapshots)`,
    );
    await db.close();
    return 0;
  },
};
