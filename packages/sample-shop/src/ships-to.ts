/** Shipping regions: whether an item can be sent to a shopper's region. */
import type { Product, Region } from "./types.ts";

const EU_COUNTRIES = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

/** Whether a region code (`"DE"`, `"EU"`) lies in the European Union. */
export function isEuRegion(region: Region): boolean {
  return region === "EU" || EU_COUNTRIES.has(region);
}

/**
 * Whether a product ships to a region: items without `regions` ship everywhere; `"EU"` covers EU member
 * states, a country (`"US"`) covers its subdivisions (`"US-CA"`), and any code covers itself.
 */
export function shipsTo(product: Pick<Product, "regions">, region: Region): boolean {
  const allowed = product.regions;
  if (allowed === undefined) return true;
  for (const r of allowed) {
    if (r === region || region.startsWith(`${r}-`) || (r === "EU" && isEuRegion(region))) return true;
  }
  return false;
}
