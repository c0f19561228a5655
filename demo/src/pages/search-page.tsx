/**
 * Search results. The results themselves are not personal (the catalog's words, ranked by TF-IDF); the search is
 * recorded through the serving pipeline, where the vault keeps its terms only while the browsing purpose is granted,
 * and recommendations may then cite it ("Because you searched for …") like any other evidence.
 */
import { isAllowed } from "@candor/core/policy";
import { fitSearchIndex, type SearchIndex, searchCatalog } from "@candor/core/recommend";
import type { IngestOutcome } from "@candor/core/serve";
import { useConsent } from "@candor/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { ProductCard } from "../components/product-card.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import { href } from "../router.ts";
import { purposeTitle } from "../serve.ts";
import type { SessionState } from "../session.ts";
import type { Shop } from "../shop-data.ts";
import { categoryName, shopMessages } from "../shop-messages.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { listingRules } from "./listing-rules.ts";
import { Loading } from "./loading.tsx";

const LIMIT = 48;
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectConsent = (s: SessionState) => s.consent;

const indexes = new WeakMap<Shop, SearchIndex>();
/** The serving pipeline's own index of the catalog's words, or one fitted here when the models carry none. */
function indexOf(shop: Shop): SearchIndex {
  let index = indexes.get(shop);
  if (!index) {
    index = shop.serving.models().search ?? fitSearchIndex(shop.catalog.items);
    indexes.set(shop, index);
  }
  return index;
}

/** What happened to the search, in the shopper's words. */
function StorageNote({ outcome, shop, locale }: { outcome: IngestOutcome; shop: Shop; locale: string }) {
  const purpose = purposeTitle(shop, "personalization.browsing", locale);
  const t = shopMessages(locale).search;
  return (
    <p class="search-note" data-testid="search-storage">
      {outcome.stored ? t.stored(purpose) : t.notStored(purpose)}
    </p>
  );
}

/** The results page of `#/search?q=…`. */
export function SearchPage({ query }: { readonly query: string }) {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const { regime, minor } = useConsent(useSession(selectConsent));
  const [outcome, setOutcome] = useState<IngestOutcome | null>(null);
  const terms = query.trim();
  useEffect(() => {
    setOutcome(null);
    if (!shop || terms === "") return;
    let current = true;
    void session.search(terms).then((result) => {
      if (current) setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, [session, shop, terms]);
  const results = useMemo(() => {
    if (!shop || terms === "") return [];
    const items = shop.catalog.items;
    return (
      searchCatalog(indexOf(shop), terms, 400)
        .map((hit) => items[hit.index])
        .filter(
          (p): p is NonNullable<typeof p> =>
            p !== undefined &&
            isAllowed(p, listingRules, { region: regime.region, minor, surface: "listing" }),
        )
        .slice(0, LIMIT)
        // Sold-out items stay listed, marked, after those that can be bought (the sort is stable).
        .sort((a, b) => Number(a.stock === 0) - Number(b.stock === 0))
    );
  }, [shop, terms, regime.region, minor]);
  if (!shop) return <Loading />;
  const tops = shop.catalog.categories.filter((c) => c.parent === null);
  const messages = shopMessages(locale);
  const t = messages.search;
  return (
    <>
      <h1 tabIndex={-1}>{terms === "" ? t.title : t.resultsFor(terms)}</h1>
      {outcome && <StorageNote outcome={outcome} shop={shop} locale={locale} />}
      <section aria-labelledby="results-title" class="listing">
        <h2 id="results-title" class="visually-hidden">
          {t.results}
        </h2>
        <p role="status">
          {terms === ""
            ? t.prompt
            : results.length === 0
              ? t.none(terms)
              : t.count(results.length.toLocaleString(locale), results.length === LIMIT, terms)}
        </p>
        {results.length > 0 ? (
          <ul class="listing__grid">
            {results.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} seller={shop.sellers.get(p.sellerId)} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <ul class="category-chips">
            {tops.map((c) => (
              <li key={c.id}>
                <a href={href({ page: "category", id: c.id })}>{categoryName(messages, c)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {terms !== "" && <ShopRow row="search" title={t.alsoLike} surface="search" />}
    </>
  );
}
