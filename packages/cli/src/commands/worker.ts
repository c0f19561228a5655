/** `candor worker`: keeps the shared statistics in PostgreSQL from the NATS JetStream event stream. */
import { openDatabase, startWorker } from "@candor/server";
import { parseFlags } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Command } from "../main.ts";
import { streamName } from "./serve.ts";

const help = `Usage: candor worker --database-url postgres://… --nats nats://… [--nats-stream NAME]

Joins the durable consumer group of the event stream that \`candor serve --nats\` publishes to, and stores each
event's pseudonymous interaction in the shared statistics (table shared_interactions). A message is acknowledged
only after its row is committed; redelivered messages count once (idempotent on the event id); events of subjects
erased since are dropped. Run as many workers as you like: they share the consumer.

Options:
  --database-url URL   the servers' PostgreSQL (also CANDOR_DATABASE_URL)
  --nats URL           the NATS server with JetStream (also CANDOR_NATS_URL)
  --nats-stream NAME   the stream's name, as given to candor serve (default CANDOR_EVENTS)`;

export const workerCommand: Command = {
  summary: "consume the event stream into the shared statistics (with candor serve --nats)",
  help,
  async run(argv, io) {
    const { flags, positionals } = parseFlags(argv, {
      "database-url": "string",
      nats: "string",
      "nats-stream": "string",
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const url = (flags["database-url"] as string | undefined) ?? process.env.CANDOR_DATABASE_URL;
    const nats = (flags.nats as string | undefined) ?? process.env.CANDOR_NATS_URL;
    if (!url) throw new UsageError("--database-url is required (the servers' PostgreSQL)");
    if (!nats || !/^nats:\/\//.test(nats)) throw new UsageError("--nats nats://… is required");
    const db = await openDatabase({ url });
    const worker = await startWorker(db, nats, streamName(flags["nats-stream"]));
    io.out(`candor worker: consuming the event stream at ${nats}`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    await worker.stop();
    const { stored, duplicates } = worker.counts();
    io.out(`candor worker: stopped (${stored} stored, ${duplicates} redeliveries ignored)`);
    await db.close();
    return 0;
  },
};
