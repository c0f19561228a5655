/**
 * The demo's shop session: one framework-agnostic zustand store over the consent manager, the vault, the recommender,
 * the cart and the demo controls. Everything the shopper does goes through consent → policy → recommend → rerank →
 * explain → log; components only read this store and call its actions.
 */
import type { ConsentManager } from "@candor/core/consent";
import type { Control } from "@candor/core/explain";
import type { PolicyConsent } from "@candor/core/policy";
import type { IngestOutcome } from "@candor/core/serve";
import type { RowSettings } from "@candor/preact";
import type { Persona } from "@candor/sample-shop";
import { type StoreApi } from "zustand/vanilla";
import { type RowRequest, type ServedRow } from "./serve.ts";
import { type Shop } from "./shop-data.ts";
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
    addToCart(item: string): void;
    removeFromCart(item: string): void;
    checkout(): Promise<Order | null>;
    control(control: Control, item: string): Promise<void>;
    /** After "erase everything": forget the visit's derived state. */
    erased(): void;
    /** Deletes every stored record and choice of the demo on this device, then reloads. */
    resetEverything(): Promise<void>;
}
/** Reads the demo controls from the URL. */
export declare function paramsFromUrl(search: string): DemoParams;
/** Creates the session for the given controls; the shop is attached when the generator is done. */
export declare function createShopSession(initial: DemoParams): ShopSession;
