/** Number and money formats of the demo. */

/** A price in euros in the shopper's language. */
export function formatPrice(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(value);
}
