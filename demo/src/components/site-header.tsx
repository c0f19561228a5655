/** The storefront header: the shop's name, product search, the cart, the privacy pages and the top-level categories. */
import type { Category } from "@candor/sample-shop";
import { useEffect, useState } from "preact/hooks";
import { href, type Route } from "../router.ts";
import type { SessionState } from "../session.ts";
import { categoryName } from "../shop-messages.ts";
import { useSession } from "../use-session.ts";
import { useShopMessages } from "../use-shop-messages.ts";

const selectCart = (s: SessionState) => s.cart;
const selectShop = (s: SessionState) => s.shop;

/** Header with search and the main navigation; `route` marks the current category and fills the search box. */
export function SiteHeader({ route }: { readonly route: Route }) {
  const cart = useSession(selectCart);
  const shop = useSession(selectShop);
  const t = useShopMessages();
  const count = cart.reduce((n, l) => n + l.quantity, 0);
  const tops: Category[] = shop ? shop.catalog.categories.filter((c) => c.parent === null) : [];
  const current = route.page === "search" ? route.query : "";
  const [query, setQuery] = useState(current);
  useEffect(() => setQuery(current), [current]);
  const activeTop = route.page === "category" ? (route.id.split("/")[0] ?? "") : null;
  return (
    <header class="shop-header">
      <a class="skip-link" href="#main">
        {t.header.skip}
      </a>
      <div class="shop-header__bar">
        <a class="shop-logo" href="#/">
          Candor Demo Shop
        </a>
        <search class="shop-search" aria-label={t.header.searchRegion}>
          <form
            class="shop-search__form"
            onSubmit={(event) => {
              event.preventDefault();
              const terms = query.trim();
              if (terms !== "") location.hash = href({ page: "search", query: terms });
            }}
          >
            <label for="shop-search-input" class="visually-hidden">
              {t.header.searchLabel}
            </label>
            <input
              id="shop-search-input"
              type="search"
              name="q"
              placeholder={t.header.searchLabel}
              autocomplete="off"
              maxLength={200}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <button type="submit" class="shop-search__button">
              {t.header.search}
            </button>
          </form>
        </search>
        <nav aria-label={t.header.shopNav} class="shop-header__nav">
          <a href={href({ page: "cart" })} class="shop-header__cart">
            {t.header.cart(String(count))}
          </a>
          <a href={href({ page: "privacy" })}>{t.header.privacy}</a>
          <a href={href({ page: "my-data" })}>{t.header.myData}</a>
          <a href={href({ page: "audit" })}>{t.header.audit}</a>
        </nav>
      </div>
      {tops.length > 0 && (
        <nav aria-label={t.header.categoriesNav} class="shop-categories">
          <ul>
            {tops.map((c) => (
              <li key={c.id}>
                <a
                  href={href({ page: "category", id: c.id })}
                  {...(activeTop === c.id ? { "aria-current": "page" as const } : {})}
                >
                  {categoryName(t, c)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
