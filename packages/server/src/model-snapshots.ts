/**
 * Model snapshots shared across servers. A worker refits the collaborative models (item-kNN with its k-anonymity
 * floor, and popularity) from the shared statistics in PostgreSQL when they drifted, encodes them keyed by item id (so
 * that a worker needs no catalog) and publishes them to `model_snapshots` with their SHA-256. Every server loads the
 * newest snapshot whose digest and structure check out, re-indexes it to its own catalog and serves it
 * (`Serving.installModels`); a corrupt one is refused and the models in force keep serving.
 */
import { createHash } from "node:crypto";
import {
  createSharedStats,
  fitServedModels,
  type InstalledModels,
  type ItemKnnModel,
} from "@candor/core/recommend";
import type { Db } from "./db.ts";

/** The NOTIFY channel a published snapshot is announced on (payload: its id). */
export const MODELS_CHANNEL = "candor_models";
/** Advisory lock key of the refit (one worker refits at a time). */
export const REFIT_LOCK = 7_431_007;
const MAGIC = 0x434d5331; // "CMS1"

/** The collaborative models of one snapshot, indexed by position in `items`. */
export interface ModelSnapshot {
  /** Item ids; every index of `knn` and `popularity` is a position here. */
  readonly items: readonly string[];
  readonly knn: ItemKnnModel;
  /** Popularity in [0, 1] per item of `items`. */
  readonly popularity: Float64Array;
  /** Subjects and distinct subject–item pairs fitted on. */
  readonly subjects: number;
  readonly interactions: number;
  /** Rows of the shared statistics read (events, before deduplication by subject and item). */
  readonly events: number;
  /** When it was fitted (epoch ms). */
  readonly fittedAt: number;
}

/** A snapshot as stored: its id and digest besides the decoded models. */
export interface StoredSnapshot {
  readonly id: number;
  readonly sha256: string;
  readonly snapshot: ModelSnapshot;
}

/** Why a stored snapshot was refused. */
export class CorruptSnapshotError extends Error {
  constructor(
    readonly id: number,
    reason: string,
  ) {
    super(`model snapshot ${id} is refused: ${reason}`);
    this.name = "CorruptSnapshotError";
  }
}

/** Hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Encodes a snapshot: magic, header length, JSON header, then the arrays (little-endian). */
export function encodeSnapshot(snapshot: ModelSnapshot): Uint8Array {
  const n = snapshot.items.length;
  const m = snapshot.knn.neighbours.length;
  const header = new TextEncoder().encode(
    JSON.stringify({
      items: snapshot.items,
      n,
      m,
      subjects: snapshot.subjects,
      interactions: snapshot.interactions,
      events: snapshot.events,
      fittedAt: snapshot.fittedAt,
    }),
  );
  const body = new Uint8Array(8 + header.length + (n + 1) * 4 + m * 8 + n * 8);
  const view = new DataView(body.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  body.set(header, 8);
  let at = 8 + header.length;
  for (const v of snapshot.knn.offsets) at = put(view.setInt32.bind(view), at, v, 4);
  for (const v of snapshot.knn.neighbours) at = put(view.setInt32.bind(view), at, v, 4);
  for (const v of snapshot.knn.weights) at = put(view.setFloat32.bind(view), at, v, 4);
  for (const v of snapshot.popularity) at = put(view.setFloat64.bind(view), at, v, 8);
  return body;
}

function put(set: (at: number, v: number, little: boolean) => void, at: number, v: number, size: number) {
  set(at, v, true);
  return at + size;
}

/** Decodes and checks a snapshot; throws an `Error` saying what is wrong. */
export function decodeSnapshot(body: Uint8Array): ModelSnapshot {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (body.length < 8 || view.getUint32(0, true) !== MAGIC) throw new Error("not a model snapshot");
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > body.length) throw new Error("truncated header");
  const header = JSON.parse(new TextDecoder().decode(body.subarray(8, 8 + headerLength))) as Record<
    string,
    unknown
  >;
  const { items, n, m, subjects, interactions, events, fittedAt } = header;
  if (!Array.isArray(items) || !items.every((i) => typeof i === "string") || items.length !== n)
    throw new Error("bad item list");
  for (const [name, value] of Object.entries({ m, subjects, interactions, events, fittedAt }))
    if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`bad ${name}`);
  const count = n as number;
  const links = m as number;
  if (body.length !== 8 + headerLength + (count + 1) * 4 + links * 8 + count * 8)
    throw new Error("length does not match the header");
  let at = 8 + headerLength;
  const offsets = new Int32Array(count + 1);
  const neighbours = new Int32Array(links);
  const weights = new Float32Array(links);
  const popularity = new Float64Array(count);
  for (let i = 0; i <= count; i++, at += 4) offsets[i] = view.getInt32(at, true);
  for (let i = 0; i < links; i++, at += 4) neighbours[i] = view.getInt32(at, true);
  for (let i = 0; i < links; i++, at += 4) weights[i] = view.getFloat32(at, true);
  for (let i = 0; i < count; i++, at += 8) popularity[i] = view.getFloat64(at, true);
  if (offsets[0] !== 0 || offsets[count] !== links) throw new Error("bad offsets");
  for (let i = 0; i < count; i++)
    if ((offsets[i + 1] as number) < (offsets[i] as number)) throw new Error("bad offsets");
  for (let i = 0; i < links; i++) {
    const j = neighbours[i] as number;
    if (!(j >= 0 && j < count) || !Number.isFinite(weights[i])) throw new Error("bad neighbour");
  }
  for (const p of popularity) if (!(p >= 0 && p <= 1)) throw new Error("bad popularity");
  return {
    items: items as string[],
    knn: { numItems: count, offsets, neighbours, weights },
    popularity,
    subjects: subjects as number,
    interactions: interactions as number,
    events: events as number,
    fittedAt: fittedAt as number,
  };
}

