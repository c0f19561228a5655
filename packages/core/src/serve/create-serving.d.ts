import type { CatalogItem } from "../recommend/types.ts";
import { type ServingOptions } from "./serving-options.ts";
import type { Serving } from "./types.ts";
/**
 * Creates the serving pipeline. Every option is validated here (unknown keys rejected, the path named): a mistake
 * throws `ServeConfigError`; nothing throws at serve time.
 */
export declare function createServing<T extends CatalogItem>(options: ServingOptions<T>): Serving<T>;
