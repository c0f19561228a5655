/** The interaction table: user–item events with dense integer indexes, stored column-wise in typed arrays. */
import { ConfigError } from "../internal/candor-error.ts";

/**
 * User–item interactions. Users and items carry dense indexes `0..numUsers-1` and `0..numItems-1`;
 * `userIds` and `itemIds` map them back to the ids found in the source. Splits of one table share these maps.
 */
export interface Interactions {
  /** Original user id of each dense user index. */
  readonly userIds: readonly string[];
  /** Original item id of each dense item index. */
  readonly itemIds: readonly string[];
  /** Number of users in the index map (some may have no interaction in this table). */
  readonly numUsers: number;
  /** Number of items in the index map (some may have no interaction in this table). */
  readonly numItems: number;
  /** Dense user index of each interaction. */
  readonly users: Int32Array;
  /** Dense item index of each interaction. */
  readonly items: Int32Array;
  /** Rating of each interaction; 1 when the source has none (implicit feedback). */
  readonly ratings: Float64Array;
  /** Unix time in seconds of each interaction; `NaN` when the source has none. */
  readonly timestamps: Float64Array;
}

/** One interaction as the source names it. */
export interface InteractionRow {
  readonly user: string;
  readonly item: string;
  /** Default 1 (implicit feedback). */
  readonly rating?: number;
  /** Unix time in seconds; default `NaN` (unknown). */
  readonly timestamp?: number;
}

/** Collects interactions one at a time and assigns dense indexes in order of first appearance. */
export interface InteractionsBuilder {
  /** Appends one interaction. */
  add(user: string, item: string, rating?: number, timestamp?: number): void;
  /** Returns the table built so far (the builder may keep adding afterwards). */
  build(): Interactions;
}

/** Creates an {@link InteractionsBuilder} with growable typed columns. */
export function createInteractionsBuilder(): InteractionsBuilder {
  const userIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const userIds: string[] = [];
  const itemIds: string[] = [];
  let size = 0;
  let users = new Int32Array(1024);
  let items = new Int32Array(1024);
  let ratings = new Float64Array(1024);
  let timestamps = new Float64Array(1024);
  const grow = () => {
    const capacity = users.length * 2;
    users = copyInto(new Int32Array(capacity), users);
    items = copyInto(new Int32Array(capacity), items);
    ratings = copyInto(new Float64Array(capacity), ratings);
    timestamps = copyInto(new Float64Array(capacity), timestamps);
  };
  return {
    add(user, item, rating = 1, timestamp = Number.NaN) {
      if (size === users.length) grow();
      let u = userIndex.get(user);
      if (u === undefined) {
        u = userIds.length;
        userIndex.set(user, u);
        userIds.push(user);
      }
      let i = itemIndex.get(item);
      if (i === undefined) {
        i = itemIds.length;
        itemIndex.set(item, i);
        itemIds.push(item);
      }
      users[size] = u;
      items[size] = i;
      ratings[size] = rating;
      timestamps[size] = timestamp;
      size++;
    },
    build() {
      return {
        userIds: userIds.slice(),
        itemIds: itemIds.slice(),
        numUsers: userIds.length,
        numItems: itemIds.length,
        users: users.slice(0, size),
        items: items.slice(0, size),
        ratings: ratings.slice(0, size),
        timestamps: timestamps.slice(0, size),
      };
    },
  };
}

/** Builds a table from rows; dense indexes follow the order of first appearance. */
export function interactionsFromRows(rows: Iterable<InteractionRow>): Interactions {
  const builder = createInteractionsBuilder();
  for (const row of rows) builder.add(row.user, row.item, row.rating, row.timestamp);
  return builder.build();
}

/** Options of {@link selectInteractions}. */
export interface SelectOptions {
  /**
   * Drop users and items left without interactions and renumber the rest, keeping their relative order.
   * Default `false`: the index maps are shared with the source, as splits need.
   */
  readonly compact?: boolean;
}

/** Returns the interactions whose position is flagged in `keep` (non-zero), in their original order. */
export function selectInteractions(
  source: Interactions,
  keep: ArrayLike<number | boolean>,
  options: SelectOptions = {},
): Interactions {
  if (keep.length !== source.users.length) {
    throw new ConfigError("keep", `has ${keep.length} flags for ${source.users.length} interactions`);
  }
  const positions: number[] = [];
  for (let p = 0; p < keep.length; p++) if (keep[p]) positions.push(p);
  const users = new Int32Array(positions.length);
  const items = new Int32Array(positions.length);
  const ratings = new Float64Array(positions.length);
  const timestamps = new Float64Array(positions.length);
  positions.forEach((p, q) => {
    users[q] = source.users[p] ?? 0;
    items[q] = source.items[p] ?? 0;
    ratings[q] = source.ratings[p] ?? 0;
    timestamps[q] = source.timestamps[p] ?? Number.NaN;
  });
  if (!options.compact) return { ...source, users, items, ratings, timestamps };
  const userMap = renumber(users, source.numUsers);
  const itemMap = renumber(items, source.numItems);
  return {
    userIds: userMap.kept.map((u) => source.userIds[u] ?? ""),
    itemIds: itemMap.kept.map((i) => source.itemIds[i] ?? ""),
    numUsers: userMap.kept.length,
    numItems: itemMap.kept.length,
    users,
    items,
    ratings,
    timestamps,
  };
}

/** Concatenates tables that share one index map (e.g. train and validation of one split). */
export function concatInteractions(parts: readonly Interactions[]): Interactions {
  const first = parts[0];
  if (first === undefined) throw new ConfigError("parts", "must hold at least one table");
  let size = 0;
  parts.forEach((part, index) => {
    if (part.numUsers !== first.numUsers || part.numItems !== first.numItems) {
      throw new ConfigError(`parts.${index}`, "does not share the index maps of parts.0");
    }
    size += part.users.length;
  });
  const users = new Int32Array(size);
  const items = new Int32Array(size);
  const ratings = new Float64Array(size);
  const timestamps = new Float64Array(size);
  let offset = 0;
  for (const part of parts) {
    users.set(part.users, offset);
    items.set(part.items, offset);
    ratings.set(part.ratings, offset);
    timestamps.set(part.timestamps, offset);
    offset += part.users.length;
  }
  return { ...first, users, items, ratings, timestamps };
}

/** Renumbers the used indexes of `column` in place, in ascending order of their old index. */
function renumber(column: Int32Array, count: number): { kept: number[] } {
  const next = new Int32Array(count).fill(-1);
  for (const old of column) next[old] = 0;
  const kept: number[] = [];
  for (let old = 0; old < count; old++) {
    if (next[old] === 0) {
      next[old] = kept.length;
      kept.push(old);
    }
  }
  for (let p = 0; p < column.length; p++) column[p] = next[column[p] ?? 0] ?? 0;
  return { kept };
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
