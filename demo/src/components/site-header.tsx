/** The storefront header: the shop's name, the top-level categories, the cart and the privacy pages. */
import type { Category } from "@candor/sample-shop";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession } from "../use-session.ts";

const selectCart = (s: SessionState) => s.cart;
const selectShop = (s: SessionState) => s.shop;

/** Header with the main navigation. */
export function SiteHeader() {
  const cart = useSession(selectCart);
  const shop = useSession(selectShop);
  const count = cart.reduce((n, l) => n + l.quantity, 0);
  const tops: Category[] = shop ? shop.catalog.categories.filter((c) => c.parent === null) : [];
  return (
    <header class="shop-header">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <div class="shop-header__bar">
        <a class="shop-logo" href="#/">
          Candor Demo Shop
        </a>
        <nav aria-label="Shop" class="shop-header__nav">
          <a href={href({ page: "cart" })}>Cart ({count})</a>
          <a href={href({ page: "privacy" })}>Privacy center</a>
          <a href={href({ page: "my-data" })}>My data</a>
          <a href={href({ page: "audit" })}>Audit</a>
        </nav>
      </div>
      {tops.length > 0 && (
        <nav aria-label="Categories" class="shop-categories">
          <ul>
            {tops.map((c) => (
              <li key={c.id}>
                <a href={href({ page: "category", id: c.id })}>{c.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