/** Options of {@link fitSnapshot}. */
export interface FitSnapshotOptions {
  /** k-anonymity floor of every item-kNN link (distinct shoppers per pair); default 5, as serving's. */
  readonly minSupport?: number;
  /** Neighbours per item; default 50, as serving's. */
  readonly k?: number;
  /** Popularity half-life in days; default 14, as serving's. */
  readonly popularityHalfLifeDays?: number;
}

/** Fits a snapshot from every row of the shared statistics (erased subjects' rows are deleted with them). */
export async function fitSnapshot(
  db: Db,
  options: FitSnapshotOptions = {},
  now = Date.now(),
): Promise<ModelSnapshot> {
  const rows = await db.query<{ subject_ref: string; item: string; at: unknown }>(
    "SELECT subject_ref, item, at FROM shared_interactions ORDER BY at",
  );
  const index = new Map<string, number>();
  for (const row of rows) if (!index.has(row.item)) index.set(row.item, index.size);
  const stats = createSharedStats({
    numItems: index.size,
    halfLifeMs: (options.popularityHalfLifeDays ?? 14) * 86_400_000,
  });
  for (const row of rows) stats.ingest(row.subject_ref, index.get(row.item) as number, Number(row.at));
  const data = stats.trainingData();
  const fitted = fitServedModels(data, {
    knn: { minSupport: options.minSupport ?? 5, ...(options.k === undefined ? {} : { k: options.k }) },
  });
  const items = [...index.keys()];
  const knn = fitted.knn ?? {
    numItems: items.length,
    offsets: new Int32Array(items.length + 1),
    neighbours: new Int32Array(0),
    weights: new Float32Array(0),
  };
  return {
    items,
    knn,
    popularity: items.length === 0 ? new Float64Array(0) : stats.popularity(),
    subjects: stats.subjects,
    interactions: stats.interactions,
    events: rows.length,
    fittedAt: now,
  };
}

/** Stores a snapshot with its digest and announces it; resolves to its id. Keeps the newest `keep` (default 3). */
export async function publishSnapshot(db: Db, snapshot: ModelSnapshot, keep = 3): Promise<number> {
  const body = encodeSnapshot(snapshot);
  const rows = await db.query<{ id: unknown }>(
    "INSERT INTO model_snapshots (created_at, events, sha256, body) VALUES ($1, $2, $3, $4) RETURNING id",
    [snapshot.fittedAt, snapshot.events, sha256Hex(body), body],
  );
  const id = Number(rows[0]?.id);
  await db.query("DELETE FROM model_snapshots WHERE id <= $1", [id - keep]);
  await db.query("SELECT pg_notify($1, $2)", [MODELS_CHANNEL, String(id)]);
  return id;
}

/** The newest snapshot's id, or `null`. */
export async function latestSnapshotId(db: Db): Promise<number | null> {
  const rows = await db.query<{ id: unknown }>("SELECT max(id) AS id FROM model_snapshots");
  const id = rows[0]?.id;
  return id === null || id === undefined ? null : Number(id);
}

