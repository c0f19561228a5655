/// <reference lib="webworker" />
/** Generates the sample catalog and its background traffic off the main thread, deterministic by seed. */

import type { Catalog } from "@candor/sample-shop";
import { createCatalog, createShoppers, type SimRecord, streamTraffic } from "@candor/sample-shop";
import {
  type ChunkConsent,
  DEVICES,
  type GenerateRequest,
  INGEST_TYPES,
  type ShoppersMessage,
  type TrafficChunk,
} from "./traffic-chunk.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (message: MessageEvent<GenerateRequest>) => {
  const request = message.data;
  const catalog: Catalog = createCatalog({ seed: request.seed });
  scope.postMessage({ kind: "catalog", catalog });
  const shoppers = createShoppers({ seed: request.seed, catalog, shoppers: request.shoppers });
  const regions = [...new Set(shoppers.map((s) => s.region))];
  const subjectIndex = new Map(shoppers.map((s, i) => [s.subject, i]));
  const itemIndex = new Map(catalog.items.map((p, i) => [p.id, i]));
  scope.postMessage({
    kind: "shoppers",
    subjects: shoppers.map((s) => s.subject),
    regionOf: Uint8Array.from(shoppers.map((s) => regions.indexOf(s.region))),
    regions,
  } satisfies ShoppersMessage);
  const stream = streamTraffic({
    seed: request.seed,
    catalog,
    shoppers: request.shoppers,
    eventsPerShopperPerDay: request.eventsPerShopperPerDay,
    days: request.days,
    start: request.start,
  });
  let chunk = newChunk(request.chunk);
  for (const record of stream) {
    add(chunk, record, subjectIndex, itemIndex, regions);
    if (chunk.count === request.chunk) {
      send(chunk, false);
      chunk = newChunk(request.chunk);
    }
  }
  send(chunk, true);
};

interface Building {
  count: number;
  generated: number;
  readonly subject: Uint32Array;
  readonly type: Uint8Array;
  readonly item: Uint32Array;
  readonly at: Float64Array;
  readonly device: Uint8Array;
  readonly hour: Uint8Array;
  readonly region: Uint8Array;
  readonly consents: ChunkConsent[];
}

function newChunk(size: number): Building {
  return {
    count: 0,
    generated: 0,
    subject: new Uint32Array(size),
    type: new Uint8Array(size),
    item: new Uint32Array(size),
    at: new Float64Array(size),
    device: new Uint8Array(size),
    hour: new Uint8Array(size),
    region: new Uint8Array(size),
    consents: [],
  };
}

function add(
  chunk: Building,
  record: SimRecord,
  subjects: ReadonlyMap<string, number>,
  items: ReadonlyMap<string, number>,
  regions: readonly string[],
) {
  const subject = subjects.get(record.subject) ?? 0;
  if (record.type === "consent") {
    chunk.consents.push({ before: chunk.count, subject, choices: record.choices as Record<string, boolean> });
    return;
  }
  chunk.generated++;
  const type = (INGEST_TYPES as readonly string[]).indexOf(record.type);
  const item = "item" in record ? items.get(record.item) : undefined;
  if (type < 0 || item === undefined) return;
  const i = chunk.count++;
  chunk.subject[i] = subject;
  chunk.type[i] = type;
  chunk.item[i] = item;
  chunk.at[i] = record.at;
  chunk.device[i] = Math.max(0, DEVICES.indexOf(record.context.device));
  chunk.hour[i] = record.context.hourOfDay;
  chunk.region[i] = Math.max(0, regions.indexOf(record.context.region));
}

function send(chunk: Building, last: boolean) {
  const message: TrafficChunk = { kind: "traffic", ...chunk, last };
  scope.postMessage(message, [
    chunk.subject.buffer,
    chunk.type.buffer,
    chunk.item.buffer,
    chunk.at.buffer,
    chunk.device.buffer,
    chunk.hour.buffer,
    chunk.region.buffer,
  ]);
}
