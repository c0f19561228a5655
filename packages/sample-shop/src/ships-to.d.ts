/** Shipping regions: whether an item can be sent to a shopper's region. */
import type { Product, Region } from "./types.ts";
/** Whether a region code (`"DE"`, `"EU"`) lies in the European Union. */
export declare function isEuRegion(region: Region): boolean;
/**
 * Whether a product ships to a region: items without `regions` ship everywhere; `"EU"` covers EU member
 * states, a country (`"US"`) covers its subdivisions (`"US-CA"`), and any code covers itself.
 */
export declare function shipsTo(product: Pick<Product, "regions">, region: Region): boolean;
