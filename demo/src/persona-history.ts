/** A persona's earlier visits: views, carts and purchases drawn from their tastes, deterministic by seed. */
import type { Catalog, Persona } from "@candor/sample-shop";
import { deriveSeed, mulberry32 } from "@candor/sample-shop";

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
export function personaHistory(persona: Persona, catalog: Catalog, seed: number, count = 20): PastEvent[] {
  const random = mulberry32(deriveSeed(seed, `history:${persona.id}`));
  const pool = catalog.items.filter(
    (p) => (persona.tastes[p.category] ?? 0) > 0 && p.stock > 0 && !p.sensitive && !p.ageRestricted,
  );
  const weights = pool.map((p) => (persona.tastes[p.category] ?? 0) * (0.05 + p.popularityPrior));
  const total = weights.reduce((a, b) => a + b, 0);
  const picked = new Set<string>();
  const events: PastEvent[] = [];
  for (let attempt = 0; events.length < count && attempt < count * 20 && total > 0; attempt++) {
    let r = random() * total;
    let index = 0;
    while (index < weights.length - 1 && r > (weights[index] ?? 0)) r -= weights[index++] ?? 0;
    const product = pool[index];
    if (!product || picked.has(product.id)) continue;
    picked.add(product.id);
    const n = events.length;
    const type = n % 8 === 7 ? "purchase" : n % 4 === 3 ? "add_to_cart" : "view";
    events.push({ type, item: product.id, daysAgo: count - n });
  }
  return events;
}
