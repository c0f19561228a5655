/** A persona's earlier visits: views, carts and purchases drawn from their tastes, deterministic by seed. */
import type { Catalog, Persona } from "@candor/sample-shop";
/** One past interaction of a persona. */
export interface PastEvent {
    readonly type: "view" | "add_to_cart" | "purchase";
    readonly item: string;
    /** Days before now. */
    readonly daysAgo: number;
}
/**
 * About twenty past interactions: items picked by the persona's taste for their category times the item's
 * popularity prior, skipping sold-out, sensitive and age-restricted ones; every fourth is carted, every eighth bought.
 */
export declare function personaHistory(persona: Persona, catalog: Catalog, seed: number, count?: number): PastEvent[];
