/** Number and money formats of the demo. */
/** A price in euros in the shopper's language. */
export declare function formatPrice(value: number, locale: string): string;
