/** A category listing with knowledge-based filters (price, brand, price band, stock) and a row recommended within them. */
import { isAllowed } from "@candor/core/policy";
import { type KnowledgeConstraints, matchesConstraints } from "@candor/core/recommend";
import { useConsent } from "@candor/preact";
import type { PriceBand, Product } from "@candor/sample-shop";
import { useMemo, useState } from "preact/hooks";
import { ProductCard } from "../components/product-card.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import type { SessionState } from "../session.ts";
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
  const update = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setShown(PAGE);
  };
  return (
    <>
      <h1 tabIndex={-1}>{category.name}</h1>
      <details class="filters-panel" open={filtersOpen}>
        <summary class="filters-panel__toggle">Filter and sort</summary>
        <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
          {leaves.length > 0 && (
            <label>
              Subcategory
              <select value={filters.leaf} onChange={(e) => update({ leaf: e.currentTarget.value })}>
                <option value="">All of {category.name}</option>
                {leaves.map((leaf) => (
                  <option key={leaf.id} value={leaf.id}>
                    {leaf.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Min price (€)
            <input
              type="number"
              min={0}
              inputMode="decimal"
              value={filters.minPrice}
              onChange={(e) => update({ minPrice: e.currentTarget.value })}
            />
          </label>
          <label>
            Max price (€)
            <input
              type="number"
              min={0}
              inputMode="decimal"
              value={filters.maxPrice}
              onChange={(e) => update({ maxPrice: e.currentTarget.value })}
            />
          </label>
          <label>
            Brand
            <select value={filters.brand} onChange={(e) => update({ brand: e.currentTarget.value })}>
              <option value="">Any brand</option>
              {brands.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>
          <fieldset class="filters__bands">
            <legend>Price range</legend>
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
                {band}
              </label>
            ))}
          </fieldset>
          <label class="filters__check">
            <input
              type="checkbox"
              checked={filters.inStock}
              onChange={(e) => update({ inStock: e.currentTarget.checked })}
            />
            In stock only
          </label>
          <label>
            Sort by
            <select value={filters.sort} onChange={(e) => update({ sort: e.currentTarget.value as Sort })}>
              <option value="popular">Popularity</option>
              <option value="price-asc">Price, low to high</option>
              <option value="price-desc">Price, high to low</option>
            </select>
          </label>
        </form>
      </details>
      <ShopRow
        row="category"
        title={`Recommended in ${category.name}`}
        popularTitle={`Popular in ${category.name}`}
        surface="category"
        constraints={constraints}
      />
      <section aria-labelledby="listing-title" class="listing">
        <h2 id="listing-title">All products</h2>
        <p role="status">
          {listed.length} products match{listed.length > shown ? `, showing ${shown}` : ""}.
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
            Show more
          </button>
        )}
      </section>
    </>
  );
}
