import { type Policy, type Vault } from "@candor/core/policy";
import { type Serving } from "@candor/core/serve";
import type { Catalog, Category, Persona, Product, Seller } from "@candor/sample-shop";
import { type DemoAuditLog } from "./audit-log.ts";
import { type DeviceVaultStorage } from "./device-vault-storage.ts";
import { type GenerateRequest } from "./traffic-chunk.ts";
/** The seed of everything generated. */
export declare const SHOP_SEED = 7;
/** The background: 2,000 shoppers over the 30 days before today (UTC), about 60,000 events. */
export declare function backgroundRequest(now?: number): GenerateRequest;
/** The loaded shop. */
export interface Shop {
    readonly catalog: Catalog;
    readonly products: ReadonlyMap<string, Product>;
    readonly sellers: ReadonlyMap<string, Seller>;
    readonly categories: ReadonlyMap<string, Category>;
    readonly policy: Policy;
    readonly vault: Vault;
    readonly storage: DeviceVaultStorage;
    /** The serving pipeline: every row is served, explained and logged through it. */
    readonly serving: Serving<Product>;
    readonly audit: DemoAuditLog;
    /** What the background contributed, for the privacy center. */
    readonly background: {
        readonly shoppers: number;
        readonly events: number;
        readonly subjects: number;
        readonly interactions: number;
    };
}
/** Runs the generator worker and builds the shop. */
export declare function loadShop(request?: GenerateRequest): Promise<Shop>;
/** Generates the personas in their own worker (their names need more Faker locales than the catalog). */
export declare function loadPersonas(seed?: number): Promise<readonly Persona[]>;
