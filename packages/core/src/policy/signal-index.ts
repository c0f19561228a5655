/** The vault's in-memory index: per-subject events with category bitmasks, and cached signal views. */
import { contextCategory, interactionCategory } from "./data-categories.ts";
import type { DataCategoryId, EventContext, StoredEvent, VaultRecord, ViewEvent } from "./types.ts";

/** One stored interaction with its masks and views. */
export interface Slot {
  readonly record: StoredEvent;
  /** The event as a view shows it when all its context is allowed: the record itself unless it needs amending. */
  readonly full: ViewEvent;
  /** Bits of its own and special categories: all must be allowed for the event to be seen. */
  readonly core: number;
  /** Bits of its context categories: stripped when not allowed. */
  readonly ctx: number;
  hidden: boolean;
  /** The last stripped variant and the allowed mask it was made for. */
  stripped: ViewEvent | null;
  strippedFor: number;
}

interface SubjectData {
  readonly records: VaultRecord[];
  readonly slots: Slot[];
  readonly views: Map<number, readonly ViewEvent[]>;
}

/** A category beyond the 30 that get a bit: never allowed, so such events never reach a view (deny by default). */
const OVERFLOW = 1 << 30;
const FIELDS = Object.keys(contextCategory) as (keyof EventContext)[];
const EMPTY: readonly ViewEvent[] = Object.freeze([]);
const MAX_CACHED_VIEWS = 8;

