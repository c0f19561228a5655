/**
 * The demo's shop session: one framework-agnostic zustand store over the consent manager, the vault, the recommender,
 * the cart and the demo controls. Everything the shopper does goes through consent → policy → recommend → rerank →
 * explain → log; components only read this store and call its actions.
 */
import type { ConsentManager, ConsentState } from "@candor/core/consent";
import type { Control } from "@candor/core/explain";
import type { Device, EventContext, PolicyConsent } from "@candor/core/policy";
import type { IngestOutcome } from "@candor/core/serve";
import type { RowSettings } from "@candor/preact";
import type { Persona } from "@candor/sample-shop";
import { createStore, type StoreApi } from "zustand/vanilla";
import { consentKey, createDemoConsent } from "./consent.ts";
import { personaHistory } from "./persona-history.ts";
import { defaultVariety } from "./rerank.ts";
import { type RowRequest, type ServedRow, serveRow } from "./serve.ts";
import { SHOP_SEED, type Shop } from "./shop-data.ts";

/** The demo controls, mirrored in the URL (`?region=US-CA&gpc=1&minor=1&persona=persona-02&lang=de`). */
export interface DemoParams {
  readonly region: string;
  readonly gpc: boolean;
  readonly minor: boolean;
  readonly persona: string | null;
  readonly locale: string;
}

/** One cart line. */
export interface CartLine {
  readonly item: string;
  readonly quantity: number;
}

/** A placed order. */
export interface Order {
  readonly id: string;
  readonly lines: readonly CartLine[];
  readonly total: number;
}

/** The session's state. */
export interface SessionState {
  readonly params: DemoParams;
  readonly consent: ConsentManager;
  /** CPRA §7027 limit on sensitive personal information. */
  readonly limitSensitive: boolean;
  /** The generated shop, once loaded. */
  readonly shop: Shop | null;
  /** The demo personas, once generated (after the shop). */
  readonly personas: readonly Persona[];
  readonly loadError: string | null;
  /** Kept in memory only (essential, never written to the device). */
  readonly cart: readonly CartLine[];
  readonly order: Order | null;
  /** Settings per recommendation row. */
  readonly rows: Readonly<Record<string, RowSettings>>;
  /** Items the shopper said "not interested" to in this visit (kept in memory even when they may not be stored). */
  readonly dismissed: readonly string[];
  /** Bumped after every vault write or erasure, so rows are served again. */
  readonly vaultVersion: number;
  readonly settingsOpen: boolean;
}

/** What a row asks the session for; the session adds the settings, consent, context and locale. */
export type RowQuery = Omit<RowRequest, "settings" | "consent" | "session" | "context" | "locale">;

/** The session: its store and actions. */
export interface ShopSession {
  readonly store: StoreApi<SessionState>;
  /** The consent state with the CPRA limit flag, the same object until either changes. */
  policyConsent(): PolicyConsent;
  attach(shop: Shop): void;
  setPersonas(personas: readonly Persona[]): void;
  fail(message: string): void;
  setParams(patch: Partial<DemoParams>): void;
  setSettingsOpen(open: boolean): void;
  setLimitSensitive(limited: boolean): void;
  rowSettings(row: string): RowSettings;
  setRow(row: string, settings: RowSettings): void;
  /** Serves a row through the pipeline (explained and logged there); `null` before the shop is loaded. */
  serve(row: string, query: RowQuery): Promise<ServedRow> | null;
  track(type: "view" | "add_to_cart" | "purchase", item: string): Promise<IngestOutcome | null>;
  /**
   * Records a search through the serving pipeline: the vault stores its terms only while the browsing purpose (which
   * covers `pd:SearchHistory`) is granted; `null` before the shop is loaded or for a blank query.
   */
  search(query: string): Promise<IngestOutcome | null>;
  addToCart(item: string): void;
  removeFromCart(item: string): void;
  checkout(): Promise<Order | null>;
  control(control: Control, item: string): Promise<void>;
  /** After "erase everything": forget the visit's derived state. */
  erased(): void;
  /** Deletes every stored record and choice of the demo on this device, then reloads. */
  resetEverything(): Promise<void>;
}