/** Loads snapshot `id` and checks it; rejects with {@link CorruptSnapshotError} when its digest or structure is wrong. */
export async function loadSnapshot(db: Db, id: number): Promise<StoredSnapshot | null> {
  const rows = await db.query<{ sha256: string; body: Uint8Array }>(
    "SELECT sha256, body FROM model_snapshots WHERE id = $1",
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const body = row.body instanceof Uint8Array ? row.body : new Uint8Array(row.body as ArrayBuffer);
  if (sha256Hex(body) !== row.sha256) throw new CorruptSnapshotError(id, "its SHA-256 does not match");
  try {
    return { id, sha256: row.sha256, snapshot: decodeSnapshot(body) };
  } catch (cause) {
    throw new CorruptSnapshotError(id, cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Re-indexes a snapshot to a catalog (`indexOf` of `serving.catalog`): links to or from items the catalog does not
 * have are dropped, and so is their popularity.
 */
export function toCatalog(
  stored: StoredSnapshot,
  catalogSize: number,
  indexOf: (id: string) => number | undefined,
): InstalledModels {
  const { snapshot } = stored;
  const map = snapshot.items.map((id) => indexOf(id) ?? -1);
  const bySlot = new Int32Array(catalogSize).fill(-1);
  for (const [s, c] of map.entries()) if (c >= 0) bySlot[c] = s;
  const { offsets, neighbours, weights } = snapshot.knn;
  const outOffsets = new Int32Array(catalogSize + 1);
  const outNeighbours: number[] = [];
  const outWeights: number[] = [];
  const popularity = new Float64Array(catalogSize);
  for (let c = 0; c < catalogSize; c++) {
    const s = bySlot[c] as number;
    if (s >= 0) {
      popularity[c] = snapshot.popularity[s] as number;
      for (let p = offsets[s] as number; p < (offsets[s + 1] as number); p++) {
        const target = map[neighbours[p] as number] as number;
        if (target < 0) continue;
        outNeighbours.push(target);
        outWeights.push(weights[p] as number);
      }
    }
    outOffsets[c + 1] = outNeighbours.length;
  }
  return {
    version: `snapshot-${stored.id}`,
    knn: {
      numItems: catalogSize,
      offsets: outOffsets,
      neighbours: Int32Array.from(outNeighbours),
      weights: Float32Array.from(outWeights),
    },
    popularity,
    subjects: snapshot.subjects,
    interactions: snapshot.interactions,
  };
}

/** What a server knows of the snapshots. */
export interface ModelSync {
  /** The snapshot in force (`null` before the first) and the last one refused. */
  current(): { readonly id: number | null; readonly refused: number | null };
  /** Loads the newest snapshot now if it is newer than the one in force; resolves to whether one was installed. */
  refresh(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Keeps `install` fed with the newest valid snapshot: on start, on every NOTIFY and every `pollMs`. */
export async function syncModels(options: {
  readonly db: Db;
  readonly install: (stored: StoredSnapshot) => void;
  readonly pollMs: number;
  readonly onError: (code: string, message: string) => void;
}): Promise<ModelSync> {
  const { db } = options;
  let current: number | null = null;
  let refused: number | null = null;
  let running: Promise<boolean> | null = null;
  const check = async (): Promise<boolean> => {
    const newest = await latestSnapshotId(db);
    if (newest === null || newest === current || newest === refused) return false;
    if (current !== null && newest < current) return false;
    try {
      const stored = await loadSnapshot(db, newest);
      if (!stored) return false;
      options.install(stored);
      current = newest;
      return true;
    } catch (cause) {
      if (!(cause instanceof CorruptSnapshotError)) throw cause;
      refused = newest;
      options.onError("models:corrupt", cause.message);
      return false;
    }
  };
  const refresh = (): Promise<boolean> => {
    running ??= check().finally(() => {
      running = null;
    });
    return running;
  };
  const quietly = () => {
    refresh().catch((cause: unknown) => options.onError("models:unavailable", String(cause)));
  };
  let unlisten: (() => Promise<void>) | null = null;
  try {
    unlisten = await db.listen(MODELS_CHANNEL, quietly);
    await refresh();
  } catch (cause) {
    options.onError("models:unavailable", String(cause));
  }
  const timer = setInterval(quietly, options.pollMs);
  timer.unref?.();
  return {
    current: () => ({ id: current, refused }),
    refresh,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
      await unlisten?.().catch(() => {});
    },
  };
}
