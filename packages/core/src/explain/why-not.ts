/** "Why not?": why an item the shopper names is not in a slate, in plain words. */

/** One structured reason an item is not shown (from `recommender.whyNot`). */
export type WhyNotReason =
  | { readonly kind: "shown"; readonly rank: number }
  | { readonly kind: "unknown-item" }
  | { readonly kind: "filtered"; readonly ruleId: string; readonly reason: string }
  | { readonly kind: "bought" }
  | { readonly kind: "not-interested" }
  | { readonly kind: "excluded" }
  | { readonly kind: "constraint" }
  | { readonly kind: "outranked"; readonly score: number; readonly cutoff: number; readonly by: string }
  | { readonly kind: "data-not-allowed"; readonly categories: readonly string[] };

const WORDS: Readonly<Record<string, Readonly<Record<WhyNotReason["kind"], string>>>> = {
  en: {
    shown: "It is shown, at position {rank}.",
    "unknown-item": "We don't know this product.",
    filtered: "It is filtered out: {reason}",
    bought: "You already bought it.",
    "not-interested": "You said you are not interested in it.",
    excluded: "It is already in your cart or on this page.",
    constraint: "It does not match the filters you chose.",
    outranked: "Other products scored higher: it scored {score}, the last one shown ({by}) {cutoff}.",
    "data-not-allowed": "Some of your data may not be used for recommendations: {categories}.",
  },
  de: {
    shown: "Es wird angezeigt, an Position {rank}.",
    "unknown-item": "Dieses Produkt kennen wir nicht.",
    filtered: "Es ist ausgefiltert: {reason}",
    bought: "Sie haben es bereits gekauft.",
    "not-interested": "Sie haben angegeben, dass Sie kein Interesse haben.",
    excluded: "Es liegt schon im Warenkorb oder ist auf dieser Seite.",
    constraint: "Es passt nicht zu den gewählten Filtern.",
    outranked: "Andere Produkte lagen vorn: es erreichte {score}, das letzte angezeigte ({by}) {cutoff}.",
    "data-not-allowed": "Einige Ihrer Daten dürfen nicht für Empfehlungen genutzt werden: {categories}.",
  },
  fr: {
    shown: "Il est affiché, en position {rank}.",
    "unknown-item": "Nous ne connaissons pas ce produit.",
    filtered: "Il est filtré : {reason}",
    bought: "Vous l'avez déjà acheté.",
    "not-interested": "Vous avez indiqué ne pas être intéressé.",
    excluded: "Il est déjà dans votre panier ou sur cette page.",
    constraint: "Il ne correspond pas aux filtres choisis.",
    outranked:
      "D'autres produits ont obtenu un meilleur score : {score}, contre {cutoff} pour le dernier affiché ({by}).",
    "data-not-allowed": "Certaines de vos données ne peuvent pas servir aux recommandations : {categories}.",
  },
  es: {
    shown: "Se muestra, en la posición {rank}.",
    "unknown-item": "No conocemos este producto.",
    filtered: "Está filtrado: {reason}",
    bought: "Ya lo compró.",
    "not-interested": "Indicó que no le interesa.",
    excluded: "Ya está en su carrito o en esta página.",
    constraint: "No coincide con los filtros elegidos.",
    outranked: "Otros productos puntuaron más: {score} frente a {cutoff} del último mostrado ({by}).",
    "data-not-allowed": "Algunos de sus datos no se pueden usar para recomendaciones: {categories}.",
  },
};

/** Renders structured "why not" reasons in a locale (en, de, fr, es; others fall back to English). */
export function explainWhyNot(
  reasons: readonly WhyNotReason[],
  options: { readonly locale?: string; readonly titleOf?: (item: string) => string | undefined } = {},
): string[] {
  const locale = options.locale ?? "en";
  const words = WORDS[locale] ?? WORDS[locale.split("-")[0] ?? ""] ?? (WORDS.en as (typeof WORDS)["en"]);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return reasons.map((reason) => {
    const template = words[reason.kind];
    const values: Record<string, string> = {};
    if (reason.kind === "shown") values.rank = String(reason.rank);
    if (reason.kind === "filtered") values.reason = reason.reason;
    if (reason.kind === "outranked") {
      values.score = format.format(reason.score);
      values.cutoff = format.format(reason.cutoff);
      values.by = options.titleOf?.(reason.by) ?? reason.by;
    }
    if (reason.kind === "data-not-allowed") values.categories = reason.categories.join(", ");
    return template.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  });
}