const DAY_MS = 86_400_000;
const limitKey = (persona: string | null) => `candor.limit-sensitive${persona === null ? "" : `.${persona}`}`;
const randomId = (prefix: string) => `${prefix}${crypto.getRandomValues(new Uint32Array(2)).join("")}`;

/** Reads the demo controls from the URL. */
export function paramsFromUrl(search: string): DemoParams {
  const params = new URLSearchParams(search);
  return {
    region: params.get("region") ?? "DE",
    gpc: params.get("gpc") === "1",
    minor: params.get("minor") === "1",
    persona: params.get("persona"),
    locale: params.get("lang") ?? "en",
  };
}

function writeUrl(params: DemoParams) {
  const url = new URL(location.href);
  const set = (key: string, value: string | null) =>
    value === null ? url.searchParams.delete(key) : url.searchParams.set(key, value);
  set("region", params.region);
  set("gpc", params.gpc ? "1" : null);
  set("minor", params.minor ? "1" : null);
  set("persona", params.persona);
  set("lang", params.locale === "en" ? null : params.locale);
  history.replaceState(history.state, "", url);
}

/** Creates the session for the given controls; the shop is attached when the generator is done. */
export function createShopSession(initial: DemoParams): ShopSession {
  const sessionId = randomId("visit-");
  const seeded = new Set<string>();
  const limited = new WeakMap<ConsentState, PolicyConsent>();
  let unsubscribe = () => {};

  const store = createStore<SessionState>()(() => ({
    params: initial,
    consent: createDemoConsent(initial),
    limitSensitive: localStorage.getItem(limitKey(initial.persona)) === "1",
    shop: null,
    personas: [],
    loadError: null,
    cart: [],
    order: null,
    rows: {},
    dismissed: [],
    vaultVersion: 0,
    settingsOpen: false,
  }));
  const get = store.getState;

  const policyConsent = (): PolicyConsent => {
    const state = get().consent.getState();
    if (!get().limitSensitive) return state;
    let withLimit = limited.get(state);
    if (!withLimit) {
      withLimit = { ...state, limitSensitive: true };
      limited.set(state, withLimit);
    }
    return withLimit;
  };

  const context = (): EventContext => {
    const region = get().consent.getState().regime.region;
    const device: Device = matchMedia("(pointer: coarse)").matches ? "mobile" : "desktop";
    const locale = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/.test(navigator.language)
      ? navigator.language
      : "en";
    return { device, hourOfDay: new Date().getHours(), locale, ...(region ? { region } : {}) };
  };

  /** Stores a persona's earlier visits once their consent allows it, so their tastes show. */
  const seedPersona = async () => {
    const { params, shop, personas } = get();
    const persona = personas.find((p) => p.id === params.persona);
    if (!shop || !persona || seeded.has(persona.id)) return;
    const consent = policyConsent();
    if (consent.status !== "decided") return;
    seeded.add(persona.id);
    if ((await shop.vault.export(consent.subject)).events.length > 0) return;
    const now = Date.now();
    const outcomes = await Promise.all(
      personaHistory(persona, shop.catalog, SHOP_SEED).map((e) =>
        shop.serving.ingest(
          {
            type: e.type,
            item: e.item,
            subject: consent.subject,
            at: now - e.daysAgo * DAY_MS,
            session: `past-${e.daysAgo}`,
            context: context(),
          },
          consent,
        ),
      ),
    );
    if (!outcomes.some((o) => o.stored)) seeded.delete(persona.id);
  };

  /** Side effects of consent changes: a withdrawn similar-shoppers purpose forgets the shopper's shared data. */
  const watch = (manager: ConsentManager) => {
    unsubscribe();
    unsubscribe = manager.subscribe((state) => {
      const shop = get().shop;
      if (shop && state.granted["personalization.similar-shoppers"] !== true) {
        shop.serving.forget(state.subject);
      }
      void seedPersona();
    });
  };
  watch(get().consent);

  const append = async (event: Record<string, unknown>): Promise<IngestOutcome | null> => {
    const shop = get().shop;
    if (!shop) return null;
    const consent = policyConsent();
    const outcome = await shop.serving.ingest(
      { ...event, subject: consent.subject, at: Date.now(), session: sessionId, context: context() },
      consent,
    );
    return outcome;
  };

  const rowSettings = (row: string): RowSettings =>
    get().rows[row] ?? { personalized: true, variety: defaultVariety };

  return {
    store,
    policyConsent,
    attach(shop) {
      // Rows re-serve when the vault changes (stored events, hidden items, erasure): its own store says when.
      shop.vault.subscribe((vault) => store.setState({ vaultVersion: vault.version }));
      store.setState({ shop, vaultVersion: shop.vault.getState().version });
      void seedPersona();
    },
    setPersonas(personas) {
      store.setState({ personas });
      void seedPersona();
    },
    fail: (message) => store.setState({ loadError: message }),
    setParams(patch) {
      const before = get().params;
      const params = { ...before, ...patch };
      if (patch.persona !== undefined && patch.persona !== before.persona && patch.minor === undefined) {
        const persona = get().personas.find((p) => p.id === patch.persona);
        params.minor = persona?.minor ?? false;
      }
      writeUrl(params);
      const renew =
        params.region !== before.region || params.minor !== before.minor || params.persona !== before.persona;
      if (renew) {
        const consent = createDemoConsent(params);
        watch(consent);
        store.setState({
          params,
          consent,
          limitSensitive: localStorage.getItem(limitKey(params.persona)) === "1",
          dismissed: [],
        });
        void seedPersona();
      } else {
        store.setState({ params });
        if (params.gpc !== before.gpc) get().consent.applyGpc(params.gpc);
      }
    },
    setSettingsOpen: (open) => store.setState({ settingsOpen: open }),
    setLimitSensitive(on) {
      const key = limitKey(get().params.persona);
      if (on) localStorage.setItem(key, "1");
      else localStorage.removeItem(key);
      store.setState({ limitSensitive: on });
    },
    rowSettings,
    setRow: (row, settings) => store.setState({ rows: { ...get().rows, [row]: settings } }),
    serve(row, query) {
      const { shop, dismissed, params } = get();
      if (!shop) return null;
      return serveRow(shop, {
        ...query,
        exclude: [...dismissed, ...(query.exclude ?? [])],
        settings: rowSettings(row),
        consent: policyConsent(),
        session: sessionId,
        context: context(),
        locale: params.locale,
      });
    },
    track: (type, item) => append({ type, item }),
    search(query) {
      const trimmed = query.trim().slice(0, 200);
      return trimmed === "" ? Promise.resolve(null) : append({ type: "search", query: trimmed });
    },
    addToCart(item) {
      const cart = get().cart;
      const line = cart.find((l) => l.item === item);
      store.setState({
        cart: line
          ? cart.map((l) => (l.item === item ? { item, quantity: l.quantity + 1 } : l))
          : [...cart, { item, quantity: 1 }],
        order: null,
      });
      void append({ type: "add_to_cart", item });
    },
    removeFromCart: (item) => store.setState({ cart: get().cart.filter((l) => l.item !== item) }),
    async checkout() {
      const { cart, shop } = get();
      if (!shop || cart.length === 0) return null;
      const total = cart.reduce((sum, l) => sum + (shop.products.get(l.item)?.price ?? 0) * l.quantity, 0);
      const order: Order = { id: randomId("order-").slice(0, 14), lines: cart, total };
      store.setState({ cart: [], order });
      await Promise.all(cart.map((l) => append({ type: "purchase", item: l.item })));
      return order;
    },
    async control(control, item) {
      switch (control.kind) {
        case "not-interested":
          store.setState({ dismissed: [...new Set([...get().dismissed, item])] });
          await append({ type: "dismiss", item: control.item });
          break;
        case "dont-use":
          await append({ type: "hide_from_history", item: control.item });
          break;
        case "turn-off":
          get().consent.withdraw(control.purpose, {
            kind: "ui",
            control: "explanation.turn-off",
            ui: "candor-why@1",
          });
          break;
        default:
          break;
      }
    },
    erased() {
      localStorage.removeItem(limitKey(get().params.persona));
      seeded.clear();
      store.setState({ cart: [], order: null, dismissed: [], limitSensitive: false });
    },
    async resetEverything() {
      await get().shop?.storage.destroy();
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith("candor.") || key === consentKey(null)) localStorage.removeItem(key);
      }
      location.hash = "#/";
      location.reload();
    },
  };
}
