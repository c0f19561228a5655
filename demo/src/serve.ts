/** Serves one recommendation row through core's serving pipeline (explained and logged there) and adds the products. */
import { localize } from "@candor/core/consent";
import type { EventContext, PolicyConsent } from "@candor/core/policy";
import type { KnowledgeConstraints } from "@candor/core/recommend";
import type { Slate } from "@candor/core/serve";
import type { RecommendationRowItem, RowSettings } from "@candor/preact";
import type { Product } from "@candor/sample-shop";
import type { Shop } from "./shop-data.ts";

/** One served item with what the row needs to show it. */
export interface ServedItem extends RecommendationRowItem {
  readonly product: Product;
}

/** A served row: the slate as logged and its items with explanations. */
export interface ServedRow {
  readonly slate: Slate;
  readonly items: readonly ServedItem[];
}

/** What one row asks for. */
export interface RowRequest {
  readonly surface: string;
  readonly k: number;
  readonly settings: RowSettings;
  readonly consent: PolicyConsent;
  readonly session: string;
  readonly context: EventContext;
  readonly locale: string;
  readonly constraints?: KnowledgeConstraints;
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
  readonly exclude?: readonly string[];
}

/** Serves the row: the slate comes back explained and committed to the log (or non-personalized if the log failed). */
export async function serveRow(shop: Shop, request: RowRequest): Promise<ServedRow> {
  const { slate, explanations } = await shop.serving.serve({
    consent: request.consent,
    surface: request.surface,
    k: request.k,
    session: request.session,
    context: request.context,
    variety: request.settings.variety,
    locale: request.locale,
    ...(request.settings.personalized ? {} : { nonPersonalized: true }),
    ...(request.constraints ? { constraints: request.constraints } : {}),
    ...(request.anchor ? { anchor: request.anchor } : {}),
    ...(request.exclude && request.exclude.length > 0 ? { exclude: request.exclude } : {}),
  });
  const items: ServedItem[] = [];
  slate.items.forEach((item, i) => {
    const product = shop.products.get(item.item);
    const explanation = explanations[i];
    if (product && explanation) items.push({ id: product.id, title: product.title, product, explanation });
  });
  return { slate, items };
}

/** The purpose's title in the locale, or its id. */
export function purposeTitle(shop: Shop, id: string, locale: string): string {
  const purpose = shop.policy.purposes.find((p) => p.id === id);
  return purpose ? localize(purpose.title, locale) : id;
}
