/**
 * NATS JetStream for events: every server publishes the events its subjects' consent let into shared statistics to
 * one durable stream, one message per accepted batch (up to {@link EVENTS_PER_MESSAGE} events, a JSON array), with a
 * digest of the batch's event ids as the JetStream message id (a republished batch is deduplicated within the
 * stream's window, and the worker's insert is idempotent on the event id beyond it, or when a retry regroups the
 * events); workers share one durable consumer and acknowledge a message only after its rows are committed.
 * At-least-once delivery, exactly-once effect. Workers also accept the single-event messages of earlier servers.
 */
import { createHash } from "node:crypto";
import { AckPolicy, type JsMsg, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";

/** The stream and its subjects. */
export const EVENT_STREAM = "CANDOR_EVENTS";
const SUBJECT_PREFIX = "candor.events";
/** The most events one stream message carries (a batch of more is split). */
export const EVENTS_PER_MESSAGE = 500;
/** The durable consumer every worker shares (a consumer group). */
export const WORKER_CONSUMER = "candor-workers";

/** An event as it travels to the workers: pseudonymous (the subject's keyed reference), no context, no session. */
export interface SharedEvent {
  /** The idempotency id (the client's event id, else the vault's record id). */
  readonly id: string;
  readonly subjectRef: string;
  readonly type: "view" | "add_to_cart" | "purchase" | "rating" | "dismiss";
  readonly item: string;
  readonly rating?: number;
  /** When it happened (epoch ms). */
  readonly at: number;
  /** When the server accepted it (epoch ms): the worker's ingest lag is measured from here. */
  readonly acceptedAt: number;
}

/** Where servers publish. */
export interface EventBus {
  /** Publishes and waits for JetStream's acknowledgement of every message (then the events are durable). */
  publish(events: readonly SharedEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** Names of the stream and of the workers' consumer; default {@link EVENT_STREAM} and {@link WORKER_CONSUMER}. */
export interface StreamNames {
  readonly stream?: string;
  readonly consumer?: string;
}

/** Options of {@link connectEventBus}. */
export interface EventBusOptions extends StreamNames {
  /** How long a publish waits for JetStream's acknowledgement before the request gets a 503; default 5,000 ms. */
  readonly publishTimeoutMs?: number;
}

/**
 * Connects to NATS and makes sure the stream exists. The connection reconnects for as long as the process runs: during
 * a broker outage publishes fail after `publishTimeoutMs` (the route answers 503) and succeed again once it is back.
 */
export async function connectEventBus(url: string, options: EventBusOptions = {}): Promise<EventBus> {
  const nc = await connect({ servers: url, name: "candor-server", ...RECONNECT });
  const stream = options.stream ?? EVENT_STREAM;
  const prefix = subjectPrefix(stream);
  await ensureStream(nc, stream);
  const js = jetstream(nc, { timeout: options.publishTimeoutMs ?? 5000 });
  return {
    async publish(events) {
      // One message per batch instead of one per event: one acknowledgement to wait for, not hundreds.
      const chunks: SharedEvent[][] = [];
      for (let at = 0; at < events.length; at += EVENTS_PER_MESSAGE)
        chunks.push(events.slice(at, at + EVENTS_PER_MESSAGE));
      await Promise.all(
        chunks.map((chunk) =>
          js.publish(`${prefix}.${(chunk[0] as SharedEvent).subjectRef.slice(0, 2)}`, JSON.stringify(chunk), {
            msgID: batchId(chunk),
          }),
        ),
      );
    },
    close: () => nc.drain(),
  };
}

/**
 * The message id of a batch: the same events in any order (a retried batch) make the same id, which JetStream
 * deduplicates within its window.
 */
function batchId(events: readonly SharedEvent[]): string {
  const digest = createHash("sha256");
  for (const id of events.map((e) => e.id).sort()) digest.update(`${id}\n`);
  return `b1.${digest.digest("base64url")}`;
}

/** Never give up reconnecting (the client's default stops after ten attempts, which would outlive no outage). */
const RECONNECT = { maxReconnectAttempts: -1, reconnectTimeWait: 500 } as const;

/** The subjects of a stream: `candor.events` for the default one, `candor.events-<name>` for another. */
function subjectPrefix(stream: string): string {
  return stream === EVENT_STREAM ? SUBJECT_PREFIX : `${SUBJECT_PREFIX}-${stream.toLowerCase()}`;
}

async function ensureStream(nc: NatsConnection, stream: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(stream);
  } catch {
    await jsm.streams.add({
      name: stream,
      subjects: [`${subjectPrefix(stream)}.>`],
      storage: "file",
      duplicate_window: 2 * 60 * 1_000_000_000,
    });
  }
}

/** A consumer of the stream's events for a worker. */
export interface EventConsumer {
  /**
   * Calls `handle` with the events of each fetched group of messages; the messages are acknowledged only when `handle`
   * resolves. Ends on `stop`.
   */
  run(handle: (events: SharedEvent[]) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** Joins the workers' durable consumer (created on first use). */
export async function connectEventConsumer(
  url: string,
  /** `batch`: messages per fetch, default 100 (each carries up to {@link EVENTS_PER_MESSAGE} events). */
  options: StreamNames & { readonly batch?: number } = {},
): Promise<EventConsumer> {
  const nc = await connect({ servers: url, name: "candor-worker", ...RECONNECT });
  const stream = options.stream ?? EVENT_STREAM;
  const durable = options.consumer ?? WORKER_CONSUMER;
  await ensureStream(nc, stream);
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.consumers.info(stream, durable);
  } catch {
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      ack_wait: 30 * 1_000_000_000,
      max_ack_pending: 20_000,
    });
  }
  const consumer = await jetstream(nc).consumers.get(stream, durable);
  let stopped = false;
  return {
    async run(handle) {
      const batch = options.batch ?? 100;
      while (!stopped) {
        const got: JsMsg[] = [];
        try {
          const messages = await consumer.fetch({ max_messages: batch, expires: 1000 });
          for await (const m of messages) got.push(m);
        } catch {
          // The broker is unreachable (or the fetch was cut): what was not acknowledged is redelivered later.
          if (!stopped) await pause(500);
          continue;
        }
        if (got.length === 0) continue;
        const events: SharedEvent[] = [];
        for (const m of got) {
          try {
            const body = m.json<SharedEvent | SharedEvent[]>();
            if (Array.isArray(body)) for (const event of body) events.push(event);
            else events.push(body);
          } catch {
            m.term();
          }
        }
        try {
          await handle(events);
        } catch {
          // The database refused the batch: redelivered after a second, nothing is acknowledged.
          for (const m of got) nakQuietly(m);
          await pause(500);
          continue;
        }
        for (const m of got) ackQuietly(m);
      }
    },
    async stop() {
      stopped = true;
      await nc.drain();
    },
  };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function ackQuietly(m: JsMsg): void {
  try {
    m.ack();
  } catch {
    // Disconnected after the commit: the message is redelivered and the idempotent insert counts it once.
  }
}

function nakQuietly(m: JsMsg): void {
  try {
    m.nak(1000);
  } catch {
    // Disconnected: the ack wait runs out and the message is redelivered anyway.
  }
}

/** Deletes a stream and its consumers (tests and benchmarks clean up theirs); resolves to whether it existed. */
export async function deleteStream(url: string, stream: string): Promise<boolean> {
  const nc = await connect({ servers: url, name: "candor-admin" });
  try {
    return await (await jetstreamManager(nc)).streams.delete(stream);
  } catch {
    return false;
  } finally {
    await nc.close();
  }
}

/** How many messages a stream holds. */
export async function streamMessages(url: string, stream: string): Promise<number> {
  const nc = await connect({ servers: url, name: "candor-admin" });
  try {
    return (await (await jetstreamManager(nc)).streams.info(stream)).state.messages;
  } finally {
    await nc.close();
  }
}