/** Creates the index. `special` categories are registered first so their bits are stable. */
export function createSignalIndex(special: readonly DataCategoryId[]) {
  const subjects = new Map<string, SubjectData>();
  const bits = new Map<DataCategoryId, number>();
  const names: DataCategoryId[] = [];
  const byMask = new Map<number, readonly DataCategoryId[]>();
  let specialMask = 0;

  const bit = (category: DataCategoryId): number => {
    let b = bits.get(category);
    if (b === undefined) {
      b = names.length < 30 ? 1 << names.length : OVERFLOW;
      bits.set(category, b);
      if (b !== OVERFLOW) names.push(category);
      if (special.includes(category)) specialMask |= b;
    }
    return b;
  };
  for (const category of Object.values(interactionCategory)) bit(category);
  for (const category of Object.values(contextCategory)) bit(category);
  for (const category of special) bit(category);
  const contextMask = Object.values(contextCategory).reduce((mask, c) => mask | bit(c), 0);
  const fieldBits = FIELDS.map((field) => bit(contextCategory[field]));

  /** The categories of a mask in bit order, as one shared frozen array per mask. */
  const categoriesOf = (mask: number): readonly DataCategoryId[] => {
    let list = byMask.get(mask);
    if (!list) {
      list = Object.freeze(names.filter((_, i) => (mask & (1 << i)) !== 0));
      byMask.set(mask, list);
    }
    return list;
  };

  const dataOf = (subject: string): SubjectData => {
    let data = subjects.get(subject);
    if (!data) {
      data = { records: [], slots: [], views: new Map() };
      subjects.set(subject, data);
    }
    return data;
  };

  const stripped = (slot: Slot, allowed: number): ViewEvent => {
    if (slot.stripped && slot.strippedFor === allowed) return slot.stripped;
    const full = slot.full;
    const event: Record<string, unknown> = {
      v: 1,
      id: full.id,
      subject: slot.record.subject,
      type: full.type,
    };
    if (full.item !== undefined) event.item = full.item;
    if (full.query !== undefined) event.query = full.query;
    if (full.rating !== undefined) event.rating = full.rating;
    event.at = full.at;
    if (full.session !== undefined) event.session = full.session;
    const context: Record<string, unknown> = {};
    let kept = false;
    for (let i = 0; i < FIELDS.length; i++) {
      const field = FIELDS[i] as keyof EventContext;
      const value = full.context?.[field];
      if (value !== undefined && ((fieldBits[i] as number) & allowed) !== 0) {
        context[field] = value;
        kept = true;
      }
    }
    if (kept) event.context = Object.freeze(context);
    const mask = slot.core | (slot.ctx & allowed);
    event.categories =
      (mask & OVERFLOW) === 0
        ? categoriesOf(mask)
        : Object.freeze(
            full.categories.filter((c) => (bit(c) & contextMask) === 0 || (bit(c) & allowed) !== 0),
          );
    event.special = full.special;
    slot.stripped = Object.freeze(event) as unknown as ViewEvent;
    slot.strippedFor = allowed;
    return slot.stripped;
  };

  return {
    bit,
    categoriesOf,
    /** Bits of the special categories. */
    get specialMask(): number {
      return specialMask;
    },
    /** The mask of the known categories among `categories` (unknown ones are simply not allowed). */
    maskOf(categories: readonly DataCategoryId[]): number {
      let mask = 0;
      for (const category of categories) mask |= bits.get(category) ?? 0;
      return mask & ~OVERFLOW;
    },

    /** Indexes a record in append order (ids are the caller's to keep unique). `extra` adds special categories found since. */
    add(record: VaultRecord, extra: readonly DataCategoryId[] = []): void {
      const data = dataOf(record.subject);
      data.records.push(record);
      data.views.clear();
      if (record.type === "hide_from_history") {
        // Slots are in append order, so these are exactly the events stored before the request.
        for (const slot of data.slots) {
          if (
            slot.record.id === record.eventId ||
            (record.item !== undefined && slot.record.item === record.item)
          ) {
            slot.hidden = true;
          }
        }
        return;
      }
      let core = bit(interactionCategory[record.type]);
      for (const category of record.categories)
        if ((bit(category) & contextMask) === 0) core |= bit(category);
      for (const category of extra) core |= bit(category);
      let ctx = 0;
      if (record.context)
        for (const field of FIELDS)
          if (record.context[field] !== undefined) ctx |= bit(contextCategory[field]);
      const mask = core | ctx;
      const categories =
        (mask & OVERFLOW) === 0
          ? categoriesOf(mask)
          : Object.freeze([...new Set([...record.categories, ...extra])]);
      const special = (core & specialMask) !== 0;
      // Records appended live carry the shared categories array of their mask, so they serve as their own view.
      const full =
        record.categories === categories && record.special === special
          ? record
          : (Object.freeze({ ...record, categories, special }) as StoredEvent);
      data.slots.push({ record, full, core, ctx, hidden: false, stripped: null, strippedFor: 0 });
    },

    /** The subject's visible events whose categories are all in `allowed`; cached until the subject changes. */
    events(subject: string, allowed: number): readonly ViewEvent[] {
      const data = subjects.get(subject);
      if (!data) return EMPTY;
      const cached = data.views.get(allowed);
      if (cached) return cached;
      const deny = ~allowed;
      const out: ViewEvent[] = [];
      for (const slot of data.slots) {
        if (slot.hidden || (slot.core & deny) !== 0) continue;
        out.push((slot.ctx & deny) === 0 ? slot.full : stripped(slot, allowed));
      }
      const events = Object.freeze(out);
      if (data.views.size >= MAX_CACHED_VIEWS) data.views.clear();
      data.views.set(allowed, events);
      return events;
    },

    slots: (subject: string): readonly Slot[] => subjects.get(subject)?.slots ?? [],
    records: (subject: string): readonly VaultRecord[] => subjects.get(subject)?.records ?? [],
    hasEvent: (subject: string, id: string): boolean =>
      subjects.get(subject)?.slots.some((slot) => slot.record.id === id) ?? false,
    hasItem: (subject: string, item: string): boolean =>
      subjects.get(subject)?.slots.some((slot) => slot.record.item === item) ?? false,

    /** Drops the subject and everything derived from its records; returns the records that were held. */
    remove(subject: string): readonly VaultRecord[] {
      const records = subjects.get(subject)?.records ?? [];
      subjects.delete(subject);
      return records;
    },
  };
}

/** The in-memory index of a vault. */
export type SignalIndex = ReturnType<typeof createSignalIndex>;
