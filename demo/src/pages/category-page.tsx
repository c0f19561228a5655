/** A category listing with knowledge-based filters (price, brand, price band, stock) and a row recommended within them. */
import { isAllowed } from "@candor/core/policy";
import { type KnowledgeConstraints, matchesConstraints } from "@candor/core/recommend";
import { useConsent } from "@candor/preact";
import type { PriceBand, Product } from "@candor/sample-shop";
import { useMemo, useState } from "preact/hooks";
import { ProductCard } from "../components/product-card.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import type { SessionState } from "../session.ts";
import { categoryName, shopMessages } from "../shop-messages.ts";
import { useSession } from "../use-session.ts";
import { listingRules } from "./listing-rules.ts";
import { Loading } from "./loading.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

type Sort = "popular" | "price-asc" | "price-desc";

interface Filters {
  readonly leaf: string;
  readonly minPrice: string;
  readonly maxPrice: string;
  readonly brand: string;
  readonly bands: readonly PriceBand[];
  readonly inStock: boolean;
  readonly sort: Sort;
}

const NO_FILTERS: Filters = {
  leaf: "",
  minPrice: "",
  maxPrice: "",
  brand: "",
  bands: [],
  inStock: false,
  sort: "popular",
};
const BANDS: readonly PriceBand[] = ["budget", "mid", "premium"];
const PAGE = 24;
const WIDE = "(min-width: 800px)";
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectConsent = (s: SessionState) => s.consent;

/** The shopper's explicit requirements as knowledge constraints (hard filters for listing and row alike). */
function constraintsOf(id: string, filters: Filters): KnowledgeConstraints {
  const number = (text: string) => (text.trim() === "" ? undefined : Number(text));
  const min = number(filters.minPrice);
  const max = number(filters.maxPrice);
  return {
    categories: [filters.leaf || id],
    ...(min !== undefined && Number.isFinite(min) ? { minPrice: min } : {}),
    ...(max !== undefined && Number.isFinite(max) ? { maxPrice: max } : {}),
    ...(filters.brand ? { brands: [filters.brand] } : {}),
    ...(filters.bands.length > 0 ? { priceBands: filters.bands } : {}),
  };
}

/** The listing of one category. */
export function CategoryPage({ id }: { readonly id: string }) {
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const { regime, minor } = useConsent(useSession(selectConsent));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  // Open on wide screens; folded on a phone, so products show above the fold.
  const [filtersOpen] = useState(() => matchMedia(WIDE).matches);
  const category = shop?.categories.get(id);
  const leaves = useMemo(
    () => (shop ? shop.catalog.categories.filter((c) => c.parent === id) : []),
    [shop, id],
  );
  const inCategory = useMemo(
    () =>
      shop
        ? shop.catalog.items.filter(
            (p) =>
              p.categoryPath.includes(id) &&
              isAllowed(p, listingRules, { region: regime.region, minor, surface: "listing" }),
          )
        : [],
    [shop, id, regime.region, minor],
  );
  const brands = useMemo(() => [...new Set(inCategory.map((p) => p.brand))].sort(), [inCategory]);
  const constraints = constraintsOf(id, filters);
  const listed = useMemo(() => {
    const list = inCategory.filter(
      (p) => matchesConstraints(p, constraints) && (!filters.inStock || p.stock > 0),
    );
    const order: Record<Sort, (a: Product, b: Product) => number> = {
      popular: (a, b) => b.popularityPrior - a.popularityPrior,
      "price-asc": (a, b) => a.price - b.price,
      "price-desc": (a, b) => b.price - a.price,
    };
    // Sold-out items stay listed, marked, after those that can be bought.
    return list.sort((a, b) => Number(a.stock === 0) - Number(b.stock === 0) || order[filters.sort](a, b));
  }, [inCategory, filters, id]);
  if (!shop) return <Loading />;
  if (!category) return <NotFoundPage path={`/c/${id}`} />;
  const messages = shopMessages(locale);
  const t = messages.category;
  const name = categoryName(messages, category);
  const update = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setShown(PAGE);
  };
  return (
    <>
      <h1 tabIndex={-1}>{name}</h1>
      <details class="filters-panel" open={filtersOpen}>
        <summary class="filters-panel__toggle">{t.filterAndSort}</summary>
        <form class="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
          {leaves.length > 0 && (
            <label>
              {t.subcategory}
              <select value={filters.leaf} onChange={(e) => update({ leaf: e.currentTarget.value })}>
                <option value="">{t.allOf(name)}</option>
                {leaves.map((leaf) => (
                  <option key={leaf.id} value={leaf.id}>
                    {categoryName(messages, leaf)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t.minPrice}
            <input
              type="number"
              min={0}
              inputMode="decimal"
              value={filters.minPrice}
              onChange={(e) => update({ minPrice: e.currentTarget.value })}
            />
          </label>
          <label>
            {t.maxPrice}
            <input
              type="number"
              min={0}
              inputMode="decimal"
              value={filters.maxPrice}
              onChange={(e) => update({ maxPrice: e.currentTarget.value })}
            />
          </label>
          <label>
            {t.brand}
            <select value={filters.brand} onChange={(e) => update({ brand: e.currentTarget.value })}>
              <option value="">{t.anyBrand}</option>
              {brands.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>
          <fieldset class="filters__bands">
            <legend>{t.priceRange}</legend>
            {BANDS.map((band) => (
              <label key={band}>
                <input
                  type="checkbox"
                  checked={filters.bands.includes(band)}
                  onChange={(e) =>
                    update({
                      bands: e.currentTarget.checked
                        ? [...filters.bands, band]
                        : filters.bands.filter((b) => b !== band),
                    })
                  }
                />
                {t.bands[band]}
              </label>
            ))}
          </fieldset>
          <label class="filters__check">
            <input
              type="checkbox"
              checked={filters.inStock}
              onChange={(e) => update({ inStock: e.currentTarget.checked })}
            />
            {t.inStockOnly}
          </label>
          <label>
            {t.sortBy}
            <select value={filters.sort} onChange={(e) => update({ sort: e.currentTarget.value as Sort })}>
              <option value="popular">{t.popularity}</option>
              <option value="price-asc">{t.priceAsc}</option>
              <option value="price-desc">{t.priceDesc}</option>
            </select>
          </label>
        </form>
      </details>
      <ShopRow
        row="category"
        title={t.recommendedIn(name)}
        popularTitle={t.popularIn(name)}
        surface="category"
        constraints={constraints}
      />
      <section aria-labelledby="listing-title" class="listing">
        <h2 id="listing-title">{t.allProducts}</h2>
        <p role="status">
          {t.matching(
            listed.length.toLocaleString(locale),
            listed.length > shown ? shown.toLocaleString(locale) : null,
          )}
        </p>
        <ul class="listing__grid">
          {listed.slice(0, shown).map((p) => (
            <li key={p.id}>
              <ProductCard product={p} seller={shop.sellers.get(p.sellerId)} locale={locale} />
            </li>
          ))}
        </ul>
        {listed.length > shown && (
          <button
            type="button"
            class="candor-button candor-button--quiet"
            onClick={() => setShown(shown + PAGE)}
          >
            {t.showMore}
          </button>
        )}
      </section>
    </>
  );
}
